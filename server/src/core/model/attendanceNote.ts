import { allowDecomposed } from '../syntax/keywords';
import { ownCopy, memoByString } from '../text/memo';
import { textNode, type TextNode } from '../text/span';
import type { Mutable } from './mutable';
import type { AttendanceNote, ItemRef } from './types';

/**
 * Reads an attendance note — the text inside `( … )` after an attendee — into facts:
 * remote or not, present from item N, up to item N, only at some items. Whatever it does not
 * understand is kept as free text, so nothing the secretary wrote is lost.
 *
 * The note is read as a sequence of phrases, each matched at the current position:
 * `digitalt` · `from p 4` · `t.o.m. p 5` · `ej p 3` · `p 2, 5` / `p 2–3` / `items 2-3`. Anything else up to
 * the next phrase is free text.
 */

const ITEM_WORD = String.raw`(?:p\.?|punkt(?:erna)?|punkter|items?|§)`;
/** One number, not the hour of a time (`12:00`) or a decimal (`3.5`). */
const ONE = String.raw`\d{1,6}(?!\d)(?![:.,]\d)`;
const NUMBER_LIST = String.raw`${ONE}(?:\s*[-–—]\s*${ONE})?(?:\s*(?:,|och|and|&|\+)\s*${ONE}(?:\s*[-–—]\s*${ONE})?)*`;
/** A number that is an item, not the hour of a time (`till 12:00`) or a decimal. */
const ITEM_NUMBER = String.raw`(\d{1,6})(?![\d:.,]\d)(?!\d)`;
/** The phrases' words match with decomposed letters too (`allowDecomposed`). */
const phrase = (source: string) => new RegExp(allowDecomposed(source), 'iuy');
const PHRASES: readonly { kind: 'remote' | 'from' | 'to' | 'only' | 'except' | 'skip'; re: RegExp }[] = [
  {
    kind: 'remote',
    re: phrase(
      // A bare `Zoom`, `Teams` stands alone in the note or its part (`Zoom, from item 2`), not in `Youth Teams coordinator`.
      String.raw`(?:(?:digitalt|digital|på\s+distans|distans|remote|remotely|online|virtually|virtual|via\s+(?:länk|videolänk|video|teams|zoom|skype|telefon|phone)|(?:by|on)\s+(?:phone|video|zoom|teams))(?![\p{L}])|(?:videolänk|zoom|teams|skype)(?=\s*(?:[,;)]|$|(?:from|fr(?:å|a)n|fr\.o\.m|to|till|until|t\.o\.m|ej|except|only|endast)(?![\p{L}]))))`,
    ),
  },
  {
    kind: 'from',
    re: phrase(
      // After the words of a moment (`arrived at`, `joined at`, `kom vid`, `anslöt vid`) a number may
      // be a time (`arrived at 7pm`, `kom vid 19`): there the item word must be written.
      String.raw`(?:(?:fr\.?\s?o\.?\s?m\.?|fr(?:å|a)n\s+och\s+med|from|fr(?:å|a)n|fro)\s*(?:${ITEM_WORD}\s*)?|(?:anslöt\s+(?:vid|under)|(?:an)?kom\s+(?:vid|under|till)|ankom|joined\s+(?:at|during|for)|arrived\s+(?:at|during|for))\s*${ITEM_WORD}\s*)${ITEM_NUMBER}`,
    ),
  },
  {
    kind: 'to',
    re: phrase(
      String.raw`(?:(?:t\.?\s?o\.?\s?m\.?|till\s+och\s+med|till|to|until|up\s+to|(?:lämnade(?:\s+mötet)?\s+)?efter|left(?:\s+the\s+meeting)?\s+after)\s*(?:${ITEM_WORD}\s*)?|(?:lämnade(?:\s+mötet)?\s+(?:under|vid)|gick\s+(?:efter|under|vid)|left(?:\s+the\s+meeting)?\s+(?:during|at))\s*${ITEM_WORD}\s*)${ITEM_NUMBER}`,
    ),
  },
  {
    kind: 'except',
    re: phrase(
      String.raw`(?:(?:ej|inte|utom|förutom|except|not)(?:\s+(?:närvarande|present))?(?:\s+(?:vid|under|at|for|during|i|in))?|(?:frånvarande|förhinder|förhindrad|absent)(?:\s+(?:vid|under|at|for|during))?)\s+${ITEM_WORD}?\s*(${NUMBER_LIST})(?!\d)`,
    ),
  },
  // `for item 4 only`, `för punkt 4`: the words around the items are part of the phrase.
  { kind: 'only', re: phrase(String.raw`(?:(?:endast|bara|only|for|för)\s+)?${ITEM_WORD}\s*(${NUMBER_LIST})(?!\d)(?:\s+only(?![\p{L}]))?`) },
  { kind: 'skip', re: /[\s,;]+|(?:och|and|&)(?![\p{L}])/iuy },
];

