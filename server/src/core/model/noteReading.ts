import { textNode, type TextNode } from '../text/span';
import { tokenizeNote, type NoteToken } from './noteTokens';
import { LONGEST_PHRASE, noteWord, type LimitMode, type NoteWord } from './noteWords';
import type { Mutable } from './mutable';
import type { AttendanceNote, ItemRef } from './types';

/**
 * What a note says, read on its own: an `AttendanceNote` without its text, item numbers and free
 * text at offsets within the note's text, and `only` and `except` always there (empty when the
 * note states none).
 */
export type NoteReading = Omit<AttendanceNote, 'text' | 'only' | 'except'> & {
  readonly only: readonly ItemRef[];
  readonly except: readonly ItemRef[];
};

/**
 * Reads a note's text (one group of parentheses) word by word. The note is made of parts between
 * `,` and `;`; in each, the words before an item reference give it its meaning:
 *
 * - the words of arrival and `from` (`anslöt`, `joined`, `fr.o.m.`) → present from that item;
 *   of leaving and `to` (`lämnade`, `left`, `t.o.m.`) → up to it; of absence (`ej`, `except`,
 *   `left the room for`, `jäv`) → all but it; of being there (`endast`, `närvarande`,
 *   `attended`) → only at it;
 * - `före`, `before` and `efter`, `after` move the limit by one where the item is missed
 *   (`left before item 4` → up to 3, `arrived after item 1` → from 2); alone, they are leaving;
 * - `under`, `vid`, `during`, `at`, `for`, `the meeting`, and a clock time, change nothing (the
 *   clock time and the words before it are kept as free text);
 * - a reference with no words before it (`p 2`, `items 2-3`) → present only at those items;
 * - **a word the reader does not know before a reference** (`sjukanmäld p 4`) → no limit: the
 *   words and the reference are kept as free text, as written. The opposite of what was meant is
 *   worse than no limit at all.
 *
 * A part of only arriving or leaving words lends its meaning to a single item in the next part
 * (`ankom 13.20, § 24`), and a conflict of interest in a part of its own to the items that stand
 * alone (`p 4, jäv`). Every item number is kept in `refs` as written, limit or not (renumbering
 * and navigation find it). What is not understood is kept as free text: the stretches between
 * the understood words. Read once per note text (see `attendanceNote.ts`), so the work here is
 * never per line of a document.
 */
export function readNoteText(text: string): NoteReading {
  return new NoteReader(text).read();
}

/** What the words so far in a part give the next item reference: a limit, none yet, or unknown words. */
type Mode = LimitMode | 'none' | 'unknown';

/** The meaning a part of only arriving or leaving words gives the single item that follows in the next part. */
interface Carried {
  readonly mode: 'from' | 'to';
  /** Its tokens, understood with the item when no clock time is among them (`arrived late, during item 2`); none when `first > last`. */
  readonly first: number;
  readonly last: number;
}

/** A reference read in the current part, applied when the part ends. */
interface Reading {
  kind: LimitMode | 'none';
  /** The numbers as written. */
  readonly written: readonly ItemRef[];
  /** For `from` and `to`: the item meant, which `before`/`after` may have moved by one. */
  limit?: ItemRef;
  /** The tokens understood with it, first and last (none when `first > last`). */
  markFirst: number;
  readonly markLast: number;
  /** The words of the part before that gave it its meaning, understood with it. */
  carried?: Carried;
  /** A reference with no words before it, or with unknown ones. */
  readonly bare: boolean;
  /** The reference's own first token (its item word or first number). */
  readonly refFirst: number;
}

class NoteReader {
  private readonly tokens: NoteToken[];
  private readonly understood: Uint8Array;
  private remote = false;
  private from: ItemRef | undefined;
  private to: ItemRef | undefined;
  private only: ItemRef[] = [];
  private readonly except: ItemRef[] = [];
  private readonly refs: ItemRef[] = [];

  // The state of the current part.
  private mode: Mode = 'none';
  /** The first token of the words that give the pending meaning; -1 when none. */
  private chainStart = -1;
  /** The tokens up to here stay free text even when the reference after them is understood (a clock time and the words before it). */
  private keepUntil = -1;
  private shift: 'before' | 'after' | undefined;
  /** Whether a number without an item word is an item here (`from 4`, `ej 3`). */
  private bareOk = false;
  /** Whether the part speaks of a conflict of interest (`jäv`). */
  private conflict = false;
  /** Whether a part speaks of one and names no item (`p 4, jäv`): then the note's items that stand alone are the ones it is about. */
  private conflictAlone = false;
  /** The items that stood alone, read as "only" (`p 4`). */
  private readonly aloneOnly: ItemRef[] = [];
  private readings: Reading[] = [];
  /** The words of arriving or leaving that ended the part before, with nothing else (`ankom 13.20, § 24`); see `endPart`. */
  private carried: Carried | undefined;

