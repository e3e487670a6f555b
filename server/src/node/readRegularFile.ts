/**
 * Reading a file that a user (or a folder walk) named, without hanging or exhausting memory.
 * `readFileSync` on a named pipe waits for a writer for ever, and on a device such as `/dev/zero`
 * or `/dev/urandom` it reads until memory runs out. These functions open the path without
 * blocking, check that it is a regular file (and, when asked, not larger than a limit) and only
 * then read it. Anything else is an error with a `code` — `ENOTREG` for a pipe, device, socket or
 * folder, `EFBIG` for a file over the limit — so callers report it like any other unreadable path.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** Opening a named pipe with this flag returns at once instead of waiting for a writer. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export interface ReadLimits {
  /** The largest file to read, in bytes; larger ones fail with `EFBIG`. No limit when absent. */
  readonly maxBytes?: number;
}

function refusal(path: string, size: number, isFile: boolean, limits: ReadLimits): NodeJS.ErrnoException | undefined {
  if (!isFile) return Object.assign(new Error(`not a regular file (a folder, pipe, socket or device): ${path}`), { code: 'ENOTREG', path });
  if (limits.maxBytes !== undefined && size > limits.maxBytes) return Object.assign(new Error(`file too large (${size} bytes, at most ${limits.maxBytes}): ${path}`), { code: 'EFBIG', path });
  return undefined;
}

/** The bytes of the regular file `path`; throws (with a `code`) for anything else. */
export function readRegularFileSync(path: string, limits: ReadLimits = {}): Uint8Array {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd);
    const problem = refusal(path, stats.size, stats.isFile(), limits);
    if (problem) throw problem;
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The bytes of the regular file `path`, asynchronously; throws (with a `code`) for anything else. */
export async function readRegularFile(path: string, limits: ReadLimits = {}): Promise<Uint8Array> {
  const handle = await open(path, OPEN_FLAGS);
  try {
    const stats = await handle.stat();
    const problem = refusal(path, stats.size, stats.isFile(), limits);
    if (problem) throw problem;
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