/**
 * What the note `note` says, its item numbers and free text placed where the note stands. A note
 * is read once per text (`readNote`): attendance lists repeat from one analysis of a document to
 * the next, and a note's phrases are tried at every position of it. Every span of the result is
 * an object of its own, so that moving the model's spans after an edit moves nothing remembered.
 */
export function parseAttendanceNote(note: TextNode): AttendanceNote {
  return placed(readNote(note.text), note);
}

/** What a note says, read on its own: item numbers and free text at offsets within the note's text. */
interface NoteReading {
  readonly remote: boolean;
  readonly from?: ItemRef;
  readonly to?: ItemRef;
  readonly only: readonly ItemRef[];
  readonly except: readonly ItemRef[];
  readonly refs: readonly ItemRef[];
  readonly free: readonly TextNode[];
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

function readNoteText(text: string): NoteReading {
  let remote = false;
  let from: ItemRef | undefined;
  let to: ItemRef | undefined;
  const only: ItemRef[] = [];
  const except: ItemRef[] = [];
  const refs: ItemRef[] = [];
  const free: TextNode[] = [];
  let freeStart = -1;

  const flushFree = (end: number) => {
    if (freeStart < 0) return;
    // Separators between free text and the next phrase are not part of the text.
    const raw = text.slice(freeStart, end).replace(/[\s,;]+$/, '');
    const trimmedStart = freeStart + (raw.length - raw.trimStart().length);
    const value = raw.trim();
    // Punctuation left between understood phrases ("(", ")") is not a note of its own.
    if (/[\p{L}\p{N}]/u.test(value)) free.push(textNode(value, trimmedStart, trimmedStart + value.length));
    freeStart = -1;
  };

  let pos = 0;
  while (pos < text.length) {
    let matched = false;
    for (const phrase of PHRASES) {
      // A phrase only starts at a word boundary, so "pappa 2" is not "p 2".
      if (phrase.kind !== 'skip' && pos > 0 && /[\p{L}\p{N}\p{M}]/u.test(text.charAt(pos - 1))) continue;
      phrase.re.lastIndex = pos;
      const m = phrase.re.exec(text);
      if (!m || m[0].length === 0) continue;
      if (phrase.kind === 'skip') {
        if (freeStart >= 0) break; // white space inside free text stays part of it
      } else {
        flushFree(pos);
      }
      const groupStart = m[1] !== undefined ? pos + m[0].lastIndexOf(m[1]) : pos;
      if (phrase.kind === 'remote') remote = true;
      else if (phrase.kind === 'from' || phrase.kind === 'to') {
        const ref = { number: Number(m[1]), span: { start: groupStart, end: groupStart + (m[1]?.length ?? 0) } };
        refs.push(ref);
        if (phrase.kind === 'from') from = ref;
        else to = ref;
      } else if (phrase.kind === 'only' || phrase.kind === 'except') {
        for (const ref of numberList(m[1] ?? '', groupStart)) {
          (phrase.kind === 'only' ? only : except).push(ref);
          refs.push(ref);
        }
      }
      pos += m[0].length;
      matched = true;
      break;
    }
    if (!matched) {
      if (freeStart < 0) freeStart = pos;
      pos++;
    }
  }
  flushFree(text.length);

  const reading: Mutable<NoteReading> = { remote, refs, free, only, except };
  if (from) reading.from = from;
  if (to) reading.to = to;
  return reading;
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

/** `2, 5` · `2–3` · `2 och 4-6`: every number, ranges expanded; each keeps the span it was written at. */
function numberList(list: string, base: number): ItemRef[] {
  const refs: ItemRef[] = [];
  const re = /(\d{1,6})(?:\s*[-–—]\s*(\d{1,6}))?/g;
  for (let m = re.exec(list); m; m = re.exec(list)) {
    const first = Number(m[1]);
    const last = m[2] !== undefined ? Number(m[2]) : first;
    const span = { start: base + m.index, end: base + m.index + m[0].length };
    // A range written backwards, or absurdly long, is kept as its two ends.
    if (last < first || last - first > 200) {
      refs.push({ number: first, span }, { number: last, span });
      continue;
    }
    for (let n = first; n <= last; n++) refs.push({ number: n, span });
  }
  return refs;
}
