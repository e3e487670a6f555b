import type { Analysis } from '../analysis/analyze';
import { messages } from '../i18n/messages';
import { nameKey } from '../text/names';
import type { Span } from '../text/span';
import { firstName, peopleIndex, type Person, type PersonOccurrence } from './people';
import type { TextEdit } from './textEdit';

/** The edits of a rename, or why it cannot be done (in the user's language). */
export type RenameResult = { readonly edits: readonly TextEdit[] } | { readonly error: string };

/**
 * Characters that separate fields or names on attendee, action and footer lines (`,`, `(`, `–`,
 * `&`, …) or make a line a field (`:`): a name containing one would be read back as something else.
 */
const SEPARATING = /[,;:()&@–—]|\s-(?:\s|$)/u;
const LINE_BREAK = /[\r\n\u2028\u2029]/u;

/**
 * Whether a rename can start at `offset`: the span of the person's name under the cursor and the
 * full name to offer for editing (the attendance list's spelling, even on a first-name-only
 * occurrence, because the new name is always given in full). Undefined off a person.
 */
export function prepareRename(analysis: Analysis, offset: number): { span: Span; name: string } | undefined {
  const found = personAt(analysis, offset);
  return found && { span: found.occurrence.span, name: found.person.name };
}

/**
 * The edits that rename the person at `offset` to `newName` everywhere in the document.
 *
 * Occurrences written in full get the new full name. Occurrences written as the first name alone
 * ("Gitte", `@Gitte`) stay first names: unchanged when the first name stays the same, the new
 * first name when it changes — unless another attendee already has that first name, in which
 * case the full new name is written, so that the reference stays unambiguous. A new name that
 * is empty, spans lines, contains a separating character, or is another attendee's name is
 * refused with a message.
 */
export function renameEdits(analysis: Analysis, offset: number, newName: string): RenameResult {
  const msg = messages(analysis.options.locale ?? 'en', analysis.itemNaming);
  const found = personAt(analysis, offset);
  if (!found) return { error: msg.renameNotAPerson() };
  if (LINE_BREAK.test(newName)) return { error: msg.renameMultiline() };
  const typed = newName.trim();
  if (typed === '') return { error: msg.renameEmpty() };
  const separating = SEPARATING.exec(typed);
  if (separating) return { error: msg.renameInvalidCharacter(separating[0].trim()) };
  // Written as nameKey compares it, keeping the user's case and letters: "Gull -Britt" → "Gull-Britt".
  const name = typed.replace(/\s+/gu, ' ').replace(/ ?- ?/gu, '-');
  const { person } = found;
  const key = nameKey(name);
  const attendees = analysis.document.sections.flatMap((s) => s.attendees);
  if (key !== person.key && attendees.some((a) => nameKey(a.name.text) === key)) return { error: msg.renameTaken(name) };

  const oldFirst = firstName(person.key);
  const newFirst = firstName(key);
  const firstNameTaken = attendees.some((a) => {
    const other = nameKey(a.name.text);
    return other !== person.key && firstName(other) === newFirst;
  });
  const newFirstWritten = name.split(' ')[0] ?? name;
  const replacement = (occurrence: PersonOccurrence): string | undefined => {
    // Initials, a title and surname or a role still fit, or are the writer's to change.
    if (occurrence.otherForm) return undefined;
    if (!occurrence.firstNameOnly) return name;
    if (newFirst === oldFirst) return undefined;
    return firstNameTaken ? name : newFirstWritten;
  };

  const edits: TextEdit[] = [];
  for (const occurrence of person.occurrences) {
    const newText = replacement(occurrence);
    if (newText !== undefined && newText !== analysis.source.slice(occurrence.span.start, occurrence.span.end)) edits.push({ span: occurrence.span, newText });
  }
  return { edits };
}

function personAt(analysis: Analysis, offset: number): { person: Person; occurrence: PersonOccurrence } | undefined {
  const index = peopleIndex(analysis);
  const occurrence = index.at(offset);
  const person = occurrence && index.persons.get(occurrence.key);
  return occurrence && person ? { person, occurrence } : undefined;
}
