/**
 * The form names are compared in: Unicode NFC (a name typed with a combining diaeresis is the same
 * person as one typed with `ä`), lower case, single spaces, no space around hyphens.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/g, ' ').replace(/\s*-\s*/g, '-').trim();
}
