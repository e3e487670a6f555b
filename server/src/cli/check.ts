import { analyzeMinutes } from '../core';
import type { OutputFormat } from './args';
import { collectFiles, type InputProblem } from './collectFiles';
import type { CommandName } from './commandOptions';
import { ExitStatus } from './exitStatus';
import type { CliIo } from './io';
import { cliMessages, type CliLang, type CliMessages } from './messages';
import { readSource } from './readSource';
import { compareRows, countSeverities, formatJson, formatTextLine, toRows, type CheckRow } from './report';
import { WorkspaceMembers } from './workspaceMembers';

export interface CheckRequest {
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly lang: CliLang;
}

/**
 * `minutes check`: lints every file found, prints the diagnostics sorted by file and position,
 * and returns the exit status. Names are resolved as in the editor: attendees of the other
 * minutes in a file's folder count as known members. Paths that cannot be read are reported on
 * stderr after the results of the others, which are still checked.
 */
export function runCheck(request: CheckRequest, io: CliIo): ExitStatus {
  const messages = cliMessages(request.lang);
  const collected = collectFiles(request.paths, io.cwd);
  const problems: InputProblem[] = [...collected.problems];
  const rows: CheckRow[] = [];
  const today = localDate(io.now());
  const workspace = new WorkspaceMembers();
  let checkedFiles = 0;

  for (const file of collected.files) {
    const source = readSource(file);
    if ('problem' in source) {
      problems.push(source.problem);
      continue;
    }
    try {
      const knownMembers = workspace.membersFor(file.absolutePath);
      const analysis = analyzeMinutes(source.text, { locale: request.lang, today, knownMembers });
      rows.push(...toRows(file.displayPath, analysis.diagnostics));
      checkedFiles++;
    } catch (error) {
      // The core is built never to throw; if it does, say which file, and keep checking the rest.
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      problems.push({ kind: 'internalError', path: file.displayPath, detail });
    }
  }

  rows.sort(compareRows);
  if (request.format === 'json') {
    io.stdout(formatJson(rows));
  } else {
    const lines = rows.map(formatTextLine);
    lines.push(messages.summary(countSeverities(rows), checkedFiles));
    io.stdout(`${lines.join('\n')}\n`);
  }
  // Not an error (a new project may have no minutes yet), but a mistyped folder should not pass silently.
  for (const folder of collected.emptyFolders) io.stderr(`minutes: ${messages.noMinutesInFolder(folder)}\n`);
  for (const problem of problems) io.stderr(`minutes: ${describeProblem(problem, messages, 'check')}\n`);

  if (problems.length > 0) return ExitStatus.usageOrInput;
  return rows.some((row) => row.severity === 'error') ? ExitStatus.errorsFound : ExitStatus.ok;
}

/** The calendar date of `now` in the local time zone: the day the user thinks it is. */
function localDate(now: Date): { year: number; month: number; day: number } {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/**
 * An input problem in words; every command that reads files reports them the same way, saying
 * what `command` did not do with the file (check it, render it, list its actions …).
 */
export function describeProblem(problem: InputProblem, messages: CliMessages, command: CommandName): string {
  switch (problem.kind) {
    case 'notFound':
      return messages.notFound(problem.path);
    case 'danglingLink':
      return messages.danglingLink(problem.path, problem.target);
    case 'permissionDenied':
      return messages.permissionDenied(problem.path);
    case 'notRegularFile':
      return messages.notRegularFile(problem.path, command);
    case 'unreadable':
      return messages.unreadable(problem.path, (problem.code !== undefined ? messages.systemError(problem.code) : undefined) ?? problem.detail);
    case 'binaryNul':
      return messages.binaryNul(problem.path, command);
    case 'invalidUtf8':
      return messages.invalidUtf8(problem.path, problem.line, problem.column, command);
    case 'invalidUtf16':
      return messages.invalidUtf16(problem.path, command);
    case 'internalError':
      return messages.internalError(problem.path, problem.detail);
  }
}
