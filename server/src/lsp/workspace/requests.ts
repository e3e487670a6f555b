import { dirname, join } from 'node:path';
import { filterActions, latestMeeting, nextFileName, nextMeetingText, parseDate, type CalendarDate, type SeriesAction } from '../../core';
import { RequestType } from 'vscode-languageserver';
import type { Feature } from '../context';
import { pathToUri, uriToPath } from './files';
import { today } from './today';

/** `minutes/actions`: every action of the workspace, series by series, and the server's today. */
export const ACTIONS_REQUEST = 'minutes/actions';
/** `minutes/nextMeeting`: the text and file name of the next meeting of a series. */
export const NEXT_MEETING_REQUEST = 'minutes/nextMeeting';

export interface ActionsResult {
  readonly today: CalendarDate;
  readonly actions: readonly SeriesAction[];
}

export interface NextMeetingParams {
  /** A minutes file of the series, or its folder. */
  readonly uri: string;
  /** The new meeting's date, `YYYY-MM-DD`; today when absent. */
  readonly date?: string;
  /** The `minutes.standingItems` setting. */
  readonly standingItems?: readonly string[];
}

export type NextMeetingResult =
  | { readonly uri: string; readonly fileName: string; readonly previous: string; readonly text: string; readonly openActions: number }
  | { readonly error: 'noMeetings' | 'badDate' };

/** The custom requests of the actions view and of "New Meeting from Previous". */
export const workspaceRequestsFeature: Feature = {
  register({ connection, workspace }) {
    connection.onRequest(ACTIONS_REQUEST, (): ActionsResult => ({ today: today(), actions: workspace.actions() }));

    connection.onRequest(new RequestType<NextMeetingParams, NextMeetingResult, void>(NEXT_MEETING_REQUEST), (params): NextMeetingResult => {
      const path = uriToPath(params.uri);
      if (path === undefined) return { error: 'noMeetings' };
      const folder = path.endsWith('.minutes') ? dirname(path) : path;
      let date = today();
      if (params.date !== undefined) {
        const parsed = parseDate({ text: params.date, span: { start: 0, end: params.date.length } });
        if (!parsed.date) return { error: 'badDate' };
        date = parsed.date;
      }
      const meetings = workspace.series(folder);
      const previous = latestMeeting(meetings);
      if (!previous) return { error: 'noMeetings' };
      const previousPath = uriToPath(previous.file);
      const previousName = previousPath === undefined ? undefined : previousPath.slice(folder.length + 1);
      const names = new Set(meetings.map((m) => uriToPath(m.file)?.slice(folder.length + 1)));
      const fileName = nextFileName(previousName, date, (name) => names.has(name));
      const openActions = filterActions(workspace.actions().filter((a) => meetings.some((m) => m.file === a.file)), { open: true }, date);
      const text = nextMeetingText(previous, { date, openActions, ...(params.standingItems ? { standingItems: params.standingItems } : {}) });
      return { uri: pathToUri(join(folder, fileName)), fileName, previous: previous.file, text, openActions: openActions.length };
    });
  },
};
