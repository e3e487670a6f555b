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

/** Where something stands in a text: offsets from its start. */
export interface Stretch {
  readonly start: number;
  readonly end: number;
}

/**
 * Where a full date — with its year — stands in a title (`MINUTES OF THE MEETING … HELD ON
 * MONDAY 13 JANUARY 2025 AT 7.30PM`, `Protokoll styrelsemöte 2025-03-15`): the first one, with
 * the day of the week written before it, as offsets into `title`. A stretch of up to five words
 * ending in a word with a digit is read as a `Datum:` value is (`dayFirst` as there); the
 * longest that reads counts. A date whose day of the week is wrong counts, as it does in
 * `Datum:` (`meetingDateIn`); one that is impossible, ambiguous, without a year or a week
 * (`vecka 12 2025`) does not. Undefined when the title holds none.
 */
export function dateInTitle(title: string, dayFirst: boolean): Stretch | undefined {
  return firstDateIn(title, (start, end) => {
    const value = parseDate(textNode(title.slice(start, end), start, end), undefined, dayFirst);
    return value.week === undefined && (value.date !== undefined || value.problem === 'weekday');
  });
}

/**
 * The first date in `text` as `reads` tells one: of the stretches of up to five words that end
 * in a word with a digit, with the punctuation before the first word and after the last left
 * out, the first by its last word, and of those the longest, that `reads` (given its offsets)
 * takes for a date. `after` words after that stretch may then lengthen it while it still reads,
 * the longest counting — a time of day written after the date (`2025-02-18 kl. 18.00–20.45`).
 * Only the first hundred words are looked at, and none longer than twenty-four characters.
 */
export function firstDateIn(text: string, reads: (start: number, end: number) => boolean, after = 0): Stretch | undefined {
  const words: Stretch[] = [];
  for (const match of text.matchAll(WORD)) {
    if (words.length >= FIRST_WORDS) break;
    words.push({ start: match.index, end: match.index + match[0].length });
  }
  for (let last = 0; last < words.length; last++) {
    const lastWord = words[last] as Stretch;
    const written = text.slice(lastWord.start, lastWord.end);
    if (written.length > LONGEST_WORD || !/\d/.test(written)) continue;
    const end = wordEnd(text, lastWord);
    for (let first = Math.max(0, last - MOST_WORDS + 1); first <= last; first++) {
      if (!shortWords(words, first, last)) continue;
      const firstWord = words[first] as Stretch;
      const start = firstWord.start + (BEFORE.exec(text.slice(firstWord.start, firstWord.end))?.[0].length ?? 0);
      if (start >= end || !reads(start, end)) continue;
      let longest = end;
      for (let more = last + 1; more < Math.min(words.length, last + 1 + after) && shortWords(words, more, more); more++) {
        const word = words[more] as Stretch;
        // With the punctuation after the word, or without it: a note ends in `)` (`(prel.)`), a time of day does not (`18.00,`).
        for (const moreEnd of [word.end, wordEnd(text, word)]) {
          if (moreEnd > longest && reads(start, moreEnd)) longest = moreEnd;
        }
      }
      return { start, end: longest };
    }
  }
  return undefined;
}

/** Where a word ends without the punctuation after it (`2025,` → `2025`). */
function wordEnd(text: string, word: Stretch): number {
  return word.end - (AFTER.exec(text.slice(word.start, word.end))?.[0].length ?? 0);
}

/** Whether every word from `first` to `last` is short enough to be part of a date. */
function shortWords(words: readonly Stretch[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const word = words[i] as Stretch;
    if (word.end - word.start > LONGEST_WORD) return false;
  }
  return true;
}
