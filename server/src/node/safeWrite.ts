/**
 * Writing a file without ever losing data. Every command that writes a file (the exports, a new
 * meeting; from the CLI and from VS Code) goes through `writeFileSafely`:
 *
 * - it refuses to replace an existing file unless the caller says so (`overwrite: true`, after the
 *   user confirmed), by throwing `FileExistsError`;
 * - it writes atomically with `write-file-atomic`: the data goes to a temporary file next to the
 *   target, is flushed to disk, and only then renamed over the target, so a reader sees either the
 *   old file or the complete new one, never a half-written one;
 * - when anything fails (a missing folder, a full disk, a path under a regular file) the error is
 *   passed on and the temporary file is removed, so nothing is left behind.
 *
 * The existence check and the rename are two steps: a file created by another program in between
 * would be replaced. Editors and the CLI write one export at a time, so that window is accepted.
 */
import { lstat } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';

/** Thrown by `writeFileSafely` when the target exists and overwriting was not allowed. */
export class FileExistsError extends Error {
  readonly path: string;

  constructor(path: string) {
    super(`File already exists: ${path}`);
    this.name = 'FileExistsError';
    this.path = path;
  }
}

export interface SafeWriteOptions {
  /** Replace an existing file. Set only after the user confirmed (or asked for it, e.g. `--force`). */
  readonly overwrite: boolean;
}

/**
 * Whether anything exists at `path`: a file, a folder, or a symbolic link (even a dangling one, which
 * a write would replace). A path that cannot exist because a parent is a regular file counts as
 * absent; any other error (e.g. permission denied) is passed on rather than guessed at.
 */
export async function fileExists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw error;
  }
}

/** Writes `data` (text as UTF-8, or bytes) to `path` atomically; see the file comment. */
export async function writeFileSafely(
  path: string,
  data: string | Uint8Array,
  options: SafeWriteOptions,
): Promise<void> {
  if (!options.overwrite && (await fileExists(path))) throw new FileExistsError(path);
  const contents = typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  try {
    await writeFileAtomic(path, contents, { encoding: 'utf8', fsync: true });
  } catch (error) {
    throw namingTarget(error, path);
  }
}

/**
 * The error of a failed write, naming the file the user asked for rather than the temporary
 * file next to it (`x.minutes.2188092078`), which the user never heard of and which is gone.
 */
function namingTarget(error: unknown, path: string): unknown {
  if (!(error instanceof Error)) return error;
  const failure = error as NodeJS.ErrnoException;
  const temporary = typeof failure.path === 'string' && failure.path !== path && failure.path.startsWith(path) ? failure.path : undefined;
  if (temporary === undefined) return error;
  failure.message = failure.message.split(temporary).join(path);
  failure.path = path;
  return failure;
}
