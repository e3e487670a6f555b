import type { AttendanceKind, FooterKind, HeaderFieldKind, Lang } from '../model/types';
import { memoByString } from '../text/memo';
import { FOOTER_WORDS, HEADER_KEYS, keywordKey, SECTION_WORDS } from './keywords';

/** Lookup tables from a keyword as written (any case, with or without colon) to what it means. */

function invert<K extends string>(table: Readonly<Record<K, readonly string[]>>): Map<string, K> {
  const map = new Map<string, K>();
  for (const kind of Object.keys(table) as K[]) for (const word of table[kind]) map.set(word, kind);
  return map;
}

const sectionKinds = invert<AttendanceKind>(SECTION_WORDS);
const headerKinds = invert<Exclude<HeaderFieldKind, 'other'>>(HEADER_KEYS);
const footerKinds = invert<FooterKind>(FOOTER_WORDS);

/** English keywords; every other keyword of the language is Swedish. */
const ENGLISH = new Set([
  'also present', 'in attendance', 'present', 'attendees', 'absent', 'apologies', 'substitutes', 'members present', 'apologies for absence',
  'also in attendance', 'officers present', 'officers in attendance', 'guests', 'apologies received',
  'councillors present', 'governors present', 'trustees present', 'directors present', 'not present', 'attending', 'apols', 'by invitation', 'also attending',
  'committee members present', 'board members present', 'councillors', 'trustees', 'present (trustees)', 'present (councillors)', 'present (governors)', 'staff in attendance',
  'meeting', 'date', 'meeting date', 'date and time', 'date/time', 'time',
  'time and place', 'place and time', 'venue and date', 'date and venue', 'location', 'place', 'venue', 'chair', 'chairperson', 'chairman', 'secretary', 'clerk', 'town clerk', 'parish clerk', 'minute taker', 'adjuster', 'adjusters',
  'action', 'action item', 'action by', 'actions', 'action items', 'decision', 'resolved', 'agreed', 'it was resolved', 'it was agreed', 'owner', 'owners', 'due', 'deadline', 'status',
  'minutes taken by', 'recorded by', 'respectfully submitted', 'approved', 'approved by',
]);

/**
 * The keyword of a token image: `NÄRVARANDE:` → `närvarande`, `Respectfully submitted,` →
 * `respectfully submitted`. Remembered by the image as written:
 * every action, deadline and decision line asks for its keyword's language.
 */
export const bareKeyword: (image: string) => string = memoByString((image) => keywordKey(image.replace(/[:,]\s*$/, '')), 1000);

export const sectionKind = (image: string): AttendanceKind => sectionKinds.get(bareKeyword(image)) ?? 'present';
/** Whether a key (`Present`, `Närvarande:`) is an attendance heading's word. */
export const isSectionKeyword = (image: string): boolean => sectionKinds.has(bareKeyword(image));
export const headerKind = (image: string): HeaderFieldKind => headerKinds.get(bareKeyword(image)) ?? 'other';
export const footerKind = (image: string): FooterKind => footerKinds.get(bareKeyword(image)) ?? 'recorder';

/** The language a keyword belongs to; `status` is shared and counts as neither. */
export function keywordLang(image: string): Lang | undefined {
  const key = bareKeyword(image);
  if (key === 'status') return undefined;
  return ENGLISH.has(key) ? 'en' : 'sv';
}
