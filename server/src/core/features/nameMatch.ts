import { distance } from 'fastest-levenshtein';
import { nameKey } from '../text/names';

/** The longest typed text, and the longest name, that misspellings are looked for in. */
export const MAX_FUZZY_LENGTH = 80;

/**
 * How well a typed prefix matches a name, for completion: a lower rank is a better match,
 * `undefined` is no match. Both sides are compared as `nameKey`s (NFC, lower case, single
 * spaces), so `gö`, `GÖ` and `go` + combining diaeresis all find "Göteborg".
 *
 * | rank | the prefix …                                                   | example            |
 * |---|---|---|
 * | 0 | is empty, or starts the name                                        | `Eva H` → Eva Hessman |
 * | 1 | starts a later word of the name (a last name, a part of a double name) | `Eid` → Gull-Britt Eide, `Britt` → Gull-Britt Eide |
 * | 2 | has words that each start the name's words in order                  | `e hes` → Eva Hessman |
 * | 3 | matches by one of the above once accents are dropped                 | `Alhall` → Pia Alhäll |
 * | 4+ | is a close misspelling (edit distance) of the start of a word       | `Hesm` → Eva Hessman |
 *
 * The misspelling rule needs three typed letters and allows one edit (two from six letters), so
 * a short prefix never drowns the list in distant names. It is tried only when both sides are as
 * long as names are ({@link MAX_FUZZY_LENGTH}): an edit distance costs the product of the two
 * lengths, and a line of pasted text before the cursor against a "name" of thousands of words
 * kept the server busy for minutes (found by the protocol fuzzer).
 */
export function matchName(prefix: string, name: string): number | undefined {
  const typed = nameKey(prefix);
  if (typed === '') return 0;
  const key = nameKey(name);
  const exact = exactRank(typed, key);
  if (exact !== undefined) return exact;
  const folded = exactRank(foldAccents(typed), foldAccents(key));
  if (folded !== undefined) return 3;
  if (typed.length < 3 || typed.length > MAX_FUZZY_LENGTH || key.length > MAX_FUZZY_LENGTH) return undefined;
  const allowed = typed.length >= 6 ? 2 : 1;
  let best: number | undefined;
  for (const start of wordStarts(key)) {
    const d = distance(typed, key.slice(start, start + typed.length));
    if (d <= allowed && (best === undefined || d < best)) best = d;
  }
  return best === undefined ? undefined : 4 + best;
}

function exactRank(typed: string, key: string): number | undefined {
  if (key.startsWith(typed)) return 0;
  for (const start of wordStarts(key)) if (start > 0 && key.startsWith(typed, start)) return 1;
  if (typed.includes(' ') && wordsInOrder(typed.split(' '), key)) return 2;
  return undefined;
}

/** Offsets where a word of `key` starts: after a space or a hyphen. */
function wordStarts(key: string): number[] {
  const starts = [0];
  for (let i = 1; i < key.length; i++) {
    const previous = key.charAt(i - 1);
    if (previous === ' ' || previous === '-') starts.push(i);
  }
  return starts;
}

/** Each typed word starts a word of the name, in order (`e hes` in "eva hessman"). */
function wordsInOrder(typedWords: readonly string[], key: string): boolean {
  const words = key.split(/[ -]/);
  let next = 0;
  for (const typedWord of typedWords) {
    while (next < words.length && !(words[next] ?? '').startsWith(typedWord)) next++;
    if (next >= words.length) return false;
    next++;
  }
  return true;
}

/** `Alhäll` → `alhall`: for people who type without Swedish letters. */
function foldAccents(key: string): string {
  return key.normalize('NFD').replace(/\p{M}/gu, '');
}
