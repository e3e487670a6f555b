import { statSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { nameKey, rollUpActions, summarizeMinutes, type CalendarDate, type MeetingSummary, type SeriesAction } from '../../core';
import { findMinutesFiles, pathToUri, readMinutesFile, readMinutesFileSync, uriToPath } from './files';
import { cacheIdentity, SummaryCache, type CachedSummary } from './summaryCache';

/** How many files the scan reads between two turns of the event loop. */
const SCAN_BATCH = 50;

/**
 * How long typing must pause before an open document is summarised again. Summarising reads the
 * whole document, so doing it on every keystroke would cost a full parse per key; anything that
 * reads the index first summarises what is still waiting, so no answer is stale.
 */
export const OPEN_SUMMARY_DELAY_MS = 300;

/**
 * Every minutes file of the workspace folders, as a `MeetingSummary` (header, attendees, items,
 * actions), kept current from three sources: a scan of the folders at start, the file watcher
 * (`workspace/didChangeWatchedFiles`) for files changed on disk, and the open documents, whose
 * unsaved text wins over the disk while they are open. Keys are file-system paths, so the URI
 * spellings of different clients meet; each summary names its file by URI.
 */
export class WorkspaceIndex {
  private readonly summaries = new Map<string, MeetingSummary>();
  /** Path → URI of the documents open in the editor, whose text comes from the editor. */
  private readonly open = new Map<string, string>();
  private folders: readonly string[] = [];
  /** Folder → the members learnt there; dropped whenever any file's attendees change. */
  private readonly membersByFolder = new Map<string, readonly { readonly name: string; readonly files: readonly string[] }[]>();
  private changeListeners: (() => void)[] = [];
  private membersListeners: (() => void)[] = [];
  /** Bumped on every change, so callers can cache what they derive (workspace symbols). */
  version = 0;
  /** The last scan: files, milliseconds, and how many summaries came from the cache unread. */
  lastScan: { files: number; ms: number; fromCache: number } | undefined;
  /** Where summaries are kept between runs of the server, when the client named a place. */
  private cache: SummaryCache | undefined;
  /** Open documents edited since they were last summarised: path → URI and the way to get the text. */
  private readonly pendingOpen = new Map<string, { readonly uri: string; readonly text: () => string }>();
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  /** How many times an open document's text was summarised (for tests and the status request). */
  openSummaries = 0;

  /** Per path, the number of the latest read of the file from disk (see `reread`). */
  private readonly reads = new Map<string, number>();

  constructor(
    private readonly today: () => CalendarDate,
    private readonly logError: (message: string) => void = () => undefined,
    /** Reads a file from disk; replaceable for tests. */
    private readonly readFile: (path: string) => Promise<string | undefined> = readMinutesFile,
  ) {}

  /**
   * Keeps the summaries in `storageFolder` between runs (see `summaryCache.ts`): the start-up scan
   * then reads only the files changed since the last one. `serverScript` is the running server's
   * file, whose build the cache must match.
   */
  keepSummariesIn(storageFolder: string, serverScript: string | undefined): void {
    this.cache = new SummaryCache(storageFolder, cacheIdentity(serverScript, this.today().year), this.logError);
  }

  /** The workspace folders (file-system paths) to scan. */
  setFolders(folders: readonly string[]): void {
    this.folders = [...folders];
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** Called after any file's summary changed (debounce in the listener if needed). */
  onDidChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  /** Called when the attendees of some file changed, so the members learnt from them may have. */
  onDidChangeMembers(listener: () => void): void {
    this.membersListeners.push(listener);
  }

  /**
   * Reads every minutes file under the workspace folders. Open documents keep their editor text.
   * Files are read in batches, yielding to the event loop between them, so requests are answered
   * while a large workspace is being read. (Reading on worker threads was tried and measured
   * slower on the two shared cores of the development machine: each thread compiles the parser
   * anew, and the summaries must be copied back.)
   */
  async scan(folders?: readonly string[]): Promise<{ files: number; ms: number; fromCache: number }> {
    const started = performance.now();
    const paths = (await Promise.all((folders ?? this.folders).map(findMinutesFiles))).flat();
    // Only the scan of every folder uses the cache: it holds the whole workspace, and a folder
    // added later is read as it is.
    const cache = folders === undefined ? this.cache : undefined;
    const cached = cache?.load() ?? new Map<string, CachedSummary>();
    const kept = new Map<string, CachedSummary>();
    let fromCache = 0;
    for (let i = 0; i < paths.length; i += SCAN_BATCH) {
      for (const path of paths.slice(i, i + SCAN_BATCH)) {
        // Open in the editor, or changed on disk since the scan began (its own read is newer).
        if (this.open.has(path) || this.reads.has(path)) continue;
        // Size and modification time are needed only to use and fill the cache.
        let stats;
        try {
          stats = cache ? statSync(path) : undefined;
        } catch {
          continue;
        }
        const hit = cached.get(path);
        const unchanged = stats !== undefined && hit !== undefined && hit.mtimeMs === stats.mtimeMs && hit.size === stats.size;
        const summary = unchanged ? hit.summary : this.summarize(pathToUri(path), readMinutesFileSync(path));
        if (unchanged) fromCache++;
        if (!summary) continue;
        this.summaries.set(path, summary);
        if (stats) kept.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, summary });
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.lastScan = { files: this.summaries.size, ms: performance.now() - started, fromCache };
    // Written after the scan, not timed, and only when something differs from what was kept.
    if (cache && (fromCache !== kept.size || cached.size !== kept.size)) void cache.save(kept);
    this.changed(true);
    return this.lastScan;
  }

  /**
   * The workspace folders changed: files under a removed folder leave the index (unless open, or
   * also under a folder that stays), and an added folder is scanned.
   */
  async changeFolders(added: readonly string[], removed: readonly string[]): Promise<void> {
    const gone = removed.filter((folder) => this.folders.includes(folder));
    const fresh = added.filter((folder) => !this.folders.includes(folder));
    this.folders = [...this.folders.filter((folder) => !gone.includes(folder)), ...fresh];
    let attendeesGone = false;
    let removedAny = false;
    for (const [file, summary] of this.summaries) {
      if (this.open.has(file) || this.inFolders(file)) continue;
      this.summaries.delete(file);
      removedAny = true;
      attendeesGone ||= summary.attendees.length > 0;
    }
    if (removedAny) this.changed(attendeesGone);
    if (fresh.length > 0) await this.scan(fresh);
  }

  /**
   * An open document's text changed (or it was opened). From now on its text comes from the
   * editor; it is summarised once typing pauses for `OPEN_SUMMARY_DELAY_MS`, or before the index
   * is next read, whichever comes first. `text` is called then, so it gives the latest text.
   */
  openTextChanged(uri: string, text: () => string): void {
    const path = uriToPath(uri);
    // Minutes outside the workspace folders are no part of any series here.
    if (path === undefined || !path.endsWith('.minutes') || !this.inFolders(path)) return;
    this.open.set(path, uri);
    this.pendingOpen.set(path, { uri, text });
    if (this.pendingTimer !== undefined) clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => this.flushOpen(), OPEN_SUMMARY_DELAY_MS);
  }

  /** Summarises every open document changed since it was last summarised. */
  flushOpen(): void {
    if (this.pendingTimer !== undefined) clearTimeout(this.pendingTimer);
    this.pendingTimer = undefined;
    if (this.pendingOpen.size === 0) return;
    const pending = [...this.pendingOpen];
    this.pendingOpen.clear();
    for (const [path, { uri, text }] of pending) {
      if (this.open.get(path) !== uri) continue;
      this.openSummaries++;
      const summary = this.summarize(uri, text());
      if (summary) this.store(path, summary);
    }
  }

  /** A document was closed: its file on disk counts again (it may have been closed unsaved). */
  async closed(uri: string): Promise<void> {
    const path = uriToPath(uri);
    if (path === undefined || !this.open.delete(path)) return;
    this.pendingOpen.delete(path);
    await this.reread(path);
  }

  /** A file was created or changed on disk; ignored while the document is open in the editor. */
  async fileChanged(uri: string): Promise<void> {
    const path = uriToPath(uri);
    if (path === undefined || this.open.has(path) || !this.inFolders(path)) return;
    const folder = dirname(path);
    // The first file of a folder the index has not seen: a folder created with several files at
    // once may be reported by some of them only, so the other minutes files in it are read too.
    const newFolder = ![...this.summaries.keys()].some((file) => dirname(file) === folder);
    const own = this.reread(path);
    if (!newFolder) return own;
    const siblings = (await findMinutesFiles(folder)).filter((file) => dirname(file) === folder && !this.open.has(file) && !this.reads.has(file));
    await Promise.all([own, ...siblings.map((file) => this.reread(file))]);
  }

  /** A file was deleted on disk — or a folder, which takes the files below it along. */
  fileDeleted(uri: string): void {
    const path = uriToPath(uri);
    if (path === undefined) return;
    const prefix = path.endsWith(sep) ? path : path + sep;
    let attendeesGone = false;
    let removed = false;
    for (const [file, summary] of this.summaries) {
      if ((file !== path && !file.startsWith(prefix)) || this.open.has(file)) continue;
      this.summaries.delete(file);
      // A read of the file still on its way must not bring it back.
      this.reads.set(file, (this.reads.get(file) ?? 0) + 1);
      removed = true;
      attendeesGone ||= summary.attendees.length > 0;
    }
    if (removed) this.changed(attendeesGone);
  }

  /** Every meeting of the workspace. */
  meetings(): MeetingSummary[] {
    this.flushOpen();
    return [...this.summaries.values()];
  }

  /** The meeting of one file, if indexed. */
  meeting(uri: string): MeetingSummary | undefined {
    this.flushOpen();
    const path = uriToPath(uri);
    return path === undefined ? undefined : this.summaries.get(path);
  }

  /** The URI to use for a path: the editor's while the document is open. */
  uriOf(path: string): string {
    return this.open.get(path) ?? pathToUri(path);
  }

  /** The meetings of the folder `folder` (not its subfolders): one series. */
  series(folder: string): MeetingSummary[] {
    this.flushOpen();
    return [...this.summaries].filter(([path]) => dirname(path) === folder).map(([, summary]) => summary);
  }

  /** The actions of every series, each series rolled up on its own (see `rollUpActions`). */
  actions(): SeriesAction[] {
    this.flushOpen();
    const byFolder = new Map<string, MeetingSummary[]>();
    for (const [path, summary] of this.summaries) {
      const folder = dirname(path);
      const list = byFolder.get(folder);
      if (list) list.push(summary);
      else byFolder.set(folder, [summary]);
    }
    return [...byFolder.values()].flatMap((meetings) => rollUpActions(meetings));
  }

  /**
   * The members learnt for the document `uri`: the attendees of every other minutes file in its
   * folder and the folders below it (its own attendees are attendees already). Cached per folder
   * until some file's attendees change.
   */
  membersFor(uri: string): readonly string[] {
    const path = uriToPath(uri);
    if (path === undefined) return [];
    const folder = dirname(path);
    let names = this.membersByFolder.get(folder);
    if (!names) {
      const prefix = folder.endsWith(sep) ? folder : folder + sep;
      const found = new Map<string, { name: string; files: string[] }>();
      for (const [file, summary] of this.summaries) {
        if (!file.startsWith(prefix)) continue;
        for (const attendee of summary.attendees) {
          const key = nameKey(attendee.name);
          const entry = found.get(key);
          if (!entry) found.set(key, { name: attendee.name, files: [file] });
          else if (!entry.files.includes(file)) entry.files.push(file);
        }
      }
      names = [...found.values()];
      this.membersByFolder.set(folder, names);
    }
    return names.filter((entry) => entry.files.some((file) => file !== path)).map((entry) => entry.name);
  }

  private inFolders(path: string): boolean {
    return this.folders.some((folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep));
  }

  private async reread(path: string): Promise<void> {
    // A file written in steps sends several change events, and their reads may finish in any
    // order: only the latest read of a file counts, so an earlier, shorter text never wins.
    const read = (this.reads.get(path) ?? 0) + 1;
    this.reads.set(path, read);
    const text = await this.readFile(path);
    if (this.reads.get(path) !== read) return;
    if (this.open.has(path)) return; // opened while reading: the editor's text wins
    if (text === undefined) {
      const before = this.summaries.get(path);
      if (!before) return;
      this.summaries.delete(path);
      this.changed(before.attendees.length > 0);
      return;
    }
    const summary = this.summarize(pathToUri(path), text);
    if (summary) this.store(path, summary);
  }

  /**
   * The summary of one file. The core never throws by design; should it, that file is left out
   * (and logged) rather than the whole index lost.
   */
  private summarize(uri: string, text: string | undefined): MeetingSummary | undefined {
    if (text === undefined) return undefined;
    try {
      return summarizeMinutes(uri, text, { today: this.today() });
    } catch (error) {
      this.logError(`Indexing ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
  }

  private store(path: string, summary: MeetingSummary): void {
    const before = this.summaries.get(path);
    this.summaries.set(path, summary);
    const attendees = (s: MeetingSummary | undefined) => (s ? s.attendees.map((a) => nameKey(a.name)).join('\n') : '');
    this.changed(attendees(before) !== attendees(summary));
  }

  private changed(membersChanged: boolean): void {
    this.version++;
    if (membersChanged) this.membersByFolder.clear();
    for (const listener of this.changeListeners) listener();
    if (membersChanged) for (const listener of this.membersListeners) listener();
  }
}
