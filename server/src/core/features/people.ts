import type { Analysis } from '../analysis/analyze';
import type { Attendee, MeetingDocument } from '../model/types';
import { findNames } from '../text/nameFinder';
import { nameKey } from '../text/names';
import type { Span } from '../text/span';
import { elementAt } from './spanSearch';
import { perAnalysis } from './perAnalysis';

/**
 * Where a person's name stands: `attendee` on an attendance line, `assignee` in an action,
 * `header` in `Ordförande:`/`Sekreterare:`/`Justerare:`, `footer` in `Antecknat av:`/`Justeras:`,
 * `mention` after an `@` in text, `text` as a full name in running text.
 */
export type PersonOccurrenceKind = 'attendee' | 'assignee' | 'header' | 'footer' | 'mention' | 'text';

export interface PersonOccurrence {
  /** The name as written; for a mention without its `@`. */
  readonly span: Span;
  readonly kind: PersonOccurrenceKind;
  /** The person: `nameKey` of the attendee's full name (or of the name itself for a non-attendee). */
  readonly key: string;
  /** Written as the first name alone ("Gitte" for Gitte Caous). */
  readonly firstNameOnly: boolean;
  /**
   * Written neither as the name nor as the first name: initials (`JS`), a title and surname
   * (`Dr Raman`), a role (`Clerk`). It refers to the person, but a rename leaves it as written.
   */
  readonly otherForm: boolean;
  /** The attendance line that defines the person: the first listing of the name. */
  readonly isDefinition: boolean;
}

export interface Person {
  readonly key: string;
  /** The name as the attendance list writes it, or as it is first written when not listed. */
  readonly name: string;
  /** The first attendance listing; absent for a person named only in header, footer or as a known member. */
  readonly definition?: Attendee;
  /** Every occurrence, in document order. */
  readonly occurrences: readonly PersonOccurrence[];
}

/** Every occurrence of every person in one document. */
export interface PeopleIndex {
  readonly persons: ReadonlyMap<string, Person>;
  /** All occurrences in document order; they never overlap. */
  readonly occurrences: readonly PersonOccurrence[];
  /** The occurrence under `offset` (a cursor just after a name is on it), if any. */
  at(offset: number): PersonOccurrence | undefined;
}

/**
 * The people index of an analysis, built on first use and kept as long as the analysis is:
 * references, highlights, rename and semantic tokens of one version share it.
 */
export const peopleIndex: (analysis: Analysis) => PeopleIndex = perAnalysis((analysis) => buildIndex(analysis));

/** The attendees by full name and by unique first name, as assignees are resolved. */
interface Directory {
  readonly byKey: ReadonlyMap<string, Attendee>;
  /** `null` when two different attendees share the first name. */
  readonly byFirstName: ReadonlyMap<string, Attendee | null>;
}

function directory(document: MeetingDocument): Directory {
  const byKey = new Map<string, Attendee>();
  const byFirstName = new Map<string, Attendee | null>();
  for (const section of document.sections) {
    for (const attendee of section.attendees) {
      const key = nameKey(attendee.name.text);
      if (!byKey.has(key)) byKey.set(key, attendee);
      const first = firstName(key);
      if (first === key) continue;
      const holder = byFirstName.get(first);
      if (holder === undefined) byFirstName.set(first, attendee);
      else if (holder !== null && nameKey(holder.name.text) !== key) byFirstName.set(first, null);
    }
  }
  return { byKey, byFirstName };
}

