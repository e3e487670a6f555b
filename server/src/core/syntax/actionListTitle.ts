import { ACTION_LIST_TITLES, keywordKey } from './keywords';

/** Whether an item's title says the item lists actions (`ACTION_LIST_TITLES`): `Att göra`, `Action items:`. */
export function isActionListTitle(title: string): boolean {
  // Asked of every item: most titles are let through by their length or their first letter.
  if (title.length < SHORTEST || title.length > LONGEST + 1 || !FIRST_LETTERS.has(title.charAt(0).toLowerCase())) return false;
  return TITLES.has(keywordKey(title.replace(/\s*:\s*$/u, '')));
}

const TITLES: ReadonlySet<string> = new Set(ACTION_LIST_TITLES);
const FIRST_LETTERS: ReadonlySet<string> = new Set(ACTION_LIST_TITLES.flatMap((title) => [title.charAt(0), title.normalize('NFD').charAt(0)]));
const SHORTEST = Math.min(...ACTION_LIST_TITLES.map((title) => title.length));
const LONGEST = Math.max(...ACTION_LIST_TITLES.map((title) => title.length)) + 4;
