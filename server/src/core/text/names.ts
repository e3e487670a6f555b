import { memoByString } from './memo';

/**
 * The form names are compared in: Unicode NFC (a name typed with a combining diaeresis is the same
 * person as one typed with `ä`), lower case, single spaces, no space around hyphens. Documents
 * name the same people again and again, so each spelling is normalised once.
 */
export const nameKey: (name: string) => string = memoByString((name) =>
  // toLowerCase, not toLocaleLowerCase('sv'): the same for Swedish letters, and many times faster.
  name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/\s*-\s*/g, '-').trim(),
);
