import { isoDate } from '../dates/dateValue';
import { nameKey } from '../text/names';
import type { Range } from '../text/span';
import { compareMeetings } from './rollup';
import type { Mutable } from '../model/mutable';
import type { MeetingSummary } from './types';

export type WorkspaceSymbolKind = 'meeting' | 'item' | 'person' | 'action';

/** A symbol of the whole workspace: meetings by date and name, items, people, actions. */
export interface WorkspaceSymbolEntry {
  readonly name: string;
  readonly kind: WorkspaceSymbolKind;
  /** Where it stands: the meeting (date and name) for items and actions, the organisation for people. */
  readonly container?: string;
  readonly file: string;
  readonly range: Range;
  /** `nameKey` of the name: what queries are matched against (editors filter by the name too). */
  readonly key: string;
}

const MAX_ACTION_NAME = 80;
/**
 * At most this many symbols per query: an editor lists the first screenful, and the user narrows
 * the query rather than scrolls; sending thousands would cost more in JSON than the search.
 */
export const WORKSPACE_SYMBOL_LIMIT = 100;

/** The meeting as people name it: `2024-03-05 Styrelsen`, or the title when it has neither. */
export function meetingLabel(meeting: Pick<MeetingSummary, 'date' | 'meeting' | 'title' | 'file'>): string {
  const parts = [meeting.date ? isoDate(meeting.date) : undefined, meeting.meeting ?? meeting.title].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 0 ? parts.join(' ') : (meeting.file.split('/').pop() ?? meeting.file);
}

/**
 * Every workspace symbol of the meetings. A person is one symbol, at their attendance line in the
 * newest meeting that lists them, so a search for a name finds the person once.
 */
export function workspaceSymbolEntries(meetings: readonly MeetingSummary[]): WorkspaceSymbolEntry[] {
  const entries: WorkspaceSymbolEntry[] = [];
  const people = new Map<string, WorkspaceSymbolEntry>();
  // Entries are built field by field, not spread (see model/mutable.ts): there are 125,000 of
  // them in a workspace of 5,000 minutes.
  const add = (name: string, kind: WorkspaceSymbolEntry['kind'], file: string, range: WorkspaceSymbolEntry['range'], container: string | undefined) => {
    const entry: Mutable<WorkspaceSymbolEntry> = { name, kind, file, range, key: nameKey(name) };
    if (container) entry.container = container;
    entries.push(entry);
    return entry;
  };
  for (const meeting of [...meetings].sort(compareMeetings).reverse()) {
    const label = meetingLabel(meeting);
    add(label, 'meeting', meeting.file, meeting.titleRange, meeting.place);
    for (const item of meeting.items) add(`${item.number}. ${item.title}`, 'item', meeting.file, item.range, label);
    for (const action of meeting.actions) {
      const text = `${action.assignees.join(', ')}${action.assignees.length > 0 ? ': ' : ''}${action.task}`;
      const name = text.length > MAX_ACTION_NAME ? `${text.slice(0, MAX_ACTION_NAME - 1)}…` : text || '…';
      add(name, 'action', meeting.file, action.range, `${label}, p ${action.itemNumber}`);
    }
    for (const attendee of meeting.attendees) {
      const key = nameKey(attendee.name);
      if (people.has(key)) continue;
      people.set(key, add(attendee.name, 'person', meeting.file, attendee.range, attendee.organisation));
    }
  }
  return entries;
}

/** The entries with their keys joined into one string, so a query is a few `indexOf` calls. */
export interface WorkspaceSymbolSearch {
  readonly entries: readonly WorkspaceSymbolEntry[];
  /** Every key, in entry order, each followed by a line break (which no key contains). */
  readonly haystack: string;
  /** `starts[i]` is where entry `i`'s key begins in `haystack`. */
  readonly starts: Int32Array;
}

/** Prepares `entries` for `searchWorkspaceSymbols`; build once per version of the index. */
export function workspaceSymbolSearch(entries: readonly WorkspaceSymbolEntry[]): WorkspaceSymbolSearch {
  const starts = new Int32Array(entries.length);
  let offset = 0;
  const keys = entries.map((entry, i) => {
    starts[i] = offset;
    const key = entry.key.replace(/\n/g, ' ');
    offset += key.length + 1;
    return key;
  });
  return { entries, haystack: keys.length > 0 ? `${keys.join('\n')}\n` : '', starts };
}

/**
 * The entries matching `query`: every word of the query must occur in the name (compared as
 * names are: case, spacing and NFC do not matter), in entry order (newest meetings first). An
 * empty query matches everything. At most `limit` results. The longest word is looked for with
 * `indexOf` over all keys at once — native string search instead of one call per entry — and the
 * other words are checked in the entries it finds.
 */
export function searchWorkspaceSymbols(search: WorkspaceSymbolSearch, query: string, limit = WORKSPACE_SYMBOL_LIMIT): WorkspaceSymbolEntry[] {
  const words = nameKey(query).split(' ').filter((w) => w !== '').sort((a, b) => b.length - a.length);
  const [longest, ...others] = words;
  if (longest === undefined) return search.entries.slice(0, limit);
  const result: WorkspaceSymbolEntry[] = [];
  let from = 0;
  while (result.length < limit) {
    const at = search.haystack.indexOf(longest, from);
    if (at < 0) break;
    const index = entryAt(search.starts, at);
    const entry = search.entries[index];
    if (entry && others.every((word) => entry.key.includes(word))) result.push(entry);
    from = index + 1 < search.starts.length ? (search.starts[index + 1] ?? search.haystack.length) : search.haystack.length;
  }
  return result;
}

/** The entry whose key holds the offset: the last start at or before it. */
function entryAt(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
