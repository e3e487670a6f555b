import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { filterActions, nextFileName, nextMeetingText, parseDate, rollUpActions, summarizeMinutes, type CalendarDate, type MeetingSummary } from '../core';
import { FileExistsError, writeFileSafely } from '../node/safeWrite';
import { seriesMessages } from './actionsMessages';
import { describeProblem } from './check';
import { MINUTES_EXTENSION, toDisplayPath } from './collectFiles';
import { ExitStatus } from './exitStatus';
import type { CliIo } from './io';
import { cliMessages, type CliLang } from './messages';
import { describeOutputProblem, outputPathProblem, writeFailureReason } from './outputPath';
import { readSource } from './readSource';

export interface NewRequest {
  readonly operands: readonly string[];
  readonly from?: string;
  readonly output?: string;
  /** `YYYY-MM-DD`; today when absent. */
  readonly date?: string;
  readonly lang: CliLang;
}

/**
 * `minutes new --from FILE [-o OUT] [--date YYYY-MM-DD]`: writes the next meeting of FILE's series
 * (its folder) — header, attendees, standing items and the follow-up of every open action of the
 * series — to OUT, by default the folder's next file name by date. An existing file is never
 * replaced: nothing is written and the exit status is 2.
 */
export async function runNew(request: NewRequest, io: CliIo): Promise<ExitStatus> {
  const messages = seriesMessages(request.lang);
  const cli = cliMessages(request.lang);
  const fail = (text: string): ExitStatus => {
    io.stderr(`minutes: ${text}\n`);
    return ExitStatus.usageOrInput;
  };
  if (request.from === undefined) return fail(`${messages.newMissingFrom()}\n${cli.helpHint()}`);
  if (request.operands.length > 0) return fail(`${messages.newUnexpectedOperands()}\n${cli.helpHint()}`);

  const now = io.now();
  // Dates without a year in a file without `Datum:` take today's year, as in the editor and in
  // `minutes actions` — not the new meeting's.
  const today: CalendarDate = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  let date: CalendarDate;
  if (request.date !== undefined) {
    const parsed = parseDate({ text: request.date, span: { start: 0, end: request.date.length } }).date;
    if (!parsed) return fail(messages.newBadDate(request.date));
    date = parsed;
  } else {
    date = today;
  }

  const input = resolve(io.cwd, request.from);
  const source = readSource({ displayPath: toDisplayPath(request.from), absolutePath: input });
  if ('problem' in source) return fail(describeProblem(source.problem, cli, 'new'));
  const folder = dirname(input);
  const previous = summarizeMinutes(basename(input), source.text, { today });
  const series = seriesOf(folder, previous, today);
  const openActions = filterActions(rollUpActions(series), { open: true }, date);
  const text = nextMeetingText(previous, { date, openActions });
  const names = new Set(series.map((m) => m.file));
  const nextName = nextFileName(basename(input), date, (name) => names.has(name));
  // `-o -`: the new minutes on standard output, to look at or to pipe, as `render -o -` does.
  if (request.output === '-') {
    io.stdout(text);
    return ExitStatus.ok;
  }
  const output = request.output !== undefined ? resolve(io.cwd, request.output) : join(folder, nextName);
  const shown = toDisplayPath(request.output ?? join(dirname(request.from), basename(output)));
  const outputProblem = outputPathProblem(output, request.output, shown);
  if (outputProblem) return fail(describeOutputProblem(outputProblem, shown, toDisplayPath(join(shown, nextName)), cli));
  try {
    await writeFileSafely(output, text, { overwrite: false });
  } catch (error) {
    if (error instanceof FileExistsError) return fail(messages.newExists(shown));
    return fail(messages.newCannotWrite(shown, writeFailureReason(error, cli)));
  }
  io.stdout(`${messages.newWritten(shown, openActions.length)}\n`);
  return ExitStatus.ok;
}

/** The meetings of `folder` (named by file name), with `previous` as read; unreadable files are skipped. */
function seriesOf(folder: string, previous: MeetingSummary, today: CalendarDate): MeetingSummary[] {
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith(MINUTES_EXTENSION));
  } catch {
    // The folder of a file just read can be listed; if not, the series is the file alone.
  }
  const meetings = [previous];
  for (const name of names) {
    if (name === previous.file) continue;
    const source = readSource({ displayPath: name, absolutePath: join(folder, name) });
    if ('text' in source) meetings.push(summarizeMinutes(name, source.text, { today }));
  }
  return meetings;
}
