import { namePatternSource } from './namePattern';
import { nameKey } from './names';
import type { Span } from './span';

/** A name found in text: where, and which of the names searched for (as its `nameKey`). */
export interface NameMatch {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

/**
 * What separates words: white space, ASCII punctuation, Latin-1 punctuation, general punctuation
 * (dashes, quotes), CJK punctuation. Deliberately not `\p{…}` classes: this pattern runs over
 * every word of the document and without the Unicode flag it is several times faster.
 */
const SEPARATOR = '\\s!-\\/:-@\\[-`{-~\\u00a0-\\u00bf\\u2000-\\u206f\\u3000-\\u303f';
const WORD = new RegExp(`([^${SEPARATOR}]+)`, 'g');
const FIRST_WORD = new RegExp(`^[^${SEPARATOR}]+`);
/**
 * Up to this many distinct first words, likely name starts are found with one alternation of
 * the first words, which the regular-expression engine scans far faster than it splits words;
 * beyond it (a document listing thousands of people) the alternation itself becomes the cost.
 */
const MAX_SCANNED_FIRST_WORDS = 200;
/** A letter, mark or digit at `lastIndex` (sticky, and Unicode so that it reads whole code points). */
const WORD_CHAR_AT = /[\p{L}\p{M}\p{N}]/uy;

/** The names that start with one first word, and their patterns anchored at a word (made on first use). */
interface Candidates {
  readonly keys: string[];
  patterns?: readonly { readonly key: string; readonly pattern: RegExp }[];
}

/**
 * Finds `names` in the stretches `regions` of `text` (ordered, not overlapping), as whole words,
 * in any case, typed in NFC or NFD, optionally followed by a Swedish genitive "s". Where several
 * names start at the same word the longest that fits wins ("Eva Hessman" over "Eva").
 *
 * Likely starts — the first word of some name, standing as a word — are found in one scan of the
 * whole stretch; only there are that first word's names tried, with patterns anchored at the
 * word. So the cost grows with the text and the names that occur, not with text × names: one
 * alternation of every full name, tried at every character, took minutes on a document listing
 * thousands of attendees.
 */
export function findNames(text: string, regions: readonly Span[], names: Iterable<string>): NameMatch[] {
  const byFirstWord = new Map<string, Candidates>();
  for (const key of new Set([...names].map(nameKey))) {
    const first = FIRST_WORD.exec(key)?.[0];
    if (!first) continue;
    const candidates = byFirstWord.get(first) ?? { keys: [] };
    candidates.keys.push(key);
    byFirstWord.set(first, candidates);
  }
  if (byFirstWord.size === 0) return [];

  // The scanner's first group is a word that may start a name; see `firstWordsPattern`.
  const scanner = byFirstWord.size <= MAX_SCANNED_FIRST_WORDS ? firstWordsPattern(byFirstWord.keys()) : WORD;
  const found: NameMatch[] = [];
  const last = regions[regions.length - 1];
  let region = 0;
  // One scan over the whole stretch, not one per region: a scanner looking for rare first words
  // would otherwise run ahead past many regions each time, only for the match to be thrown away.
  scanner.lastIndex = Math.max(0, (regions[0]?.start ?? 0) - 1);
  for (let m = scanner.exec(text); m && last && m.index < last.end; m = scanner.exec(text)) {
    const word = m[1] ?? '';
    const start = m.index + m[0].length - word.length;
    while (region < regions.length && (regions[region]?.end ?? 0) <= start) region++;
    const inside = regions[region];
    if (!inside || start < inside.start) continue;
    const candidates = byFirstWord.get(wordKey(word)) ?? (/s$/i.test(word) ? byFirstWord.get(wordKey(word.slice(0, -1))) : undefined);
    if (!candidates) continue;
    // Longest first: "Eva Hessman" before "Eva".
    candidates.patterns ??= [...candidates.keys].sort((a, b) => b.length - a.length).map((key) => ({ key, pattern: new RegExp(namePatternSource(key), 'iuy') }));
    for (const { key, pattern } of candidates.patterns) {
      pattern.lastIndex = start;
      const name = pattern.exec(text);
      const end = start + (name?.[0].length ?? 0);
      if (!name || end > inside.end || !endsName(text, end)) continue;
      found.push({ start, end, key });
      scanner.lastIndex = end;
      break;
    }
  }
  return found;
}

/**
 * The first words as one case-insensitive alternation, longest first, standing as a whole word
 * (a genitive "s" allowed): a separator or the start of the text before, a separator or the end
 * after. Group 1 is the word. Without the Unicode flag, like `WORD`, for speed; decomposed
 * letters still match through `namePatternSource`.
 */
function firstWordsPattern(firstWords: Iterable<string>): RegExp {
  const sorted = [...firstWords].sort((a, b) => b.length - a.length);
  return new RegExp(`(?:^|[${SEPARATOR}])(${sorted.map(namePatternSource).join('|')})s?(?=[${SEPARATOR}]|$)`, 'gi');
}

/**
 * Whether a name may end at `end`: no letter, mark or digit follows, or only a genitive "s"
 * ("Eva Hessmans förslag"). Checked here rather than by a look-ahead in the name's pattern:
 * a case-insensitive Unicode pattern with letter classes is slow to compile, and one is made per
 * first word that occurs in the text.
 */
function endsName(text: string, end: number): boolean {
  WORD_CHAR_AT.lastIndex = end;
  if (!WORD_CHAR_AT.test(text)) return true;
  const c = text.charCodeAt(end);
  if (c !== 0x73 /* s */ && c !== 0x53 /* S */) return false;
  WORD_CHAR_AT.lastIndex = end + 1;
  return !WORD_CHAR_AT.test(text);
}

/** A word as a name's first word is stored: lower case, NFC (only decomposed text needs the work). */
function wordKey(word: string): string {
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) >= 0x300) return lower.normalize('NFC');
  return lower;
}