  constructor(private readonly text: string) {
    this.tokens = tokenizeNote(text);
    this.understood = new Uint8Array(this.tokens.length);
  }

  read(): NoteReading {
    let i = 0;
    while (i < this.tokens.length) i = this.step(i);
    this.endPart(this.tokens.length);
    if (this.conflictAlone && this.aloneOnly.length > 0) {
      const alone = new Set(this.aloneOnly);
      this.only = this.only.filter((ref) => !alone.has(ref));
      for (const ref of this.aloneOnly) this.except.push(ref);
    }
    const reading: Mutable<NoteReading> = { remote: this.remote, only: this.only, except: this.except, refs: this.refs, free: this.freeText() };
    if (this.from) reading.from = this.from;
    if (this.to) reading.to = this.to;
    return reading;
  }

  /** Reads what starts at token `i`; returns the index of the next token to read. */
  private step(i: number): number {
    const token = this.tokens[i] as NoteToken;
    switch (token.kind) {
      case 'sep':
        this.endPart(i);
        return i + 1;
      case 'number':
        if (this.bareOk) return this.reference(i);
        this.unknown();
        return i + 1;
      case 'sign':
        return this.itemWord(i, i + 1);
      case 'time':
        this.clock(i);
        return i + 1;
      case 'word':
        break;
      default:
        this.bareOk = false;
        return i + 1;
    }
    const hit = this.phraseAt(i);
    if (!hit) {
      this.unknown();
      return i + 1;
    }
    const { word, end } = hit;
    switch (word.role) {
      case 'item':
        return this.itemWord(i, end);
      case 'lead':
        this.lead(i, word);
        break;
      case 'shift':
        this.shifted(i, word);
        break;
      case 'conflict':
        this.conflicting(i, end);
        break;
      case 'connector':
      case 'filler':
        this.between(i);
        break;
      case 'remote':
        this.remoteWords(i, end, word.alone);
        break;
      case 'clock': {
        const number = this.tokens[end];
        if (number?.kind === 'number' || number?.kind === 'time') {
          this.clock(end);
          return end + 1;
        }
        this.unknown();
        break;
      }
      case 'and':
        break;
      case 'trail':
        this.unknown();
        break;
    }
    return end;
  }

  /** The longest listed phrase of words that starts at token `i`. */
  private phraseAt(i: number): { word: NoteWord; end: number } | undefined {
    const keys: string[] = [];
    for (let j = i; j < this.tokens.length && j - i < LONGEST_PHRASE && this.tokens[j]?.kind === 'word'; j++) keys.push((this.tokens[j] as NoteToken).key);
    for (let n = keys.length; n > 0; n--) {
      const word = noteWord(keys.slice(0, n).join(' '));
      if (word) return { word, end: i + n };
    }
    return undefined;
  }

  /** A word the reader does not know: the meaning so far is lost for the rest of the part. */
  private unknown(): void {
    this.carried = undefined;
    this.mode = 'unknown';
    this.chainStart = -1;
    this.shift = undefined;
    this.bareOk = false;
  }

  private lead(i: number, word: Extract<NoteWord, { role: 'lead' }>): void {
    this.carried = undefined;
    // Words of being there before other words say nothing more (`närvarande fr.o.m. p 3`, `deltog endast i p 2`, `deltog ej i p 1`).
    const absorbed = this.mode === 'only' && this.chainStart >= 0;
    if (!absorbed) this.chainStart = i;
    this.mode = word.mode;
    this.shift = undefined;
    this.bareOk = word.bare;
  }

  /** `jäv p 4`, `declared an interest in item 3`: absent at the item, the words kept as written. */
  private conflicting(i: number, end: number): void {
    this.conflict = true;
    this.carried = undefined;
    this.chainStart = i;
    this.keepUntil = end - 1;
    this.mode = 'except';
    this.shift = undefined;
    this.bareOk = false;
  }

  private shifted(i: number, word: Extract<NoteWord, { role: 'shift' }>): void {
    if (this.mode === 'unknown') return;
    // `ej efter p 3` says nothing clear.
    if (this.mode === 'except') {
      this.unknown();
      return;
    }
    if (this.chainStart < 0) this.chainStart = i;
    this.shift = word.dir;
    this.bareOk = word.bare && (this.mode === 'none' || this.mode === 'to');
  }

  /** A connector or a filler word: part of the words before the reference, changing nothing. */
  private between(i: number): void {
    if (this.mode === 'unknown') return;
    if (this.chainStart < 0) this.chainStart = i;
    this.bareOk = this.bareOk && this.mode === 'except';
  }

