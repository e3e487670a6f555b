import { statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { analyzeMinutes } from '../core';
import { EXPORT_FORMATS, exportMinutes, type ExportFormat } from '../export/exportMinutes';
import { FileExistsError, writeFileSafely } from '../node/safeWrite';
import { describeProblem } from './check';
import { toDisplayPath } from './collectFiles';
import { ExitStatus } from './exitStatus';
import type { CliIo } from './io';
import { cliMessages, type CliLang } from './messages';
import { describeOutputProblem, outputPathProblem, writeFailureReason } from './outputPath';
import { readSource } from './readSource';
import { renderMessages } from './renderMessages';
import { WorkspaceMembers } from './workspaceMembers';

export interface RenderRequest {
  /** The operands after `render`: exactly one file. */
  readonly files: readonly string[];
  readonly to?: ExportFormat;
  readonly output?: string;
  readonly force: boolean;
  readonly lang: CliLang;
}

/**
 * `minutes render FILE --to html|pdf|docx|md [-o OUT] [--force]`: renders one document into the
 * published minutes (in the document's own language) and writes them to OUT, by default FILE with
 * the format's extension. An existing file is replaced only with `--force`; without it nothing is
 * written and the exit status is 2, as for any other unusable input. The write is atomic
 * (`writeFileSafely`): a failure leaves the old file, or nothing, behind.
 */
export async function runRender(request: RenderRequest, io: CliIo): Promise<ExitStatus> {
  const messages = renderMessages(request.lang);
  const cli = cliMessages(request.lang);
  const fail = (text: string): ExitStatus => {
    io.stderr(`minutes: ${text}\n`);
    return ExitStatus.usageOrInput;
  };
  const usage = (text: string): ExitStatus => fail(`${text}\n${cli.helpHint()}`);
  const [file, ...extra] = request.files;
  if (file === undefined) return usage(messages.missingFile());
  if (extra.length > 0) return usage(messages.tooManyFiles());
  if (!request.to) return usage(messages.missingFormat(EXPORT_FORMATS));

  const input = resolve(io.cwd, file);
  // `-o -`: the rendering on standard output, for the text formats (to pipe or to look at).
  const toStdout = request.output === '-';
  if (toStdout && request.to !== 'md' && request.to !== 'html') return usage(messages.binaryToStdout(request.to));
  const output = request.output !== undefined && !toStdout ? resolve(io.cwd, request.output) : defaultOutput(input, request.to);
  const shownOutput = toDisplayPath(request.output ?? join(dirname(file), basename(output)));
  if (!toStdout && (output === input || sameFile(input, output))) return fail(messages.sameAsInput(toDisplayPath(file)));
  // A folder, or a file in a folder that does not exist, is refused before the (slow) rendering.
  const outputProblem = toStdout ? undefined : outputPathProblem(output, request.output, shownOutput);
  if (outputProblem) {
    const example = toDisplayPath(join(shownOutput, basename(defaultOutput(input, request.to))));
    return fail(describeOutputProblem(outputProblem, shownOutput, example, cli));
  }

  const source = readSource({ displayPath: toDisplayPath(file), absolutePath: input });
  if ('problem' in source) return fail(describeProblem(source.problem, cli, 'render'));

  let bytes: Uint8Array;
  try {
    const today = io.now();
    const analysis = analyzeMinutes(source.text, {
      locale: request.lang,
      today: { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() },
      knownMembers: new WorkspaceMembers().membersFor(input),
    });
    bytes = await exportMinutes(analysis, request.to);
  } catch (error) {
    return fail(messages.failed(toDisplayPath(file), error instanceof Error ? (error.stack ?? error.message) : String(error)));
  }

  if (toStdout) {
    io.stdout(new TextDecoder().decode(bytes));
    return ExitStatus.ok;
  }
  try {
    await writeFileSafely(output, bytes, { overwrite: request.force });
  } catch (error) {
    if (error instanceof FileExistsError) return fail(messages.outputExists(shownOutput));
    return fail(messages.cannotWrite(shownOutput, writeFailureReason(error, cli)));
  }
  io.stdout(`${messages.written(shownOutput)}\n`);
  return ExitStatus.ok;
}

/** `meeting.minutes` → `meeting.pdf`, next to the source. */
function defaultOutput(input: string, format: ExportFormat): string {
  const extension = extname(input);
  return `${extension ? input.slice(0, -extension.length) : input}.${format}`;
}

/**
 * Whether two paths name one existing file — through a symbolic link or a hard link, say — so
 * that writing the output would replace the source.
 */
function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    // The output does not exist yet (or the source cannot be read, which is reported next).
    return false;
  }
}
