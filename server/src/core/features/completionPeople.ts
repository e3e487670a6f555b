import type { Analysis } from '../analysis/analyze';
import { describeAttendance } from '../analysis/attendanceWords';
import type { Catalogue } from '../i18n/messages';
import type { Attendee } from '../model/types';
import { nameKey } from '../text/names';
import { sortKey, type CompletionEntry } from './completionTypes';
import { matchName } from './nameMatch';

/** Which kinds of names a position accepts. */
export interface PeopleQuery {
  /** The item the cursor stands in: people present there come first. */
  readonly itemNumber?: number;
  /** Organisations are assignees too, but not people to mention with `@`. */
  readonly organisations: boolean;
  readonly knownMembers: readonly string[];
  /** Names already written on the line (as `nameKey`s); not proposed again. */
  readonly exclude: ReadonlySet<string>;
  /** Prepended to every insertion (a space after `:` or `,`). */
  readonly insertPrefix: string;
}

interface Candidate {
  readonly name: string;
  readonly kind: 'person' | 'organisation' | 'member';
  readonly group: number;
  readonly description?: string;
  readonly detail: string;
}

/**
 * Names for an assignee list or a mention, in the promised order: people present at the item
 * (in the order of the attendance list), then the other attendees, then organisations, then known
 * members from outside the document. Within a group better matches of `prefix` come first.
 */
export function peopleEntries(analysis: Analysis, msg: Catalogue, prefix: string, query: PeopleQuery): CompletionEntry[] {
  const entries: CompletionEntry[] = [];
  candidates(analysis, msg, query).forEach((candidate, index) => {
    const key = nameKey(candidate.name);
    if (query.exclude.has(key)) return;
    const rank = matchName(prefix, candidate.name);
    if (rank === undefined) return;
    entries.push({
      label: candidate.name,
      kind: candidate.kind,
      insertText: query.insertPrefix + candidate.name,
      ...(candidate.description ? { description: candidate.description } : {}),
      detail: candidate.detail,
      sortText: sortKey(candidate.group, rank, index),
    });
  });
  return entries;
}

function candidates(analysis: Analysis, msg: Catalogue, query: PeopleQuery): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (candidate: Candidate) => {
    const key = nameKey(candidate.name);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    out.push(candidate);
  };
  const person = (attendee: Attendee, group: number): Candidate => {
    const attendance = attendee.section === 'absent' ? msg.absentWord() : describeAttendance(attendee, msg);
    const org = attendee.organisation?.text;
    return {
      name: attendee.name.text,
      kind: 'person',
      group,
      ...(org ? { description: org } : {}),
      detail: [org, attendance].filter(Boolean).join(' · '),
    };
  };
  const attendees = analysis.document.sections.flatMap((s) => s.attendees);
  if (query.itemNumber !== undefined) {
    for (const { attendee } of analysis.timeline.presentAt(query.itemNumber)) add(person(attendee, 0));
    for (const attendee of attendees) add(person(attendee, 1));
  } else {
    // Outside an item nobody is "present at this item"; the absent still come last.
    for (const attendee of attendees) add(person(attendee, attendee.section === 'absent' ? 1 : 0));
  }
  if (query.organisations) {
    const organisations = new Map<string, { name: string; people: string[] }>();
    for (const attendee of attendees) {
      const org = attendee.organisation?.text;
      if (!org) continue;
      const entry = organisations.get(nameKey(org)) ?? { name: org, people: [] };
      entry.people.push(attendee.name.text);
      organisations.set(nameKey(org), entry);
    }
    for (const { name, people } of organisations.values()) {
      const shown = people.length > 4 ? [...people.slice(0, 3), '…'] : people;
      add({ name, kind: 'organisation', group: 2, detail: msg.completionOrganisation(shown) });
    }
  }
  for (const member of query.knownMembers) {
    if (member.trim()) add({ name: member.trim(), kind: 'member', group: 3, detail: msg.completionKnownMember() });
  }
  return out;
}
