import { analyzeMinutes, nameKey, peopleIndex, type Analysis, type Person } from '../../core';
import type { ServerContext } from '../context';
import { readMinutesFile, uriToPath } from './files';
import { today } from './today';

/** One other file in which a person occurs. */
export interface PersonElsewhere {
  readonly uri: string;
  readonly analysis: Analysis;
  readonly person: Person;
}

/** The person (by `nameKey`) under `offset` in `analysis`, if any. */
export function personKeyAt(analysis: Analysis, offset: number): string | undefined {
  return peopleIndex(analysis).at(offset)?.key;
}

/**
 * The person `key` in every other indexed minutes file that names them: as an attendee, as an
 * assignee (learnt members included), or in a header or footer field (`Sekreterare:`,
 * `Antecknat av:`). Open documents are read from the editor, the others from
 * disk, each analysed in full with the members of its folder tree, so that every occurrence —
 * header, footer, `@mentions`, names in text — is found exactly as the editor finds it in that file.
 */
export async function personElsewhere(context: ServerContext, uri: string, key: string): Promise<PersonElsewhere[]> {
  const { store, workspace } = context;
  const here = uriToPath(uri);
  const found: PersonElsewhere[] = [];
  for (const meeting of workspace.meetings()) {
    const path = uriToPath(meeting.file);
    if (path === undefined || path === here) continue;
    const names =
      meeting.attendees.some((a) => nameKey(a.name) === key) ||
      meeting.actions.some((action) => action.assignees.some((name) => nameKey(name) === key)) ||
      meeting.namedInFields.some((name) => nameKey(name) === key);
    if (!names) continue;
    const otherUri = workspace.uriOf(path);
    let analysis = store.analysis(otherUri);
    if (!analysis) {
      const text = await readMinutesFile(path);
      if (text === undefined) continue;
      analysis = analyzeMinutes(text, { locale: store.locale, today: today(), knownMembers: [...store.currentSettings.members, ...workspace.membersFor(otherUri)] });
    }
    const person = peopleIndex(analysis).persons.get(key);
    if (person) found.push({ uri: otherUri, analysis, person });
  }
  return found;
}
