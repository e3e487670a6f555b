import { nameKey } from './names';

/**
 * Horizontal white space (what `\s` matches, less line breaks): a name never runs across a line
 * break. Spelled out rather than `[^\S\r\n]`, which a case-insensitive Unicode pattern compiles
 * nine times slower, and a pattern is compiled for each name that occurs.
 */
const SPACE = '[\\t\\v\\f \\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\ufeff]';
const GAP = `${SPACE}+`;
const OPTIONAL_GAP = `${SPACE}*`;

const escapeChar = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A regular-expression source matching `name` as a secretary may have typed it in running text:
 * each letter precomposed or decomposed (`ä` or `a` + combining diaeresis — the document is not
 * normalised, because its offsets must stay exact), any run of spaces or tabs between words, and
 * optional spaces around a hyphen (`Gull - Britt`), mirroring `nameKey`. Case is left to the
 * caller's `i` flag; the caller also checks word boundaries.
 */
export function namePatternSource(name: string): string {
  let source = '';
  for (const char of nameKey(name)) {
    if (char === ' ') source += GAP;
    else if (char === '-') source += `${OPTIONAL_GAP}-${OPTIONAL_GAP}`;
    else {
      const decomposed = char.normalize('NFD');
      source += decomposed === char ? escapeChar(char) : `(?:${escapeChar(char)}|${[...decomposed].map(escapeChar).join('')})`;
    }
  }
  return source;
}
