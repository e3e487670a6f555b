import { isRoleWord } from '../syntax/roles';
import type { AttendanceNote } from './types';

/**
 * Who an attendee is, as an attendance line says it, apart from how they attended: the party
 * letters of the note (`Eva Hessman (S)`, as a municipal protokoll lists members), the
 * organisation and the role. These stay from one meeting to the next; the rest of the note —
 * `digitalt from p 4`, `p 2`, `sjuk` — belongs to the one meeting.
 */

/** A party's letters in capitals: `S`, `M`, `KD`, `MP`, `SD`. */
const PARTY = /^\p{Lu}{1,3}$/u;

/** Whether a piece of a note is a party's letters (`S`, `KD`). */
export function isParty(text: string): boolean {
  return PARTY.test(text);
}

/** The party letters among the pieces of `note` that are no attendance fact, in order, as written. */
export function partiesOf(note: AttendanceNote | undefined): string[] {
  return note ? note.free.filter((node) => isParty(node.text)).map((node) => node.text) : [];
}

/** What an attendance line keeps of a person from one meeting to the next. */
export interface AttendeeIdentity {
  readonly name: string;
  readonly parties?: readonly string[];
  readonly organisation?: string;
  readonly role?: string;
}

/**
 * An attendance line for `person`, without a note of how they attend: `Eva Hessman (S), Göteborg,
 * ordförande`. It reads back as the same name, parties, organisation and role: a role that is no
 * role word and has no organisation before it is written after an empty organisation
 * (`Maria Standar, , protokolljusterare`), with the party at the end of the line, as an empty
 * field is recognised only between the name and the role.
 */
export function attendeeLine(person: AttendeeIdentity): string {
  const parties = person.parties && person.parties.length > 0 ? ` (${person.parties.join(', ')})` : '';
  const organisation = person.organisation ?? '';
  const role = person.role ?? '';
  if (organisation === '' && role !== '' && !isRoleWord(role)) return `${person.name}, , ${role}${parties}`;
  return [`${person.name}${parties}`, organisation, role].filter((part) => part !== '').join(', ');
}
