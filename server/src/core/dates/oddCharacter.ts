import { DASHES } from './parseDate';

/**
 * A character no date is written with, other than a letter or white space: outside ASCII and not
 * one of the dashes read as `-` (`DASHES`) — a fraction slash `⁄` (U+2044) for `/`, a full-width
 * digit, a one-dot leader `․` for `.`. Pasted text brings such look-alikes, which make a date that
 * looks right unreadable.
 */
const ODD = new RegExp(`[^\\u0000-\\u007f\\p{L}\\p{M}\\s${DASHES}]`, 'u');

/**
 * The first odd character (`ODD`) in an unreadable date that holds a digit — one that looks like
 * a date — as the character and its code point (`U+2044`); undefined when there is none.
 */
export function oddCharacter(text: string): { readonly character: string; readonly codePoint: string } | undefined {
  if (!/\p{N}/u.test(text)) return undefined;
  const found = ODD.exec(text);
  if (!found) return undefined;
  const codePoint = found[0].codePointAt(0) ?? 0;
  return { character: found[0], codePoint: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}` };
}
