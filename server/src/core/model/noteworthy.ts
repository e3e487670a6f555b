import type { Lang } from './types';

/**
 * Where a text may hold an item reference (`punkt 4`, `item 4`, `§ 4`) or a word of a prose
 * assignment ("i uppdrag", "tasked", "assigned"), found once per text, so that a line is searched
 * with the exact patterns (`itemRefs.ts`, `proseAssignments.ts`) only where one may stand.
 *
 * One expression goes over the whole text and records two kinds of place:
 *
 * - a *reference*: `punkt` or `item`, white space and a digit, or `§`, optional white space and
 *   a digit — the start of every match of `findItemRefs`'s expression, whatever the words around;
 * - a *prose word's* letters: `uppdr`, `asked`, `assigned`; whether they make one of the words of
 *   `PROSE_WORD` is decided when a line asks, from the whole word around them (`uppdragets` is
 *   none, `tasked` is one).
 *
 * Asking the expressions of every line instead was one call per line, 7 % of an analysis; a
 * looser set of places (every `uppdr`, `punkt` or `§`, with or without a number) sent one line in
 * eight of the benchmark's minutes through both line expressions. `noteworthy.test.ts` holds both
 * answers to the line expressions over random texts.
 *
 * A document whose language is known before its items are read (`searchLanguage`) is searched
 * for its own language's words only: a Swedish one for `punkt`, `§` and `uppdr`, an English one
 * for `item`, `§`, `asked` and `assigned`. Each word the expression looks for costs at every
 * character whose letter it begins with, and `item`'s `i` and `asked`'s `a` are among the
 * commonest letters of Swedish: 160 µs of the benchmark's 100 KiB analysis against 95 µs.
 */
const PLACES = /(?:punkt|item)[^\S\r\n]+\d|§[^\S\r\n]*\d|uppdr|asked|assigned/giu;
const SWEDISH_PLACES = /punkt[^\S\r\n]+\d|§[^\S\r\n]*\d|uppdr/giu;
const ENGLISH_PLACES = /item[^\S\r\n]+\d|§[^\S\r\n]*\d|asked|assigned/giu;

/**
 * The language whose words alone a document is searched for (`NoteworthyPlaces`): the language
 * of every keyword of its header and attendance (`votes`), when they are all of one; undefined
 * (both) when they are of both or there are none.
 */
export function searchLanguage(votes: { readonly sv: number; readonly en: number }): Lang | undefined {
  if (votes.sv > 0 && votes.en === 0) return 'sv';
  if (votes.en > 0 && votes.sv === 0) return 'en';
  return undefined;
}

/** The words every prose-assignment phrase contains whole ("uppdrag", "uppdra åt", not "uppdragets"), in lower case. */
const PROSE_WORDS: ReadonlySet<string> = new Set(['uppdrag', 'uppdras', 'uppdra', 'uppdrar', 'uppdrog', 'uppdragit', 'tasked', 'asked', 'assigned']);

/** The same words as an expression over a stretch of text: what `holdsProseWord` answers for a stretch. */
export const PROSE_WORD = new RegExp(`\\b(?:${[...PROSE_WORDS].join('|')})\\b`, 'i');

export class NoteworthyPlaces {
  /** No place anywhere: for a parse that looks for no references or prose assignments. */
  static readonly NONE = new NoteworthyPlaces('');

  private readonly text: string;
  /** Where the digit of every reference's place stands, in text order. */
  private readonly references: number[] = [];
  /** Where the last letter of every prose word's letters stands, in text order. */
  private readonly proseLetters: number[] = [];
  /** Where the last search in each list ended: lines are asked about in text order, so most answers are found there. */
  private referenceHint = 0;
  private proseHint = 0;

  /** `language`: the one language whose words are looked for (`searchLanguage`); both when undefined. */
  constructor(text: string, language?: Lang) {
    this.text = text;
    const places = language === 'sv' ? SWEDISH_PLACES : language === 'en' ? ENGLISH_PLACES : PLACES;
    // `test` rather than `exec`: no match object per place. A reference's place ends in its
    // digit, a prose word's letters in a letter; one position of each is all a line needs.
    places.lastIndex = 0;
    while (places.test(text)) {
      const last = places.lastIndex - 1;
      const c = text.charCodeAt(last);
      if (c >= 0x30 && c <= 0x39) this.references.push(last);
      else this.proseLetters.push(last);
    }
  }

  /**
   * Whether `findItemRefs` on the stretch `[start, end)` alone may find a reference: every
   * reference it finds begins with a reference's place, whose digit lies in the stretch. (A
   * stretch that begins inside a place may be answered true and then holds none.)
   */
  holdsReference(start: number, end: number): boolean {
    const places = this.references;
    const i = (this.referenceHint = firstAtOrAfter(places, start, this.referenceHint));
    return i < places.length && (places[i] as number) < end;
  }

  /** Whether `PROSE_WORD` matches the stretch `[start, end)` tested alone. */
  holdsProseWord(start: number, end: number): boolean {
    const places = this.proseLetters;
    // Any such word holds the letters of a place whole, and so their last letter.
    const first = (this.proseHint = firstAtOrAfter(places, start, this.proseHint));
    for (let i = first; i < places.length && (places[i] as number) < end; i++) {
      if (isProseWord(this.text, places[i] as number, start, end)) return true;
    }
    return false;
  }
}

/**
 * The first index of `places` (ascending) whose value is at least `start`: `hint` when that is
 * the answer or the next index is, otherwise by binary search.
 */
function firstAtOrAfter(places: readonly number[], start: number, hint: number): number {
  if (hint <= places.length && (hint === 0 || (places[hint - 1] as number) < start)) {
    if (hint === places.length || (places[hint] as number) >= start) return hint;
    if (hint + 1 === places.length || (places[hint + 1] as number) >= start) return hint + 1;
  }
  let low = 0;
  let high = places.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((places[mid] as number) < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Whether the letter at `at` lies in one of `PROSE_WORD`'s words within the stretch `[start,
 * end)`: the run of word characters around it (as `\b` counts them: ASCII letters, digits and
 * `_`), cut at the stretch's ends, is such a word.
 */
function isProseWord(text: string, at: number, start: number, end: number): boolean {
  let from = at;
  while (from > start && isWordCharacter(text.charCodeAt(from - 1))) from--;
  let to = at;
  while (to < end && isWordCharacter(text.charCodeAt(to))) to++;
  if (to - from < 5 || to - from > 9) return false;
  return PROSE_WORDS.has(text.slice(from, to).toLowerCase());
}

function isWordCharacter(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}
