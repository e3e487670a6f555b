import { statSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { toDisplayPath } from './collectFiles';
import type { CliMessages } from './messages';

/**
 * The checks a file to write passes before anything is rendered or written (`render -o`,
 * `new -o`), so that a folder or a missing folder gets a message in the user's words instead of
 * a file named like the folder, or Node's English `EISDIR`/`ENOENT`.
 */
export type OutputProblem =
  /** The path ends in `/`, or names an existing folder: never written, `--force` or not. */
  | { readonly kind: 'isFolder' }
  /** It names a device, a pipe or a socket: writing a file there would replace it. */
  | { readonly kind: 'notRegularFile' }
  /** The folder the file would go in does not exist (as shown). */
  | { readonly kind: 'folderMissing'; readonly folder: string }
  /** The "folder" the file would go in is a file (as shown). */
  | { readonly kind: 'parentNotFolder'; readonly parent: string };

/**
 * Why the file `output` (absolute) cannot be written, if it visibly cannot. `given` is the path
 * as the user wrote it (undefined for a default name) and `shown` the path as messages show it.
 * Anything else that goes wrong (permissions, a full disk) is left to the write to find.
 */
export function outputPathProblem(output: string, given: string | undefined, shown: string): OutputProblem | undefined {
  if (given !== undefined && (given.endsWith('/') || given.endsWith(sep))) {
    // `-o notes.md/`: a file written as a folder is named as the file it is.
    try {
      if (statSync(output).isFile()) return { kind: 'parentNotFolder', parent: toDisplayPath(given.replace(/[\\/]+$/, '')) };
    } catch {
      // Nothing there: a folder was meant.
    }
    return { kind: 'isFolder' };
  }
  try {
    const found = statSync(output);
    if (found.isDirectory()) return { kind: 'isFolder' };
    if (!found.isFile()) return { kind: 'notRegularFile' };
  } catch {
    // Nothing there yet (the usual case), or nothing that can be looked at: the folder is next.
  }
  const folder = toDisplayPath(dirname(shown));
  try {
    if (!statSync(dirname(output)).isDirectory()) return { kind: 'parentNotFolder', parent: folder };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'folderMissing', folder };
  }
  return undefined;
}

/** An output problem in words; `example` is a file in the folder named, for the hint. */
export function describeOutputProblem(problem: OutputProblem, shown: string, example: string, messages: CliMessages): string {
  switch (problem.kind) {
    case 'isFolder':
      return messages.outputIsFolder(shown, example);
    case 'notRegularFile':
      return messages.outputNotRegularFile(shown);
    case 'folderMissing':
      return messages.outputFolderMissing(shown, problem.folder);
    case 'parentNotFolder':
      return messages.outputParentNotFolder(shown, problem.parent);
  }
}

/** Why a write failed, in the user's words when the error code has words, else as Node says it. */
export function writeFailureReason(error: unknown, messages: CliMessages): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const words = typeof code === 'string' ? messages.systemError(code) : undefined;
  return words ?? (error instanceof Error ? error.message : String(error));
}
