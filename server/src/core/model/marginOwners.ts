import { EVERYONE_WORDS } from '../syntax/keywords';
import { isRoleWord } from '../syntax/roles';
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
export function ownersOnly(text: string): boolean {
  if (text.length > MOST_OWNERS_LENGTH || hasWordInLowerCase(text)) return false;
  const parts = text.split(PARTS);
  if (parts.length > 4) return false;
  return parts.every(isOwner);
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

function isOwner(part: string): boolean {
  if (part === '' || part.length > 40) return false;
  if (EVERYONE.has(part.toLowerCase()) || isRoleWord(part)) return true;
  const words = part.split(/\s+/u);
  if (words.length > 3) return false;
  return words.every((word) => CAPITALISED.test(word));
}

/** A word of a name: a capital first, letters (an apostrophe or hyphen among them), a courtesy title's full stop at most. */
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;

const EVERYONE: ReadonlySet<string> = new Set(EVERYONE_WORDS);
