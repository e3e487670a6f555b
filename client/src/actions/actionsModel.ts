import { compareDates, isoDate, type CalendarDate, type SeriesAction } from './protocol';

export type Grouping = 'assignee' | 'meeting' | 'status';
export type ActionState = 'overdue' | 'open' | 'inProgress' | 'done';

/** A group of the tree: its label and its actions, in the order the server gave them. */
export interface ActionGroupNode {
  readonly kind: 'group';
  readonly id: string;
  readonly label: string;
  readonly actions: readonly ActionNode[];
}

export interface ActionNode {
  readonly kind: 'action';
  readonly id: string;
  readonly action: SeriesAction;
  readonly state: ActionState;
}

/** The words the tree shows, in the display language (`vscode.l10n.t` in the view, fixed in tests). */
export interface TreeWords {
  noOwner: string;
  state(state: ActionState): string;
}

/** The state of an action on `today`, as the server's `actionState` decides it. */
export function stateOf(action: SeriesAction, today: CalendarDate): ActionState {
  if (action.status === 'done') return 'done';
  if (action.deadline && compareDates(action.deadline, today) < 0) return 'overdue';
  return action.status;
}

const STATE_ORDER: readonly ActionState[] = ['overdue', 'open', 'inProgress', 'done'];

/** The meeting as the tree names it: `2024-05-14 Styrelsen`, or by its file name when it has no `Möte:`. */
export function meetingLabel(action: SeriesAction): string {
  const name = action.meeting ?? fileName(action.file);
  return action.meetingDate ? `${isoDate(action.meetingDate)} ${name}` : name;
}

/** The last part of a file URI as the user reads it: `årsmöte.minutes`, not `%C3%A5rsm%C3%B6te.minutes`. */
export function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * The groups of the tree. By assignee: one group per person (an action with two assignees is in
 * both), those without an owner last; by meeting: newest first; by status: overdue, open, in
 * progress, done. `openOnly` leaves out the done ones.
 */
export function buildGroups(actions: readonly SeriesAction[], today: CalendarDate, grouping: Grouping, openOnly: boolean, words: TreeWords): ActionGroupNode[] {
  const groups = new Map<string, { label: string; sortKey: string; actions: ActionNode[] }>();
  actions.forEach((action, index) => {
    const state = stateOf(action, today);
    if (openOnly && state === 'done') return;
    const node = (group: string): ActionNode => ({ kind: 'action', id: `${group}\u0000${index}`, action, state });
    const add = (key: string, label: string, sortKey: string) => {
      let group = groups.get(key);
      if (!group) {
        group = { label, sortKey, actions: [] };
        groups.set(key, group);
      }
      group.actions.push(node(key));
    };
    if (grouping === 'assignee') {
      if (action.assignees.length === 0) add('\uffff', words.noOwner, '\uffff');
      for (const name of action.assignees) add(name, name, name.toLocaleLowerCase('sv'));
    } else if (grouping === 'meeting') {
      const date = action.meetingDate ? isoDate(action.meetingDate) : '0000-00-00';
      // Newest first: the sort key inverts the date.
      const inverted = [9999 - Number(date.slice(0, 4)), 12 - Number(date.slice(5, 7)), 31 - Number(date.slice(8, 10))].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('');
      // Meetings of one day in the order of their file names as shown, as the server orders them.
      add(`${date} ${action.file}`, meetingLabel(action), `${inverted} ${fileName(action.file)} ${action.file}`);
    } else {
      add(state, words.state(state), String(STATE_ORDER.indexOf(state)));
    }
  });
  return [...groups.entries()]
    .sort(([, a], [, b]) => a.sortKey.localeCompare(b.sortKey, 'sv'))
    .map(([key, group]) => ({ kind: 'group', id: `${grouping}:${key}`, label: group.label, actions: group.actions }));
}
