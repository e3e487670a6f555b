import { textNode } from '../text/span';
import { parseDate } from './parseDate';

/** The most words a date in a title spans, day of the week included: `Monday, 13th of January 2025`. */
const MOST_WORDS = 5;
/** A longer word is no part of a date: the search does not read it (a title may be a pasted paragraph). */
const LONGEST_WORD = 24;
/** Only the title's first words are looked at: a date stands near its start, and a long line costs no more than a short one. */
const FIRST_WORDS = 100;
const WORD = /\S+/gu;
/** Punctuation before a date's first word and after its last: `(13 January 2025)`, `2025-03-15,`. */
const BEFORE = /^[(["'“‘«]+/u;
const AFTER = /[)\]"'”’»,.;:!?]+$/u;

/**
 * Where a full date — with its year — stands in a title (`MINUTES OF THE MEETING … HELD ON
 * MONDAY 13 JANUARY 2025 AT 7.30PM`, `Protokoll styrelsemöte 2025-03-15`): the first one, with
 * the day of the week written before it, as offsets into `title`. A stretch of up to five words
 * ending in a word with a digit is read as a `Datum:` value is (`dayFirst` as there); the
 * longest that reads counts. A date whose day of the week is wrong counts, as it does in
 * `Datum:` (`meetingDateIn`); one that is impossible, ambiguous, without a year or a week
 * (`vecka 12 2025`) does not. Undefined when the title holds none.
 */
export function dateInTitle(title: string, dayFirst: boolean): { readonly start: number; readonly end: number } | undefined {
  const words: { start: number; end: number }[] = [];
  for (const match of title.matchAll(WORD)) {
    if (words.length >= FIRST_WORDS) break;
    words.push({ start: match.index, end: match.index + match[0].length });
  }
  for (let last = 0; last < words.length; last++) {
    const lastWord = words[last] as { start: number; end: number };
    const written = title.slice(lastWord.start, lastWord.end);
    if (written.length > LONGEST_WORD || !/\d/.test(written)) continue;
    const end = lastWord.end - (AFTER.exec(written)?.[0].length ?? 0);
    for (let first = Math.max(0, last - MOST_WORDS + 1); first <= last; first++) {
      if (!shortWords(words, first, last)) continue;
      const firstWord = words[first] as { start: number; end: number };
      const start = firstWord.start + (BEFORE.exec(title.slice(firstWord.start, firstWord.end))?.[0].length ?? 0);
      if (start >= end) continue;
      const value = parseDate(textNode(title.slice(start, end), start, end), undefined, dayFirst);
      if (value.week === undefined && (value.date || value.problem === 'weekday')) return { start, end };
    }
  }
  return undefined;
}

/** Whether every word from `first` to `last` is short enough to be part of a date. */
function shortWords(words: readonly { start: number; end: number }[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const word = words[i] as { start: number; end: number };
    if (word.end - word.start > LONGEST_WORD) return false;
  }
  return true;
}
