import { actionState, isoDate, withoutInvisible, type CalendarDate, type SeriesAction } from '../core';
import type { SeriesMessages } from './actionsMessages';

/** One action as `minutes actions` prints it: the spec's columns, plus the line and the meeting date. */
export interface ActionRow {
  readonly file: string;
  readonly line: number;
  readonly meetingDate: string | null;
  readonly item: number;
  /** Whether its minutes are a protokoll, whose items are named `§ 12`. */
  readonly paragraphs: boolean;
  readonly itemTitle: string;
  readonly assignees: readonly string[];
  readonly task: string;
  /** The deadline's day (ISO), when it names one. */
  readonly deadline: string | null;
  /** The deadline as written (`31 maj`, `snarast`, `till nästa möte`), when there is one. */
  readonly deadlineText: string | null;
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
    paragraphs: action.paragraphs === true,
    itemTitle: clean(action.itemTitle),
    assignees: action.assignees.map(clean),
    task: clean(action.task),
    deadline: action.deadline ? isoDate(action.deadline) : null,
    deadlineText: action.deadlineText === undefined ? null : clean(action.deadlineText),
    status: action.status,
    overdue: actionState(action, today) === 'overdue',
  };
}

/**
 * Text as a list shows it: composed letters (`Göran`, not `Go` and a combining diaeresis) and no
 * invisible characters (soft hyphens, zero-width spaces), which text copied from a word processor
 * or a PDF carries and which would otherwise split a name in a spreadsheet and misalign a table.
 */
function clean(text: string): string {
  return withoutInvisible(text).normalize('NFC');
}

/** One JSON array, as `minutes check --format json` prints its findings. */
export function formatActionsJson(rows: readonly ActionRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

const CSV_COLUMNS = ['file', 'line', 'meetingDate', 'item', 'itemTitle', 'assignees', 'task', 'deadline', 'deadlineText', 'status', 'overdue'] as const;

/**
 * RFC 4180: a header line, fields quoted when they hold a comma, quote or line break; CRLF line
 * ends. It starts with a byte-order mark, without which Excel reads UTF-8 as Latin-1 (`Ã¥` for
 * `å`). A text field that starts with `=`, `+` or `@` gets a `'` before it, so that a spreadsheet
 * shows it rather than running it as a formula (a task `=HYPERLINK(…)` copied from elsewhere).
 */
export function formatActionsCsv(rows: readonly ActionRow[]): string {
  const field = (value: unknown): string => {
    let text = Array.isArray(value) ? value.join('; ') : value === null ? '' : String(value);
    if (typeof value === 'string' || Array.isArray(value)) text = FORMULA_START.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((column) => field(row[column])).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** What a spreadsheet takes for the start of a formula (`-` is left: tasks and numbers start so). */
const FORMULA_START = /^[=+@\t\r]/;

/**
 * Columns padded to their widest cell, headings in the user's language; overdue rows say so in the
 * status. A deadline shows as its day, or as written where it names none (`snarast`); the item of
 * a protokoll as `§ 12`.
 */
export function formatActionsTable(rows: readonly ActionRow[], messages: SeriesMessages): string {
  if (rows.length === 0) return `${messages.noActions()}\n`;
  const h = messages.headings;
  const table = [
    [h.file, h.line, h.date, h.item, h.title, h.assignees, h.task, h.deadline, h.status],
    ...rows.map((row) => [row.file, String(row.line), row.meetingDate ?? '', row.paragraphs ? `§ ${row.item}` : String(row.item), row.itemTitle, row.assignees.join(', '), row.task, row.deadline ?? row.deadlineText ?? '', messages.status(row.status, row.overdue)]),
  ];
  const widths = table[0]?.map((_, column) => Math.max(...table.map((cells) => [...(cells[column] ?? '')].length))) ?? [];
  return `${table.map((cells) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd((widths[column] ?? 0) + cell.length - [...cell].length))).join('  ').trimEnd()).join('\n')}\n`;
}
