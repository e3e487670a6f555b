/**
 * The form names are compared in: Unicode NFC (a name typed with a combining diaeresis is the same
 * person as one typed with `ä`), lower case, single spaces, no space around hyphens.
 */
export function nameKey(name: string): string {
  // toLowerCase, not toLocaleLowerCase('sv'): the same for Swedish letters, and many times faster.
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/\s*-\s*/g, '-').trim();
}
