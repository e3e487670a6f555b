import { compareDates, type CalendarDate } from '../dates/dateValue';
import { memoByString } from '../text/memo';
import { nameKey } from '../text/names';
import type { Mutable } from '../model/mutable';
import type { MeetingSummary, SeriesAction } from './types';

/** Where an action stands on a given day: `overdue` is open or in progress with a deadline before today. */
export type ActionState = 'done' | 'overdue' | 'inProgress' | 'open';

/** What `minutes actions` and the tree view filter by. */
export interface ActionFilter {
  /** Only actions that are not done. */
  readonly open?: boolean;
  /** Only overdue actions. */
  readonly overdue?: boolean;
  /** Only actions with this assignee (compared as names are: case, spacing and NFC do not matter). */
  readonly assignee?: string;
}

export type ActionGrouping = 'assignee' | 'meeting' | 'status';

export interface ActionGroup {
  /** The assignee's name, the meeting's ISO date (or file), or the state; `''` for actions without an assignee. */
  readonly key: string;
  readonly actions: readonly SeriesAction[];
}

/** The state of `action` on `today`. */
export function actionState(action: SeriesAction, today: CalendarDate): ActionState {
  if (action.status === 'done') return 'done';
  if (action.deadline && compareDates(action.deadline, today) < 0) return 'overdue';
  return action.status === 'inProgress' ? 'inProgress' : 'open';
}

/**
 * Every action of the meetings, in meeting order (by date, then file), then document order. An
 * action repeated in a later meeting — the same task for the same assignees, as a secretary writes
 * it again to report on it, typically with a `Status:` line — is one action: the latest mention
 * says where it stands, and that is the one listed (with the earlier deadline when it gives none).
 */
export function rollUpActions(meetings: readonly MeetingSummary[]): SeriesAction[] {
  const ordered = [...meetings].sort(compareMeetings);
  const byIdentity = new Map<string, SeriesAction>();
  const order: string[] = [];
  let anonymous = 0;
  for (const meeting of ordered) {
    for (const action of meeting.actions) {
      // An action without task text has no identity to carry; each stands alone.
      const identity = action.task ? `${action.assignees.map(nameKey).sort().join('|')}\u0000${nameKey(action.task).replace(/[.!;:\s]+$/u, '')}` : `\u0001${anonymous++}`;
      let earlier = byIdentity.get(identity);
      if (earlier && earlier.file === action.file) {
        // The same task twice in one meeting is two actions, not a report on the first: the first
        // keeps a place of its own, and later meetings report on the second.
        const own = `\u0002${anonymous++}`;
        byIdentity.set(own, earlier);
        order[order.indexOf(identity)] = own;
        earlier = undefined;
      }
      if (!earlier) order.push(identity);
      const listed: Mutable<SeriesAction> = { ...action };
      // A report that leaves the deadline out does not take it away.
      if (!action.deadline && !action.deadlineText && earlier) {
        if (earlier.deadline) listed.deadline = earlier.deadline;
        if (earlier.deadlineText) listed.deadlineText = earlier.deadlineText;
      }
      if (earlier) listed.given = earlier.given ?? givenAt(earlier);
      byIdentity.set(identity, listed);
    }
  }
  const result = order.map((identity) => byIdentity.get(identity)).filter((a): a is SeriesAction => a !== undefined);
  return result.sort(compareActions);
}

/** Where `action` stands, as the `given` of a later mention. */
function givenAt(action: SeriesAction): NonNullable<SeriesAction['given']> {
  const given: Mutable<NonNullable<SeriesAction['given']>> = { itemNumber: action.itemNumber, itemTitle: action.itemTitle, file: action.file };
  if (action.meetingDate) given.meetingDate = action.meetingDate;
  return given;
}

/** The actions that pass `filter` on `today`. */
export function filterActions(actions: readonly SeriesAction[], filter: ActionFilter, today: CalendarDate): SeriesAction[] {
  const assignee = filter.assignee === undefined ? undefined : nameKey(filter.assignee);
  return actions.filter((action) => {
    const state = actionState(action, today);
    if (filter.open && state === 'done') return false;
    if (filter.overdue && state !== 'overdue') return false;
    if (assignee !== undefined && !action.assignees.some((name) => nameKey(name) === assignee || nameKey(name).split(' ')[0] === assignee)) return false;
    return true;
  });
}

const STATE_ORDER: readonly ActionState[] = ['overdue', 'open', 'inProgress', 'done'];

/**
 * The actions in groups: by assignee (an action with two assignees stands in both groups; those
 * without one in a group with key `''`, last), by meeting (newest first) or by state (overdue,
 * open, in progress, done). Groups with no actions are left out; inside a group the actions keep
 * their order.
 */
export function groupActions(actions: readonly SeriesAction[], by: ActionGrouping, today: CalendarDate): ActionGroup[] {
  const groups = new Map<string, SeriesAction[]>();
  const add = (key: string, action: SeriesAction) => {
    const list = groups.get(key);
    if (list) list.push(action);
    else groups.set(key, [action]);
  };
  for (const action of actions) {
    if (by === 'assignee') {
      if (action.assignees.length === 0) add('', action);
      for (const name of action.assignees) add(name, action);
    } else if (by === 'meeting') add(meetingKey(action), action);
    else add(actionState(action, today), action);
  }
  const keys = [...groups.keys()];
  if (by === 'assignee') keys.sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'sv')));
  else if (by === 'meeting') keys.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  else keys.sort((a, b) => STATE_ORDER.indexOf(a as ActionState) - STATE_ORDER.indexOf(b as ActionState));
  return keys.map((key) => ({ key, actions: groups.get(key) ?? [] }));
}

/** The meeting an action belongs to, as a sortable key: its ISO date and file (`2024-05-02 file`). */
export function meetingKey(action: Pick<SeriesAction, 'meetingDate' | 'file'>): string {
  const d = action.meetingDate;
  const date = d ? `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : '0000-00-00';
  return `${date} ${action.file}`;
}

/**
 * Meetings by date (undated ones first), then by file name. The name is compared as the user sees
 * it — the last part of the path, percent-decoding undone — so that the language server, which
 * names files by URI (`%C3%A5` for `å`), and the command line, which names them by path, put
 * meetings of the same day in the same order.
 */
export function compareMeetings(a: Pick<MeetingSummary, 'date' | 'file'>, b: Pick<MeetingSummary, 'date' | 'file'>): number {
  if (a.date && b.date) {
    const byDate = compareDates(a.date, b.date);
    if (byDate !== 0) return byDate;
  } else if (a.date || b.date) return a.date ? 1 : -1;
  // Actions of one meeting are compared most often when a roll-up is sorted: no names needed.
  if (a.file === b.file) return 0;
  const nameA = shownFileName(a.file);
  const nameB = shownFileName(b.file);
  return nameA < nameB ? -1 : nameA > nameB ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** The last part of a path or URI, percent-decoded when it is a URI; a workspace names few files, each often. */
export const shownFileName: (file: string) => string = memoByString((file) => {
  const last = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(file)) return last.normalize('NFC');
  try {
    return decodeURIComponent(last).normalize('NFC');
  } catch {
    return last;
  }
});

function compareActions(a: SeriesAction, b: SeriesAction): number {
  const byMeeting = compareMeetings({ date: a.meetingDate, file: a.file }, { date: b.meetingDate, file: b.file });
  return byMeeting || a.range.start.line - b.range.start.line;
}
