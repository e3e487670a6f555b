/**
 * The shapes of the server's workspace requests as the client sees them (the server's own types
 * live in server/src/lsp/workspace/requests.ts and server/src/core/series/types.ts; the client
 * does not import the language core for them).
 */
export const ACTIONS_REQUEST = 'minutes/actions';
export const ACTIONS_CHANGED_NOTIFICATION = 'minutes/actionsChanged';
export const NEXT_MEETING_REQUEST = 'minutes/nextMeeting';

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface Range {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

export interface SeriesAction {
  readonly file: string;
  readonly meeting?: string;
  readonly meetingDate?: CalendarDate;
  readonly itemNumber: number;
  readonly itemTitle: string;
  readonly assignees: readonly string[];
  readonly task: string;
  readonly deadline?: CalendarDate;
  /** The deadline as written, also one that names no day (`snarast`, `next meeting`). */
  readonly deadlineText?: string;
  /** Its document names items `§ 12`, as a protokoll does. */
  readonly paragraphs?: true;
  readonly status: 'open' | 'inProgress' | 'done';
  readonly range: Range;
}

export interface ActionsResult {
  readonly today: CalendarDate;
  readonly actions: readonly SeriesAction[];
}

export type NextMeetingResult =
  | { readonly uri: string; readonly fileName: string; readonly previous: string; readonly text: string; readonly openActions: number }
  | { readonly error: 'noMeetings' | 'badDate' };

export function isoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
