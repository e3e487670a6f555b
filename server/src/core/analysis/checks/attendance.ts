import { nameKey } from '../../text/names';
import type { ItemRef } from '../../model/types';
import type { Catalogue } from '../../i18n/messages';
import type { Check, Finding, ItemCheck } from './context';

/** `duplicate-attendee`: the same person (compared as normalised names) listed twice, in any sections. */
export const checkDuplicateAttendees: Check = (ctx) => {
  const out: Finding[] = [];
  const seen = new Map<string, { start: number; end: number }>();
  for (const section of ctx.document.sections) {
    for (const attendee of section.attendees) {
      const key = nameKey(attendee.name.text);
      const first = seen.get(key);
      if (first) {
        out.push({
          code: 'duplicate-attendee',
          span: attendee.name.span,
          message: ctx.msg.duplicateAttendee(attendee.name.text, ctx.lineNumber(first.start)),
          data: { firstSpan: first },
        });
      } else {
        seen.set(key, attendee.span);
      }
    }
  }
  return out;
};

/** `unknown-item-reference` in attendance notes (`from p 12`): an item that does not exist. */
export const checkNoteReferences: Check = (ctx) => {
  const refs: ItemRef[] = [];
  for (const section of ctx.document.sections) for (const attendee of section.attendees) if (attendee.note) for (const ref of attendee.note.refs) refs.push(ref);
  // Most attendance lists refer to no item: the item numbers are then not needed.
  if (refs.length === 0) return [];
  const numbers = new Set<number>();
  let last = 0;
  for (const item of ctx.document.items) {
    numbers.add(item.number);
    if (item.number > last) last = item.number;
  }
  return unknownReferences(refs, numbers, last, ctx.msg);
};

/** `unknown-item-reference` in an item's text (`se punkt 12`). */
export const checkTextReferences: ItemCheck = (ctx) => unknownReferences(ctx.textItemRefs, ctx.itemNumbers, ctx.lastItemNumber, ctx.msg);

function unknownReferences(refs: readonly ItemRef[], numbers: ReadonlySet<number>, last: number, msg: Catalogue): Finding[] {
  const out: Finding[] = [];
  let reported: Set<string> | undefined;
  for (const ref of refs) {
    if (numbers.has(ref.number)) continue;
    // A range such as `p 2–9` yields one ref per number, all with the range's span: report it once.
    const key = `${ref.span.start}:${ref.span.end}`;
    reported ??= new Set();
    if (reported.has(key)) continue;
    reported.add(key);
    out.push({ code: 'unknown-item-reference', span: ref.span, message: msg.unknownItemReference(ref.number, last) });
  }
  return out;
}
