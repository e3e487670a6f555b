import { splitNames } from '../../model/actionText';
import type { Attendee, ProseAssignment } from '../../model/types';
import { nameKey } from '../../text/names';
import type { ItemCheck } from './context';

/**
 * `prose-assignment`: "X får i uppdrag att …" written as a sentence rather than an action line.
 * Not reported when the item already has an action line for the same person: then the task *is*
 * written as an action, and the sentence is the narrative around it (the quick fix "add an action
 * and keep the text" relies on this). The same person: the same name, or names that resolve to
 * the same attendee (`ger kommundirektören i uppdrag` and `Uppdrag: Jonas Wiklund – …` with Jonas
 * Wiklund listed as kommundirektör).
 */
export const checkProseAssignments: ItemCheck = (ctx) => {
  if (ctx.proseAssignments.length === 0) return [];
  // Who has an action in which item, looked up once: comparing every sentence with every action
  // grew with the square of the document.
  const assigned = new Set<string>();
  const assignedAttendees = new Map<number, Set<Attendee>>();
  for (const action of ctx.actions) {
    for (const a of action.assignees) {
      assigned.add(`${action.itemNumber} ${nameKey(a.name.text)}`);
      const resolution = ctx.resolver.resolve(a.name.text);
      if (resolution.kind !== 'attendee') continue;
      let attendees = assignedAttendees.get(action.itemNumber);
      if (!attendees) assignedAttendees.set(action.itemNumber, (attendees = new Set()));
      attendees.add(resolution.attendee);
    }
  }
  const hasAction = (itemNumber: number, name: string) => {
    if (assigned.has(`${itemNumber} ${nameKey(name)}`)) return true;
    const attendees = assignedAttendees.get(itemNumber);
    // `identify` first: a name that is no attendee is not measured for a did-you-mean.
    if (!attendees || ctx.resolver.identify(name) !== 'attendee') return false;
    const resolution = ctx.resolver.resolve(name);
    return resolution.kind === 'attendee' && attendees.has(resolution.attendee);
  };
  // A sentence that gives the task to several names is answered when every one has an action.
  const answered = (p: ProseAssignment) => splitNames(p.assignee.text, 0, p.assignee.text.length).every((name) => hasAction(p.itemNumber, name.text));
  return ctx.proseAssignments
    .filter((p) => !answered(p))
    .map((p) => ({
      code: 'prose-assignment',
      span: p.span,
      message: ctx.msg.proseAssignment(p.assignee.text),
      data: { assignee: p.assignee.text, task: p.task, itemNumber: p.itemNumber },
    }));
};
