import { memoByString } from './memo';

/** Format characters (`\p{Cf}`): zero-width spaces and joiners, soft hyphens, direction marks, BOMs. */
const INVISIBLE = /\p{Cf}/gu;

/** `text` without its invisible format characters, as names and dates are read. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Words in lower case that belong to names: `Per von Ström`, `Anna af Klint`, `Jean de la Fontaine`. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['af', 'av', 'von', 'van', 'der', 'den', 'de', 'la', 'le', 'du']);

/** Apostrophes as word processors write them (`O’Neill`, `Dʼarcy`): compared as `'`. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032\u0060\u00b4]/g;
/** Hyphens other than `-` that word processors put in double names (`Davies‐Hughes`): compared as `-`. */
const HYPHENS = /[\u2010\u2011\u2012\u2212]/g;
/**
 * Courtesy titles and ranks before a name (`Mrs Helen Smith-Jones`, `Cllr Rebecca Ashdown`, `Dr.
 * Priya Raman`), as English minutes write them in the attendance and leave them out elsewhere.
 */
const TITLES = /^(?:(?:mr|mrs|ms|miss|mx|dr|prof|professor|cllr|councillor|rev|revd|reverend|canon|fr|father|sir|dame|lord|lady|pc|pcso|sgt|insp|inspector)\.?\s+)+(?=\S)/i;

/** `name` without the courtesy titles before it (`Dr Priya Raman` → `Priya Raman`). */
export function withoutTitle(name: string): string {
  return name.replace(TITLES, '');
}

/** Whether `name` starts with a courtesy title (`Dr Raman`). */
export function hasTitle(name: string): boolean {
  return TITLES.test(name.trimStart());
}

/**
 * The form names are compared in: Unicode NFC (a name typed with a combining diaeresis is the same
 * person as one typed with `ä`), lower case, single spaces, no space around hyphens, one kind of
 * apostrophe and hyphen, without courtesy titles (`Dr`, `Mrs`, `Cllr` …), and without invisible
 * format characters (a zero-width space, a soft hyphen or a direction mark pasted from a word
 * processor). Documents name the same people again and again, so each spelling is normalised once.
 */
export const nameKey: (name: string) => string = memoByString((name) =>
  // toLowerCase, not toLocaleLowerCase('sv'): the same for Swedish letters, and many times faster.
  withoutTitle(
    withoutInvisible(name)
      .normalize('NFC')
      .toLowerCase()
      .replace(APOSTROPHES, "'")
      .replace(HYPHENS, '-')
      .replace(/\s+/g, ' ')
      .replace(/\s*-\s*/g, '-')
      .trim(),
  ),
);
