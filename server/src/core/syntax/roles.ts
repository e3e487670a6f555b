import { memoByString } from '../text/memo';
import { keywordKey, ROLE_ABBREVIATIONS, ROLE_ENDINGS, ROLE_HEADS, ROLE_LINKS, ROLE_PREFIXES, ROLE_WORDS } from './keywords';

/**
 * Whether a field of an attendance or signature line is a role rather than an organisation or a
 * name: a role word of `ROLE_WORDS` or its abbreviation (`ordf.`, `v. ordf.`), and the roles made
 * of them as secretaries write them — a Swedish word with a role's ending (`ekonomichef`,
 * `HR-chef`, `planarkitekt`), a role after `vice`, `deputy`, `tf` … (`Vice-Chairman`, `tf
 * förvaltningschef`), two to four words ending in a role (`Finance Director`, `Parent Governor`,
 * `kommunstyrelsens ordförande`) and a role followed by what it serves (`Clerk to the Governors`,
 * `Head of Planning`, `ordförande i nämnden`). Attendance lines are few; none of this runs on an
 * item's lines.
 */

const ROLES = new Set(ROLE_WORDS);
const HEADS = new Set(ROLE_HEADS);
const LINKS = new Set(ROLE_LINKS);
const ABBREVIATIONS = new Map(Object.entries(ROLE_ABBREVIATIONS));
/** The prefixes longest first, so that `t f` is tried before a shorter one could be. */
const PREFIXES = [...ROLE_PREFIXES].sort((a, b) => b.length - a.length);
/** What the rules read: letters, marks, blanks, hyphens, apostrophes and the full stops already made blanks. */
const ROLE_TEXT = /^[\p{L}\p{M}' -]+$/u;

/**
 * The form a role is looked up in: lower case, NFC, its full stops as blanks and single spaces
 * (`V.ordf.` → `v ordf`), and no blank around a hyphen.
 */
function roleForm(text: string): string {
  const key = keywordKey(text);
  return key.includes('.') || key.includes('-') ? key.replace(/\./g, ' ').replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim() : key;
}

/**
 * Whether `text` is a role, in any case (see the module's comment). Remembered per text: an
 * attendance list asks of each field of each line, and a document is read again on every change.
 */
export const isRoleWord: (text: string) => boolean = memoByString((text) => {
  const form = roleForm(text);
  if (form === '') return false;
  // Two roles held at once, parted by a slash (`Clerk/RFO`, `sekreterare/kassör`): each is a role.
  if (form.includes('/')) return rolesOf(form).every((part) => part !== '' && isRoleForm(part));
  return isRoleForm(form);
});

/** The roles of a text that holds several parted by slashes (`Clerk/RFO`), each trimmed; the text alone otherwise. */
export function rolesOf(text: string): string[] {
  return text.split('/').map((part) => part.trim());
}

/**
 * The role word that `text` stands for, as `ROLE_WORDS` spells it, when it is an abbreviation or a
 * role word written with a hyphen (`ordf.` → `ordförande`, `Vice-Chairman` → `vice chairman`);
 * else `text` as looked up. A chair written `ordf.` is then the one `Ordförande:` names.
 */
export function roleWordOf(text: string): string {
  const form = roleForm(text);
  const abbreviated = ABBREVIATIONS.get(form);
  if (abbreviated) return abbreviated;
  const spaced = form.replace(/-/g, ' ');
  return !ROLES.has(form) && ROLES.has(spaced) ? spaced : form;
}

function isRoleForm(form: string): boolean {
  if (ROLES.has(form) || ABBREVIATIONS.has(form)) return true;
  if (!ROLE_TEXT.test(form)) return false;
  for (const prefix of PREFIXES) {
    if (form.length > prefix.length + 1 && form.startsWith(prefix) && (form.charAt(prefix.length) === ' ' || form.charAt(prefix.length) === '-')) {
      if (isRoleForm(form.slice(prefix.length + 1))) return true;
    }
  }
  const words = form.split(' ');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length === 1) return hasRoleEnding(form);
  if (words.length <= 4 && (HEADS.has(last) || hasRoleEnding(last))) return true;
  // `Clerk to the Governors`, `Director of Finance`, `Head of Planning`, `ordförande i nämnden`;
  // not `ersättare för Bo Ek`, which says whom the substitute stands in for at this meeting.
  return words.length <= 6 && LINKS.has(words[1] ?? '') && (first === 'head' || HEADS.has(first) || LINK_ENDINGS.some((ending) => first.endsWith(ending)));
}

/** The Swedish roles that may name what they serve after `i` or `för` (`ordförande i nämnden`, `chef för kansliet`). */
const LINK_ENDINGS = ['ordförande', 'ledamot', 'sekreterare', 'chef', 'direktör'];

/** Whether a word ends as a Swedish role does (`ekonomichef`, `HR-chef`, `nämndsekreterare`). */
function hasRoleEnding(word: string): boolean {
  for (const ending of ROLE_ENDINGS) if (word.endsWith(ending)) return true;
  return false;
}
