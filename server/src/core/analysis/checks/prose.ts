import type { Check } from './context';

/** `prose-assignment`: "X får i uppdrag att …" written as a sentence rather than an action line. */
export const checkProseAssignments: Check = (ctx) =>
  ctx.document.proseAssignments.map((p) => ({
    code: 'prose-assignment',
    span: p.span,
    message: ctx.msg.proseAssignment(p.assignee.text),
    data: { assignee: p.assignee.text, task: p.task, itemNumber: p.itemNumber },
  }));
