import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { summarizeMinutes } from '../../server/src/core/index';
import { SUMMARY_CACHE_FILE, SummaryCache } from '../../server/src/lsp/workspace/summaryCache';
import { eventually } from '../helpers/eventually';
import { root } from '../helpers/expect';
import { LspClient } from './harness';

interface Status {
  readonly ready: boolean;
  readonly files: number;
  readonly fromCache?: number;
}

/** Waits until `condition` holds (see `eventually`). */
const until = (condition: () => boolean | Promise<boolean>, what: string) => eventually(async () => ((await condition()) ? true : undefined), what);

describe('language server: the workspace index kept between runs', function () {
  this.timeout(30_000);
  let folder: string;
  let storage: string;
  let series: string;
  let client: LspClient | undefined;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'minutes-cache-ws-'));
    storage = mkdtempSync(join(tmpdir(), 'minutes-cache-store-'));
    series = join(folder, 'styrelsen');
    cpSync(join(root, 'test/fixtures/series/styrelsen'), series, { recursive: true });
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(folder, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  });

  /** Starts a server on the workspace, as VS Code does with a storage folder (or without), and waits for its index. */
  async function start(withStorage = true): Promise<Status> {
    await client?.stop();
    client = await LspClient.start({ locale: 'en', workspaceFolders: [pathToFileURL(folder).href], ...(withStorage ? { initializationOptions: { storagePath: storage } } : {}) });
    let status: Status | undefined;
    await until(async () => {
      status = await client?.request<Status>('minutes/workspaceStatus', {});
      return status?.ready === true;
    }, 'the index to be ready');
    return status as Status;
  }

  const cacheFile = () => join(storage, SUMMARY_CACHE_FILE);

  it('reads every file the first time, then only the files changed since', async () => {
    const first = await start();
    assert.deepEqual([first.files, first.fromCache], [3, 0]);
    await until(() => existsSync(cacheFile()), 'the cache to be written');

    // One meeting gets a new action; its size and modification time change.
    const changed = join(series, '2024-05-14.minutes');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('ta fram ett budgetförslag', 'beställa kaffe'));
    const later = new Date(Date.now() + 60_000);
    utimesSync(changed, later, later);

    const second = await start();
    assert.deepEqual([second.files, second.fromCache], [3, 2]);
    // The changed file was read again: its new action is found.
    const symbols = await client?.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'kaffe' });
    assert.deepEqual(symbols?.map((s) => s.name), ['Anna Berg: beställa kaffe.']);

    // Nothing changed since: every summary comes from the cache.
    await until(() => (JSON.parse(readFileSync(cacheFile(), 'utf8')) as { entries: unknown[] }).entries.length === 3, 'the cache to be rewritten');
    const third = await start();
    assert.deepEqual([third.files, third.fromCache], [3, 3]);
    // The summaries from the cache answer as the files would: the same action, the other meetings.
    const again = await client?.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'kaffe' });
    assert.deepEqual(again?.map((s) => s.name), ['Anna Berg: beställa kaffe.']);
    const rollup = await client?.request<{ actions: { task: string }[] }>('minutes/actions', {});
    assert.ok((rollup?.actions.length ?? 0) > 5, `actions of the series from the cache: ${JSON.stringify(rollup)?.slice(0, 200)}`);
    assert.ok(rollup?.actions.some((a) => a.task === 'beställa kaffe.'), 'the changed action among them');
  });

  it('reads every file again when the cache is damaged, and forgets a deleted file', async () => {
    await start();
    await until(() => existsSync(cacheFile()), 'the cache to be written');
    writeFileSync(cacheFile(), '{"layout": 1, "identity": ');
    const afterDamage = await start();
    assert.deepEqual([afterDamage.files, afterDamage.fromCache], [3, 0]);

    await until(() => {
      try {
        return (JSON.parse(readFileSync(cacheFile(), 'utf8')) as { entries: unknown[] }).entries.length === 3;
      } catch {
        return false;
      }
    }, 'the cache to be written again');
    rmSync(join(series, '2024-03-05.minutes'));
    const afterDelete = await start();
    assert.deepEqual([afterDelete.files, afterDelete.fromCache], [2, 2]);
  });

  it('keeps nothing for a client that names no storage folder', async () => {
    const status = await start(false);
    assert.deepEqual([status.files, status.fromCache], [3, 0]);
    assert.equal(existsSync(cacheFile()), false);
  });
});

describe('SummaryCache', () => {
  let storage: string;
  beforeEach(() => {
    storage = mkdtempSync(join(tmpdir(), 'minutes-cache-unit-'));
  });
  afterEach(() => rmSync(storage, { recursive: true, force: true }));

  const summary = summarizeMinutes('file:///x.minutes', readFileSync(join(root, 'examples/kommunchefsgruppen.minutes'), 'utf8'));

  it('gives back what was saved, for the same identity only', async () => {
    await new SummaryCache(storage, 'build-1|2026').save(new Map([['/x.minutes', { mtimeMs: 5, size: 7, summary }]]));
    assert.deepEqual([...new SummaryCache(storage, 'build-1|2026').load()], [['/x.minutes', { mtimeMs: 5, size: 7, summary }]]);
    assert.equal(new SummaryCache(storage, 'build-2|2026').load().size, 0);
    assert.equal(new SummaryCache(storage, 'build-1|2027').load().size, 0);
  });

  it('skips damaged entries and reads a missing file as empty', async () => {
    assert.equal(new SummaryCache(storage, 'b').load().size, 0);
    writeFileSync(join(storage, SUMMARY_CACHE_FILE), JSON.stringify({ layout: 1, identity: 'b', entries: [['/a', 1, 2, summary], ['/b', 'x', 2, summary], ['/c', 1, 2, { file: 3 }], 'junk'] }));
    assert.deepEqual([...new SummaryCache(storage, 'b').load().keys()], ['/a']);
  });

  it('logs a failed write instead of throwing', async () => {
    const blocked = join(storage, 'file');
    writeFileSync(blocked, '');
    const logged: string[] = [];
    await new SummaryCache(join(blocked, 'below'), 'b', (message) => logged.push(message)).save(new Map());
    assert.equal(logged.length, 1);
    assert.match(logged[0] ?? '', /Keeping the workspace index/);
  });
});
