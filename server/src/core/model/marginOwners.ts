import { EVERYONE_WORDS } from '../syntax/keywords';
import { isRoleWord, rolesOf } from '../syntax/roles';
import { nameKey } from '../text/names';
import type { AttendanceSection } from './types';
import { isWhiteSpace } from '../text/whiteSpace';

/**
 * Whether the text after an action keyword names only who owns the point above it, as British
 * minutes put an action in the margin below the paragraph it belongs to (`ACTION: Clerk`,
 * `Action: JS`, `ACTION: Clerk & Cllr Hart`, `Action: Tom Reed`): at most eighty characters, one
 * to four owners parted by `,`, `;`, `&`, `/`, `and` or `och`, each a role (`Clerk`, `RFO`,
 * `ordförande`), letters in capitals (`JS`), a courtesy title and a name (`Cllr Hart`), everyone
 * (`All`), or one to three words that each begin with a capital — no word in lower case after
 * the first, nothing after a full stop. `Book the hall` and `Kontakta kommunen` are tasks.
 */
export function ownersOnly(text: string, names?: OwnerNames): boolean {
  if (text.length > MOST_OWNERS_LENGTH || hasWordInLowerCase(text)) return false;
  const parts = text.split(PARTS);
  if (parts.length > 4) return false;
  return parts.every((part) => isOwner(part, names));
}

/**
 * The names a margin's owners must be (`ownersOnly` with `names`): each attendee's name, first
 * name, surname and initials (`Jane Smith`, `Jane`, `Smith`, `JS`), and role (`Clerk`, each part
 * of `Clerk/RFO`), compared as `nameKey` compares names; a role word or everyone (`All`) is an
 * owner too. So `Action: Ongoing`, `Action: TBC` or `Action: Annual Report` below a paragraph
 * name nobody, and stay the actions they were. Worked out on first use: most documents have no
 * action that could stand in a margin.
 */
export class OwnerNames {
  #keys: Set<string> | undefined;

  constructor(private readonly sections: readonly AttendanceSection[]) {}

  /** Whether `part`, written as a name (`isOwner` has read its shape), is an attendee's name, first name, surname, initials or role. */
  holds(part: string): boolean {
    this.#keys ??= keysOf(this.sections);
    return this.#keys.has(nameKey(part));
  }
}

function keysOf(sections: readonly AttendanceSection[]): Set<string> {
  const keys = new Set<string>();
  for (const section of sections) {
    for (const attendee of section.attendees) {
      const key = nameKey(attendee.name.text);
      const words = key.split(' ');
      keys.add(key);
      keys.add(words[0] ?? '');
      keys.add(words[words.length - 1] ?? '');
      if (words.length > 1) keys.add(words.map((word) => word.charAt(0)).join(''));
      if (attendee.role) for (const role of rolesOf(attendee.role.text)) keys.add(nameKey(role));
    }
  }
  keys.delete('');
  return keys;
}

/** The longest text read as owners: a few names, as a margin holds them. */
export const MOST_OWNERS_LENGTH = 80;

/**
 * Whether a word after the first begins with a small letter and is no `and` or `och`: the words of
 * a task (`Johan – undersöka möjligheten …`). By character codes, so that a task costs the scan
 * to its first such word; a first word in lower case may be a role (`ordförande`).
 */
function hasWordInLowerCase(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    if (!isWhiteSpace(text.charCodeAt(i - 1)) || !isLowerCaseLetter(text.charCodeAt(i))) continue;
    if (!JOINERS.has(text.slice(i, i + 4))) return true;
  }
  return false;
}

/** `and ` and `och ` as a word begins: joiners of owners, not words of a task. */
const JOINERS: ReadonlySet<string> = new Set(['and ', 'och ', 'and\t', 'och\t']);

/** A small letter: `a` to `z`, or from `ß` on any letter that is its own lower case and not its upper case (`å`, `ø`, `ł`). */
function isLowerCaseLetter(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c < 0xdf) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

const PARTS = /\s*[,;&/]\s*|\s+(?:and|och)\s+/u;

/** One owner: everyone, a role word, or one to three capitalised words that `names`, when given, holds. */
function isOwner(part: string, names: OwnerNames | undefined): boolean {
  if (part === '' || part.length > 40) return false;
  if (EVERYONE.has(part.toLowerCase()) || isRoleWord(part)) return true;
  const words = part.split(/\s+/u);
  if (words.length > 3 || !words.every((word) => CAPITALISED.test(word))) return false;
  return names === undefined || names.holds(part);
}

/** A word of a name: a capital first, letters (an apostrophe or hyphen among them), a courtesy title's full stop at most. */
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;

const EVERYONE: ReadonlySet<string> = new Set(EVERYONE_WORDS);
