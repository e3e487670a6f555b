import { nameKey } from '../../text/names';
import type { Check } from './context';

/**
 * `prose-assignment`: "X får i uppdrag att …" written as a sentence rather than an action line.
 * Not reported when the item already has an action line for the same person: then the task *is*
 * written as an action, and the sentence is the narrative around it (the quick fix "add an action
 * and keep the text" relies on this).
 */
export const checkProseAssignments: Check = (ctx) =>
  ctx.document.proseAssignments
    .filter((p) => {
      const key = nameKey(p.assignee.text);
      return !ctx.actions.some((a) => a.itemNumber === p.itemNumber && a.assignees.some((x) => nameKey(x.name.text) === key));
    })
    .map((p) => ({
      code: 'prose-assignment',
      span: p.span,
      message: ctx.msg.proseAssignment(p.assignee.text),
      data: { assignee: p.assignee.text, task: p.task, itemNumber: p.itemNumber },
    }));