  /** A clock time between the words and the reference changes nothing, but it and the words before it are kept as written. */
  private clock(last: number): void {
    if (this.mode === 'unknown') return;
    if (this.mode === 'none') {
      this.unknown();
      return;
    }
    this.keepUntil = last;
    this.bareOk = false;
  }

  private remoteWords(i: number, end: number, alone: boolean): void {
    if (alone && !this.endsAlone(end)) {
      this.unknown();
      return;
    }
    this.remote = true;
    this.understood.fill(1, i, end);
    // `deltog via Teams`, `joined remotely`: the words of being there or arriving say nothing more.
    if ((this.mode === 'only' || this.mode === 'from') && this.chainStart >= 0) this.understood.fill(1, this.chainStart, i);
    this.bareOk = false;
  }

  /** Whether a word that says remote alone (`Teams`) stands alone: nothing after it but the end, a separator or a listed word. */
  private endsAlone(next: number): boolean {
    const token = this.tokens[next];
    if (!token || token.kind === 'sep' || token.kind === 'dash' || token.kind === 'sign' || token.key === ')') return true;
    return token.kind === 'word' && this.phraseAt(next) !== undefined;
  }

  /** An item word at `i` (ending before `end`): a reference when a number follows. */
  private itemWord(i: number, end: number): number {
    if (this.tokens[end]?.kind !== 'number') {
      this.unknown();
      return end;
    }
    return this.reference(i, end);
  }

  /** The item reference whose first token is `first` and whose first number is at `numberAt`; returns the index after it. */
  private reference(first: number, numberAt = first): number {
    const carried = this.carried;
    this.carried = undefined;
    const single = this.shift !== undefined || (!carried && (this.mode === 'from' || this.mode === 'to'));
    const { written, end: listEnd } = this.numbers(numberAt, single);
    // A list after a part of arriving or leaving words (`närvarande t.o.m. kl. 15.00, p 1-2`) is a list of its own.
    if (carried && written.length > 1) this.mode = 'none';
    let end = listEnd;
    // `for item 4 only`, `item 2 onwards`
    const after = this.tokens[end]?.kind === 'word' ? this.phraseAt(end) : undefined;
    const onwards = after?.word.role === 'trail' && written.length === 1 && (this.mode === 'none' || this.mode === 'only' || this.mode === 'from') && !this.shift;
    if ((after?.word.role === 'lead' && after.word.mode === 'only') || onwards) end = after.end;
    if (onwards) this.mode = 'from';
    for (const ref of written) this.refs.push(ref);

    let kind: Reading['kind'];
    let move = 0;
    let bare = false;
    switch (this.mode) {
      case 'unknown':
        kind = 'none';
        bare = true;
        break;
      case 'none':
        if (this.shift) {
          kind = 'to';
          move = this.shift === 'before' ? -1 : 0;
        } else {
          kind = 'only';
          bare = true;
        }
        break;
      case 'only':
        kind = this.shift === 'after' ? 'from' : this.shift === 'before' ? 'to' : 'only';
        move = this.shift === 'after' ? 1 : this.shift === 'before' ? -1 : 0;
        break;
      case 'from':
        kind = 'from';
        move = this.shift === 'after' ? 1 : 0;
        break;
      case 'to':
        kind = 'to';
        move = this.shift === 'before' ? -1 : 0;
        break;
      case 'except':
        kind = 'except';
        break;
    }
    const ref = kind === 'to' ? written[written.length - 1] : written[0];
    const reading: Reading = {
      kind,
      written,
      markFirst: kind === 'none' ? end : Math.max(this.chainStart >= 0 ? this.chainStart : first, this.keepUntil + 1),
      markLast: end - 1,
      bare,
      refFirst: first,
    };
    if (carried && kind !== 'only') reading.carried = carried;
    if (ref && (kind === 'from' || kind === 'to')) reading.limit = move === 0 ? ref : { number: ref.number + move, span: { start: ref.span.start, end: ref.span.end } };
    this.readings.push(reading);
    this.mode = 'none';
    this.chainStart = -1;
    this.keepUntil = -1;
    this.shift = undefined;
    this.bareOk = false;
    return end;
  }

