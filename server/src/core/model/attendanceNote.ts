import { ownCopy, memoByString } from '../text/memo';
import { textNode, type TextNode } from '../text/span';
import type { Mutable } from './mutable';
import { readNoteText, type NoteReading } from './noteReading';
import type { AttendanceNote, ItemRef } from './types';

/**
 * Reads an attendance note — the text inside `( … )` after an attendee — into facts:
 * remote or not, present from item N, up to item N, only at some items, at all but some. The
 * reading itself is `noteReading.ts`'s, with the words of `noteWords.ts`; whatever it does not
 * understand is kept as free text, so nothing the secretary wrote is lost.
 */

/**
 * What the note `note` says, its item numbers and free text placed where the note stands. A note
 * is read once per text (`readNote`): attendance lists repeat from one analysis of a document to
 * the next, and each of its words is looked up. Every span of the result is
 * an object of its own, so that moving the model's spans after an edit moves nothing remembered.
 */
export function parseAttendanceNote(note: TextNode): AttendanceNote {
  return placed(readNote(note.text), note);
}

/** The reading of a note's text, worked out on a copy of its own (the memo keeps no view into a document). */
const readNote = memoByString((text) => readNoteText(ownCopy(text)));

/** `reading` placed at `note`: its spans moved by where the note starts, the same refs shared by `from`, `to` and `refs` as read. */
function placed(reading: NoteReading, note: TextNode): AttendanceNote {
  const base = note.span.start;
  const moved = new Map<ItemRef, ItemRef>();
  const move = (ref: ItemRef): ItemRef => {
    let copy = moved.get(ref);
    if (!copy) {
      copy = { number: ref.number, span: { start: ref.span.start + base, end: ref.span.end + base } };
      moved.set(ref, copy);
    }
    return copy;
  };
  const refs = reading.refs.map(move);
  const free = reading.free.map((f) => textNode(f.text, f.span.start + base, f.span.end + base));
  return withLimits({ text: note, remote: reading.remote, refs, free }, reading.from && move(reading.from), reading.to && move(reading.to), reading.only.map(move), reading.except.map(move));
}

/**
 * The note of a line with several parenthesised groups (`(ordförande) (digitalt från p 2)`):
 * each group read on its own and their facts put together — remote when any says so, the first
 * `from` and `to`, every item and free piece — with `text` the note's whole text.
 */
export function parseAttendanceNotes(text: TextNode, groups: readonly TextNode[]): AttendanceNote {
  if (groups.length <= 1) return parseAttendanceNote(groups[0] ?? text);
  const notes = groups.map(parseAttendanceNote);
  const from = notes.find((n) => n.from)?.from;
  const to = notes.find((n) => n.to)?.to;
  const only = notes.flatMap((n) => n.only ?? []);
  const except = notes.flatMap((n) => n.except ?? []);
  return withLimits({ text, remote: notes.some((n) => n.remote), refs: notes.flatMap((n) => n.refs), free: notes.flatMap((n) => n.free) }, from, to, only, except);
}

/** A note with the limits it states; those it does not state stay absent (see `mutable.ts`). */
function withLimits(note: Mutable<AttendanceNote>, from: ItemRef | undefined, to: ItemRef | undefined, only: readonly ItemRef[], except: readonly ItemRef[]): AttendanceNote {
  if (from) note.from = from;
  if (to) note.to = to;
  if (only.length > 0) note.only = only;
  if (except.length > 0) note.except = except;
  return note;
}
