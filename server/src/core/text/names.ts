import { memoByString } from './memo';

/** Format characters (`\p{Cf}`): zero-width spaces and joiners, soft hyphens, direction marks, BOMs. */
const INVISIBLE = /\p{Cf}/gu;

/** `text` without its invisible format characters, as names and dates are read. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * The form names are compared in: Unicode NFC (a name typed with a combining diaeresis is the same
 * person as one typed with `ä`), lower case, single spaces, no space around hyphens, and without
 * invisible format characters (a zero-width space, a soft hyphen or a direction mark pasted from
 * a word processor). Documents name the same people again and again, so each spelling is
 * normalised once.
 */
export const nameKey: (name: string) => string = memoByString((name) =>
  // toLowerCase, not toLocaleLowerCase('sv'): the same for Swedish letters, and many times faster.
  withoutInvisible(name).normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/\s*-\s*/g, '-').trim(),
);