  /**
   * The numbers from token `i`: one (`single`), or a list — `2, 5`, `2 och 5`, `2 & 5`, `2+5`,
   * ranges `2–3` — each range expanded, every number with the span it was written at.
   */
  private numbers(i: number, single: boolean): { written: ItemRef[]; end: number } {
    const written: ItemRef[] = [];
    let at = i;
    for (;;) {
      const first = this.tokens[at] as NoteToken;
      let last = first;
      let next = at + 1;
      if (!single) {
        // `2–3`, `2 to 3`, `1 till p 3`
        const between = this.tokens[next];
        const range = between?.kind === 'dash' || (between?.kind === 'word' && RANGE_WORDS.has(between.key));
        const word = range && this.tokens[next + 1]?.kind === 'word' ? this.phraseAt(next + 1) : undefined;
        const lastAt = word?.word.role === 'item' ? word.end : this.tokens[next + 1]?.kind === 'sign' ? next + 2 : next + 1;
        if (range && this.tokens[lastAt]?.kind === 'number') {
          last = this.tokens[lastAt] as NoteToken;
          next = lastAt + 1;
        }
      }
      expand(Number(first.key), Number(last.key), { start: first.start, end: last.end }, written);
      if (single) return { written, end: next };
      const joiner = this.tokens[next];
      const joins = joiner !== undefined && (joiner.key === ',' || joiner.kind === 'joiner' || (joiner.kind === 'word' && noteWord(joiner.key)?.role === 'and'));
      if (!joins || this.tokens[next + 1]?.kind !== 'number') return { written, end: next };
      at = next + 1;
    }
  }

  /**
   * Applies the part's readings and starts a new part at token `next`. A part that holds only the
   * words of arriving or leaving, with a clock time or not and no item (`ankom 13.20`, `left at
   * 19:40`, `arrived late`), gives its meaning to a single item that follows in the next part with
   * no words of its own (`ankom 13.20, § 24` → from 24; `arrived late, during item 2` → from 2).
   */
  private endPart(next: number): void {
    const carry = this.readings.length === 0 && (this.mode === 'from' || this.mode === 'to') && this.chainStart >= 0 ? this.mode : undefined;
    if (this.conflict && this.readings.length === 0) this.conflictAlone = true;
    const carried: Carried | undefined = carry && { mode: carry, first: this.keepUntil >= this.chainStart ? next + 1 : this.chainStart, last: next };
    for (const reading of this.readings) {
      // `p 4 (jäv)`, `deltog i handläggningen av p 5 p.g.a. jäv`: the item the conflict is about.
      if (this.conflict && (reading.kind === 'only' || reading.kind === 'none')) {
        if (reading.kind === 'none') reading.markFirst = reading.refFirst;
        reading.kind = 'except';
      }
      if (reading.markFirst <= reading.markLast) this.understood.fill(1, reading.markFirst, reading.markLast + 1);
      if (reading.carried && reading.carried.first <= reading.carried.last) this.understood.fill(1, reading.carried.first, reading.carried.last + 1);
      switch (reading.kind) {
        case 'from':
          this.from = reading.limit;
          break;
        case 'to':
          this.to = reading.limit;
          break;
        case 'only':
          for (const ref of reading.written) this.only.push(ref);
          if (reading.bare) for (const ref of reading.written) this.aloneOnly.push(ref);
          break;
        case 'except':
          for (const ref of reading.written) this.except.push(ref);
          break;
        case 'none':
          break;
      }
    }
    this.readings = [];
    this.conflict = false;
    this.mode = carried ? carried.mode : 'none';
    this.carried = carried;
    this.chainStart = -1;
    this.keepUntil = -1;
    this.shift = undefined;
    this.bareOk = false;
  }

  /** The stretches of the note that were not understood, without separators at their ends; those with no letter or digit are dropped. */
  private freeText(): TextNode[] {
    const free: TextNode[] = [];
    const { tokens, understood } = this;
    let i = 0;
    while (i < tokens.length) {
      if (understood[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < tokens.length && !understood[j]) j++;
      let a = i;
      let b = j - 1;
      while (a <= b && isEdge(tokens[a] as NoteToken)) a++;
      while (b >= a && isEdge(tokens[b] as NoteToken)) b--;
      if (a <= b) {
        const start = (tokens[a] as NoteToken).start;
        const end = (tokens[b] as NoteToken).end;
        const value = this.text.slice(start, end);
        if (/[\p{L}\p{N}]/u.test(value)) free.push(textNode(value, start, end));
      }
      i = j;
    }
    return free;
  }
}

/** The words between the two ends of a range of items, besides a dash (`items 1 to 3`, `punkt 1 till 3`). */
const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'till', 'tom', 'through', 'thru', 'until']);

/** A token that free text does not begin or end with: a separator, `&`, `+`, `och`, `and`. */
function isEdge(token: NoteToken): boolean {
  return token.kind === 'sep' || token.kind === 'joiner' || (token.kind === 'word' && noteWord(token.key)?.role === 'and');
}

/** `first`–`last` as refs at `span`; a range written backwards, or absurdly long, is kept as its two ends. */
function expand(first: number, last: number, span: { start: number; end: number }, out: ItemRef[]): void {
  if (last < first || last - first > 200) {
    out.push({ number: first, span }, { number: last, span });
    return;
  }
  for (let n = first; n <= last; n++) out.push({ number: n, span });
}
