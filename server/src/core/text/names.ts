const keys = new Map<string, string>();

/**
 * The form names are compared in: Unicode NFC (a name typed with a combining diaeresis is the same
 * person as one typed with `ä`), lower case, single spaces, no space around hyphens. Documents
 * name the same people again and again, so each spelling is normalised once.
 */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    // toLowerCase, not toLocaleLowerCase('sv'): the same for Swedish letters, and many times faster.
    key = name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/\s*-\s*/g, '-').trim();
    if (keys.size >= 10_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}