/** The first word of a name key (`gull-britt` in `gull-britt eide`). */
export function firstName(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

/** The person a name written in the header or footer stands for: an attendee by full or unique first name, else itself. */
function lookUp(dir: Directory, text: string): { key: string; firstNameOnly: boolean } | undefined {
  const key = nameKey(text);
  if (!key) return undefined;
  if (dir.byKey.has(key)) return { key, firstNameOnly: false };
  const holder = dir.byFirstName.get(key);
  if (holder) return { key: nameKey(holder.name.text), firstNameOnly: true };
  return { key, firstNameOnly: false };
}

/** Structured occurrences win over text ones where both claim the same characters. */
const PRIORITY: Readonly<Record<PersonOccurrenceKind, number>> = { attendee: 0, assignee: 0, header: 0, footer: 0, mention: 1, text: 2 };

function buildIndex(analysis: Analysis): PeopleIndex {
  const { document, text } = analysis;
  const dir = directory(document);
  const found: PersonOccurrence[] = [];
  const add = (span: Span, kind: PersonOccurrenceKind, key: string, firstNameOnly: boolean, isDefinition = false, otherForm = false) =>
    found.push({ span, kind, key, firstNameOnly, otherForm, isDefinition });

  for (const section of document.sections) {
    for (const attendee of section.attendees) {
      const key = nameKey(attendee.name.text);
      add(attendee.name.span, 'attendee', key, false, dir.byKey.get(key) === attendee);
    }
  }
  for (const field of document.headerFields) {
    for (const person of field.persons ?? []) {
      const who = lookUp(dir, person.text);
      if (who) add(person.span, 'header', who.key, who.firstNameOnly);
    }
  }
  for (const [assignee, resolution] of analysis.resolutions) {
    // Organisations, ambiguous and unknown names are not (one) person; known members are.
    if (resolution.kind === 'attendee') {
      const key = nameKey(resolution.attendee.name.text);
      const written = nameKey(assignee.name.text);
      const firstNameOnly = written !== key && written === firstName(key);
      add(assignee.name.span, 'assignee', key, firstNameOnly, false, written !== key && !firstNameOnly);
    } else if (resolution.kind === 'member') {
      add(assignee.name.span, 'assignee', nameKey(resolution.name), false);
    }
  }
  for (const entry of document.footer?.entries ?? []) {
    for (const person of entry.persons) {
      const who = lookUp(dir, person.name.text);
      if (who) add(person.name.span, 'footer', who.key, who.firstNameOnly);
    }
  }
  findInText(text, textRegions(document), dir, add);

  const occurrences = withoutOverlaps(found);
  const persons = new Map<string, { key: string; name: string; definition?: Attendee; occurrences: PersonOccurrence[] }>();
  for (const occurrence of occurrences) {
    let person = persons.get(occurrence.key);
    if (!person) {
      const definition = dir.byKey.get(occurrence.key);
      const name = definition?.name.text ?? text.slice(occurrence.span.start, occurrence.span.end);
      person = { key: occurrence.key, name, ...(definition ? { definition } : {}), occurrences: [] };
      persons.set(occurrence.key, person);
    }
    person.occurrences.push(occurrence);
  }
  return { persons, occurrences, at: (offset) => elementAt(occurrences, offset) };
}

/**
 * The stretches of running text searched for names: paragraph lines, list entries, action tasks
 * and decisions, in document order. Item titles, header and footer are not running text.
 */
function textRegions(document: MeetingDocument): Span[] {
  const regions: Span[] = [];
  for (const item of document.items) {
    for (const block of item.body) {
      if (block.kind === 'paragraph') regions.push(...block.lines.map((l) => l.span));
      else if (block.kind === 'list') for (const entry of block.entries) regions.push(...entry.lines.map((l) => l.span));
      else if (block.kind === 'action' && block.task) regions.push(block.task.span);
      else if (block.kind === 'decision' && block.text.text) regions.push(block.text.span);
    }
  }
  return regions;
}

/**
 * The longest attendee name looked for in running text. An "attendee" line of thousands of words
 * (text pasted under NÄRVARANDE) is no name anyone writes in prose, and the pattern that would look
 * for it is too large for the regular-expression engine (it overflowed its stack).
 */
const MAX_NAME_IN_TEXT = 200;

/**
 * Finds `@Name` mentions (full or unique first name) and full names in the text regions. A bare
 * first name found in prose is dropped: "Eva said" is too common a word to count as a reference.
 */
function findInText(text: string, regions: readonly Span[], dir: Directory, add: (span: Span, kind: PersonOccurrenceKind, key: string, firstNameOnly: boolean) => void): void {
  const uniqueFirstNames = [...dir.byFirstName].filter(([, holder]) => holder !== null).map(([name]) => name);
  const names = [...dir.byKey.keys(), ...uniqueFirstNames].filter((name) => name.length <= MAX_NAME_IN_TEXT);
  for (const match of findNames(text, regions, names)) {
    const mention = text.charAt(match.start - 1) === '@';
    const attendee = dir.byKey.get(match.key) ?? dir.byFirstName.get(match.key);
    if (!attendee || (!mention && !dir.byKey.has(match.key))) continue;
    const personKey = nameKey(attendee.name.text);
    add({ start: match.start, end: match.end }, mention ? 'mention' : 'text', personKey, personKey !== match.key);
  }
}

function withoutOverlaps(found: PersonOccurrence[]): PersonOccurrence[] {
  found.sort((a, b) => a.span.start - b.span.start || PRIORITY[a.kind] - PRIORITY[b.kind]);
  const kept: PersonOccurrence[] = [];
  for (const occurrence of found) {
    const previous = kept[kept.length - 1];
    if (previous && occurrence.span.start < previous.span.end) {
      if (PRIORITY[occurrence.kind] < PRIORITY[previous.kind]) kept[kept.length - 1] = occurrence;
      continue;
    }
    kept.push(occurrence);
  }
  return kept;
}
