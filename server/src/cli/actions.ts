import { dirname } from 'node:path';
import { filterActions, rollUpActions, summarizeMinutes, type MeetingSummary } from '../core';
import { describeProblem } from './check';
import { collectFiles, type InputProblem } from './collectFiles';
import { ExitStatus } from './exitStatus';
import type { CliIo } from './io';
import { cliMessages, type CliLang } from './messages';
import { seriesMessages } from './actionsMessages';
import { formatActionsCsv, formatActionsJson, formatActionsTable, toRow } from './actionsTable';
import { readSource } from './readSource';

export interface ActionsRequest {
  readonly paths: readonly string[];
  readonly format: 'table' | 'json' | 'csv';
  readonly open: boolean;
  readonly overdue: boolean;
  readonly assignee?: string;
  readonly lang: CliLang;
}

/**
 * `minutes actions PATHS… [--open] [--assignee NAME] [--overdue] [--format table|json|csv]`:
 * every action item of the files and folders named, read as the editor's actions view reads
 * them. The minutes of one folder are one series: an action repeated in a later meeting of the
 * folder is one action whose latest mention gives its status. Exit status 0, or 2 when a path
 * cannot be read (the others are still listed).
 */
export function runActions(request: ActionsRequest, io: CliIo): ExitStatus {
  const messages = seriesMessages(request.lang);
  if (request.paths.length === 0) {
    io.stderr(`minutes: ${messages.actionsMissingPaths()}\n${cliMessages(request.lang).helpHint()}\n`);
    return ExitStatus.usageOrInput;
  }
  const now = io.now();
  const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  const collected = collectFiles(request.paths, io.cwd);
  const problems: InputProblem[] = [...collected.problems];
  const byFolder = new Map<string, MeetingSummary[]>();
  for (const file of collected.files) {
    const source = readSource(file);
    if ('problem' in source) {
      problems.push(source.problem);
      continue;
    }
    const folder = dirname(file.absolutePath);
    const summary = summarizeMinutes(file.displayPath, source.text, { today });
    const list = byFolder.get(folder);
    if (list) list.push(summary);
    else byFolder.set(folder, [summary]);
  }
  const actions = [...byFolder.keys()].sort().flatMap((folder) => rollUpActions(byFolder.get(folder) ?? []));
  const filtered = filterActions(actions, { open: request.open, overdue: request.overdue, ...(request.assignee !== undefined && { assignee: request.assignee }) }, today);
  const rows = filtered.map((action) => toRow(action, today));
  io.stdout(request.format === 'json' ? formatActionsJson(rows) : request.format === 'csv' ? formatActionsCsv(rows) : formatActionsTable(rows, messages));
  const cli = cliMessages(request.lang);
  for (const folder of collected.emptyFolders) io.stderr(`minutes: ${cli.noMinutesInFolder(folder)}\n`);
  for (const problem of problems) io.stderr(`minutes: ${describeProblem(problem, cli, 'actions')}\n`);
  return problems.length > 0 ? ExitStatus.usageOrInput : ExitStatus.ok;
}
