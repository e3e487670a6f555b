/**
 * A series of meetings: what the workspace index keeps of each minutes file (`summarizeMinutes`,
 * which parses a reduced text, `indexText`), the action items across meetings (`rollUpActions`,
 * `actionState`, `filterActions`, `groupActions`) and the next meeting written from the previous
 * one (`nextMeetingText`, `nextFileName`). Pure, like the rest of the core: files are named by
 * whatever string the caller uses (a URI, a path) and today's date is passed in.
 */
export { indexText, type IndexText } from './indexText';
export { summarizeMinutes, summarizeDocument, type SummarizeOptions } from './summarize';
export { actionState, compareMeetings, filterActions, groupActions, meetingKey, rollUpActions, type ActionFilter, type ActionGroup, type ActionGrouping, type ActionState } from './rollup';
export { isStandingItem, latestMeeting, nextFileName, nextMeetingText, type NextMeetingOptions } from './carryForward';
export { DEFAULT_STANDING_ITEMS, seriesWords, type SeriesWords } from './words';
export type { MeetingSummary, SeriesAction, SummaryAttendee, SummaryItem } from './types';
export { nameKey } from '../text/names';
export { meetingLabel, searchWorkspaceSymbols, workspaceSymbolEntries, workspaceSymbolSearch, WORKSPACE_SYMBOL_LIMIT, type WorkspaceSymbolEntry, type WorkspaceSymbolKind, type WorkspaceSymbolSearch } from './workspaceSymbols';
