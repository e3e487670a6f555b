import { actionState, isoDate, type CalendarDate, type SeriesAction } from '../core';
import type { SeriesMessages } from './actionsMessages';

/** One action as `minutes actions` prints it: the spec's columns, plus the line and the meeting date. */
export interface ActionRow {
  readonly file: string;
  readonly line: number;
  readonly meetingDate: string | null;
  readonly item: number;
  readonly itemTitle: string;
  readonly assignees: readonly string[];
  readonly task: string;
  readonly deadline: string | null;
  /** As written: `open`, `inProgress` or `done`. */
  readonly status: 'open' | 'inProgress' | 'done';
  /** Not done, and the deadline is before today. */
  readonly overdue: boolean;
}

export function toRow(action: SeriesAction, today: CalendarDate): ActionRow {
  return {
    file: action.file,
    line: action.range.start.line + 1,
    meetingDate: action.meetingDate ? isoDate(action.meetingDate) : null,
    item: action.itemNumber,
    itemTitle: action.itemTitle,
    assignees: action.assignees,
    task: action.task,
    deadline: action.deadline ? isoDate(action.deadline) : null,
    status: action.status,
    overdue: actionState(action, today) === 'overdue',
  };
}

/** One JSON array, as `minutes check --format json` prints its findings. */
export function formatActionsJson(rows: readonly ActionRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

const CSV_COLUMNS = ['file', 'line', 'meetingDate', 'item', 'itemTitle', 'assignees', 'task', 'deadline', 'status', 'overdue'] as const;

/** RFC 4180: a header line, fields quoted when they hold a comma, quote or line break; CRLF line ends. */
export function formatActionsCsv(rows: readonly ActionRow[]): string {
  const field = (value: unknown): string => {
    const text = Array.isArray(value) ? value.join('; ') : value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((column) => field(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** Columns padded to their widest cell, headings in the user's language; overdue rows say so in the status. */
export function formatActionsTable(rows: readonly ActionRow[], messages: SeriesMessages): string {
  if (rows.length === 0) return `${messages.noActions()}\n`;
  const h = messages.headings;
  const table = [
    [h.file, h.line, h.date, h.item, h.title, h.assignees, h.task, h.deadline, h.status],
    ...rows.map((row) => [row.file, String(row.line), row.meetingDate ?? '', String(row.item), row.itemTitle, row.assignees.join(', '), row.task, row.deadline ?? '', messages.status(row.status, row.overdue)]),
  ];
  const widths = table[0]?.map((_, column) => Math.max(...table.map((cells) => [...(cells[column] ?? '')].length))) ?? [];
  return `${table.map((cells) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd((widths[column] ?? 0) + cell.length - [...cell].length))).join('  ').trimEnd()).join('\n')}\n`;
}
