import type { MinutesDiagnostic, Severity } from '../core';
import type { SeverityCounts } from './messages';

/**
 * One diagnostic as the command line reports it: the machine interface of `minutes check
 * --format json`. Lines and columns are 1-based (column = UTF-16 character + 1), the way
 * compilers print them; `endLine`/`endColumn` point just past the range, like the core's end.
 */
export interface CheckRow {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

/** Turns the core's 0-based diagnostics for one file into report rows. */
export function toRows(file: string, diagnostics: readonly MinutesDiagnostic[]): CheckRow[] {
  // Keys are written in the documented order so the JSON reads the same way every time.
  return diagnostics.map((d) => ({
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: d.severity,
    code: d.code,
    message: d.message,
  }));
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders rows by file, then by position; code-unit order keeps the output independent of locale. */
export function compareRows(a: CheckRow, b: CheckRow): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message)
  );
}

export function countSeverities(rows: readonly CheckRow[]): SeverityCounts {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const row of rows) counts[row.severity]++;
  return counts;
}

/** The whole JSON report: exactly one array, so that it can be piped straight into a parser. */
export function formatJson(rows: readonly CheckRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/**
 * One line per diagnostic, `file:line:col: severity code: message`, the form editors and CI
 * systems already recognise. A message is kept on its line even if it holds a line break.
 */
export function formatTextLine(row: CheckRow): string {
  const message = row.message.replace(/\s*\r?\n\s*/g, ' ');
  return `${row.file}:${row.line}:${row.column}: ${row.severity} ${row.code}: ${message}`;
}
