import { readdir } from 'node:fs/promises';
import { readRegularFile, readRegularFileSync } from '../../node/readRegularFile';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MINUTES_EXTENSION = '.minutes';

/** The file-system path of a `file:` URI, or undefined for any other scheme (an untitled document). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** Folders never searched, as `minutes check` skips them: installed packages and dot-folders. */
function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * Every `*.minutes` file under `folder`, searched recursively, sorted. Folders that cannot be
 * listed are skipped: the index is a convenience, and one unreadable folder must not stop it.
 * Symbolic links are not followed, so a link cannot make the search loop.
 */
export async function findMinutesFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const subfolders: string[] = [];
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) subfolders.push(join(dir, entry.name));
      } else if (entry.isFile() && entry.name.endsWith(MINUTES_EXTENSION)) found.push(join(dir, entry.name));
    }
    await Promise.all(subfolders.map(walk));
  };
  await walk(folder);
  return found.sort();
}

const decoder = new TextDecoder('utf-8');

/**
 * Files larger than this are left out of the index: a pipe, a device or a file of tens of
 * megabytes in the workspace must not stall the server (an open document is limited separately,
 * by `minutes.maxDocumentSize`).
 */
const MAX_INDEXED_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The text of a minutes file, or undefined when it cannot be read or is not text (it holds a NUL
 * byte). A byte-order mark is dropped; invalid UTF-8 becomes U+FFFD rather than losing the file.
 */
export async function readMinutesFile(path: string): Promise<string | undefined> {
  try {
    return decodeMinutes(await readRegularFile(path, { maxBytes: MAX_INDEXED_FILE_BYTES }));
  } catch {
    return undefined;
  }
}

/**
 * The same, read synchronously: for the start-up scan, which reads small files in batches and
 * yields between them — cheaper than a promise and a thread-pool round trip per file.
 */
export function readMinutesFileSync(path: string): string | undefined {
  try {
    return decodeMinutes(readRegularFileSync(path, { maxBytes: MAX_INDEXED_FILE_BYTES }));
  } catch {
    return undefined;
  }
}

function decodeMinutes(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
