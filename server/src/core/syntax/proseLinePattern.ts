import type { CustomPatternMatcherFunc } from 'chevrotain';
import { isHorizontalWhiteSpace } from '../text/whiteSpace';
import { KEY_LENGTH } from './fieldPattern';
import { DECOMPOSED_LETTERS } from './keywords';
import { nextIndexOf } from './nextIndex';
import { textLinePattern } from './textLinePattern';

/**
 * The lexer's fast path for a line of prose: the matcher of `ProseLine` (tokens.ts), which the
 * lexer tries first on every line that begins with a letter or with white space, and which takes
 * the line as text when no other line pattern could: past its indentation it begins with a
 * letter but with no keyword, and it has no colon where a `Key:` line's colon could stand.
 *
 * Without it, a line of prose was offered to every pattern whose keywords begin with its first
 * letter — attendance headings, actions, decisions, sub-headings, deadlines, footer and header
 * keywords, `Key:` lines — about eight expressions a line, each of which rejected it, before it
 * came to be text. Here the line's first four characters are looked up among the first four
 * characters of all those keywords (folded as the expressions' `i` flag folds them, in composed
 * and decomposed spelling), and the next colon of the text is looked up once per stretch of
 * text: a line that none of the patterns could match is text at once. Any other line is left to the
 * patterns, in their order. The answer is the patterns' own (`proseLinePattern.test.ts`
 * compares the lexer with and without this path).
 *
 * `keywords` are the words every keyword line's expression begins with, in lower case.
 */
export function proseLinePattern(keywords: readonly string[]): CustomPatternMatcherFunc {
  const { starts, shortStarts } = keywordStarts(keywords);
  const nextColonAt = nextIndexOf(':');
  const textLine = textLinePattern();
  return (text, offset, tokens, groups) => {
    // Past the indentation, which every keyword pattern allows.
    let at = offset;
    let first = text.charCodeAt(at);
    while (isHorizontalWhiteSpace(first)) first = text.charCodeAt(++at);
    if (!isLetter(first)) return null;
    const second = text.charCodeAt(at + 1);
    const third = text.charCodeAt(at + 2);
    // A space in a keyword stands for any run of white space: the fourth character follows the run.
    let fourthAt = at + 3;
    if (isHorizontalWhiteSpace(third)) while (isHorizontalWhiteSpace(text.charCodeAt(fourthAt))) fourthAt++;
    const fourth = text.charCodeAt(fourthAt);
    if (starts.has(startKey(first, second, third, fourth))) return null;
    // A keyword of three characters is followed by white space, a colon or the line's end, never a letter.
    if (!isLetter(fourth) && shortStarts.has(startKey(first, second, third, -1))) return null;
    const match = textLine(text, offset, tokens, groups);
    // A `Key:` line's colon stands on its line, within the key's reach of its start (as `fieldLinePattern` asks).
    const colon = nextColonAt(text, offset);
    if (match !== null && colon !== -1 && colon - at <= KEY_LENGTH && colon < offset + match[0].length) return null;
    return match;
  };
}

/** A letter a `Key:` line or a keyword may begin with: ASCII, and Latin-1 and Latin Extended letters. */
function isLetter(c: number): boolean {
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x7a) return true;
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

/**
 * A character folded as the expressions fold the characters keywords are made of: capitals to
 * small letters (ASCII among themselves, Latin-1 among themselves), any horizontal white space
 * to a space (a space in a keyword stands for any), past the end to 0.
 */
function fold(c: number): number {
  if (c !== c) return 0; // NaN: past the end of the text
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 0x20;
  if (isHorizontalWhiteSpace(c)) return 0x20;
  return c;
}

/**
 * The first four characters of a line (or three, the fourth -1) as one small integer: 30 bits,
 * the folded characters cut to 8, 8, 7 and 7 of theirs. Lines whose characters share those bits
 * share a key, which only sends a line to the patterns.
 */
function startKey(first: number, second: number, third: number, fourth: number): number {
  const last = fourth === -1 ? 0x7f : fold(fourth) & 0x7f;
  return ((fold(first) & 0xff) << 22) | ((fold(second) & 0xff) << 14) | ((fold(third) & 0x7f) << 7) | last;
}

/**
 * The keys of the first four characters a line that begins with one of `keywords` may have, in
 * every spelling; and the keys of the first three of a keyword that has fewer than four in some
 * spelling (the fourth may then be anything: a colon, a line break, the end).
 */
function keywordStarts(keywords: readonly string[]): { starts: Set<number>; shortStarts: Set<number> } {
  const starts = new Set<number>();
  const shortStarts = new Set<number>();
  for (const keyword of keywords) {
    const word = keyword.normalize('NFC').toLowerCase();
    // The fast path reads a line's first two characters as they stand: a keyword's are two letters.
    if (word.length < 3 || !isLetter(word.charCodeAt(0)) || !isLetter(word.charCodeAt(1))) throw new Error(`a keyword must begin with two letters and have three characters: ${JSON.stringify(keyword)}`);
    let spellings = [''];
    for (const c of [...word.slice(0, 4)]) {
      const decomposed = DECOMPOSED_LETTERS[c];
      const ways = decomposed === undefined ? [c] : [c, decomposed];
      spellings = spellings.flatMap((s) => ways.map((w) => s + w));
    }
    for (const s of spellings) {
      const [a, b, c, d] = [0, 1, 2, 3].map((i) => s.charCodeAt(i)) as [number, number, number, number];
      if (s.length === 3) shortStarts.add(startKey(a, b, c, -1));
      else starts.add(startKey(a, b, c, d));
    }
  }
  return { starts, shortStarts };
}
