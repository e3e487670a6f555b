import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MeetingSummary } from '../../core';
import { writeFileSafely } from '../../node/safeWrite';

/** The cache's file inside the storage folder the client names. */
export const SUMMARY_CACHE_FILE = 'workspace-index.json';

/** Bumped when the file's layout changes; a file of another layout is ignored. */
const LAYOUT = 1;

/** A file's summary, and the file's size and modification time when it was read. */
export interface CachedSummary {
  readonly mtimeMs: number;
  readonly size: number;
  readonly summary: MeetingSummary;
}

interface CacheFile {
  readonly layout: number;
  readonly identity: string;
  readonly entries: readonly (readonly [path: string, mtimeMs: number, size: number, summary: MeetingSummary])[];
}

/**
 * The workspace index's summaries kept on disk between two runs of the server, so that opening
 * a workspace again reads only the minutes files changed since: a file whose size and
 * modification time are what they were is not read or parsed, its summary comes from here.
 *
 * The cache is a convenience and never an authority. It belongs to one build of the server and
 * one calendar year (`identity`: summaries depend on the parser, and dates written without a year
 * in a file without `Datum:` take the current one); a file of another identity, a damaged file or
 * one that cannot be read counts as empty, and a failed write is only logged. The file is
 * replaced atomically (`writeFileSafely`), so two editor windows on one workspace never see half
 * a file. Clients that name no storage folder (`initializationOptions.storagePath`) get no cache.
 */
export class SummaryCache {
  readonly path: string;

  constructor(
    storageFolder: string,
    private readonly identity: string,
    private readonly logError: (message: string) => void = () => undefined,
  ) {
    this.path = join(storageFolder, SUMMARY_CACHE_FILE);
  }

  /** The summaries kept by an earlier run, by path; empty when there is no usable cache. */
  load(): Map<string, CachedSummary> {
    const out = new Map<string, CachedSummary>();
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch {
      return out;
    }
    if (!isCacheFile(parsed) || parsed.layout !== LAYOUT || parsed.identity !== this.identity) return out;
    for (const entry of parsed.entries) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'number' || typeof entry[2] !== 'number' || !isSummary(entry[3])) continue;
      out.set(entry[0], { mtimeMs: entry[1], size: entry[2], summary: entry[3] });
    }
    return out;
  }

  /** Replaces the cache with `entries`. Never throws. */
  async save(entries: ReadonlyMap<string, CachedSummary>): Promise<void> {
    const file: CacheFile = {
      layout: LAYOUT,
      identity: this.identity,
      entries: [...entries].map(([path, cached]) => [path, cached.mtimeMs, cached.size, cached.summary] as const),
    };
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      await writeFileSafely(this.path, JSON.stringify(file), { overwrite: true });
    } catch (error) {
      this.logError(`Keeping the workspace index in ${this.path} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/**
 * What a cache must match to be used: this server's build (the size and modification time of the
 * running script, so any rebuild or update starts afresh) and the current year.
 */
export function cacheIdentity(serverScript: string | undefined, year: number): string {
  let build = 'unknown';
  try {
    if (serverScript) {
      const stats = statSync(serverScript);
      build = `${stats.size}:${stats.mtimeMs}`;
    }
  } catch {
    // An unknown build still gets a cache of its own; a later build will not match it.
  }
  return `${build}|${year}`;
}

function isCacheFile(value: unknown): value is CacheFile {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.layout === 'number' && typeof record.identity === 'string' && Array.isArray(record.entries);
}

/** Enough of a summary's shape to rely on: a damaged entry is skipped, and its file read again. */
function isSummary(value: unknown): value is MeetingSummary {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.file === 'string' && Array.isArray(record.attendees) && Array.isArray(record.items) && Array.isArray(record.actions) && Array.isArray(record.namedInFields) && typeof record.titleRange === 'object';
}
