import { nameKey } from '../../text/names';
import type { AttendanceNote, AttendanceSection, Attendee, ItemRef } from '../../model/types';
import type { Catalogue } from '../../i18n/messages';
import type { Check, Finding, ItemCheck } from './context';

/**
 * `duplicate-attendee`: the same person (compared as normalised names) listed twice, in any
 * sections — unless both entries, in sections of their own, say which items they are for, as a
 * protokoll lists an ersättare as tjänstgörande at some paragraphs and ej tjänstgörande at the
 * others (`Lena Karlsson (S) (§ 14)` and `Lena Karlsson (S) (§ 13)`).
 */
export const checkDuplicateAttendees: Check = (ctx) => {
  const out: Finding[] = [];
  const seen = new Map<string, { attendee: Attendee; section: AttendanceSection }>();
  for (const section of ctx.document.sections) {
    for (const attendee of section.attendees) {
      const key = nameKey(attendee.name.text);
      const first = seen.get(key);
      if (first && first.section !== section && limitsItems(first.attendee.note) && limitsItems(attendee.note)) continue;
      if (first) {
        out.push({
          code: 'duplicate-attendee',
          span: attendee.name.span,
          message: ctx.msg.duplicateAttendee(attendee.name.text, ctx.lineNumber(first.attendee.span.start)),
          data: { firstSpan: first.attendee.span },
        });
      } else {
        seen.set(key, { attendee, section });
      }
    }
  }
  return out;
};

/** Whether an attendance note limits the items its person was there for (`från p 4`, `(§ 13)`, `ej p 3`). */
function limitsItems(note: AttendanceNote | undefined): boolean {
  return note !== undefined && (note.from !== undefined || note.to !== undefined || note.only !== undefined || note.except !== undefined);
}

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
  /** The lowest item number, for a message about a number below it; found on the first report. */
  let first: number | undefined;
  for (const ref of refs) {
    if (numbers.has(ref.number)) continue;
    // A range such as `p 2–9` yields one ref per number, all with the range's span: report it once.
    const key = `${ref.span.start}:${ref.span.end}`;
    reported ??= new Set();
    if (reported.has(key)) continue;
    reported.add(key);
    first ??= lowest(numbers);
    out.push({ code: 'unknown-item-reference', span: ref.span, message: msg.unknownItemReference(ref.number, last, first) });
  }
  return out;
}

/** The lowest of `numbers` (0 when there is none). */
function lowest(numbers: ReadonlySet<number>): number {
  let found: number | undefined;
  for (const n of numbers) if (found === undefined || n < found) found = n;
  return found ?? 0;
}
