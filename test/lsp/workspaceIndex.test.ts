import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspaceIndex } from '../../server/src/lsp/workspace/workspaceIndex';

/**
 * The workspace index in-process, with a reader the test controls: a file written in steps sends
 * several change events, and the reads they start may finish in any order.
 */
describe('the workspace index: files changed on disk', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'minutes-index-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps the text of the latest read when an earlier read of the same file finishes last', async () => {
    const pending: { resolve: (text: string | undefined) => void }[] = [];
    const index = new WorkspaceIndex(
      () => ({ year: 2024, month: 6, day: 1 }),
      () => undefined,
      () => new Promise((resolve) => pending.push({ resolve })),
    );
    index.setFolders([folder]);
    const uri = pathToFileURL(join(folder, '2024-05-14.minutes')).href;
    const first = index.fileChanged(uri); // the file was created empty…
    const second = index.fileChanged(uri); // …and then written
    assert.equal(pending.length, 2);
    const full = ['Anteckningar', 'Datum: 2024-05-14', '', 'NÄRVARANDE', 'Bo Ek', '', '1. Ekonomi', 'Uppdrag: Bo Ek – betala fakturorna.', ''].join('\n');
    pending[1]?.resolve(full);
    await second;
    pending[0]?.resolve('');
    await first;
    assert.deepEqual(
      index.actions().map((a) => a.task),
      ['betala fakturorna.'],
    );
  });

  it('lets neither the start-up scan nor a late read bring back an older text or a deleted file', async () => {
    const pending: { path: string; resolve: (text: string | undefined) => void }[] = [];
    const index = new WorkspaceIndex(
      () => ({ year: 2024, month: 6, day: 1 }),
      () => undefined,
      (path) => new Promise((resolve) => pending.push({ path, resolve })),
    );
    index.setFolders([folder]);
    const path = join(folder, '2024-05-14.minutes');
    // The file is on disk, empty, when the scan lists it; it is written and its event read meanwhile.
    writeFileSync(path, '');
    const scan = index.scan();
    const changed = index.fileChanged(pathToFileURL(path).href);
    pending[0]?.resolve(['Anteckningar', 'Datum: 2024-05-14', '', '1. Ekonomi', 'Uppdrag: Bo Ek – betala.', ''].join('\n'));
    await changed;
    await scan;
    assert.deepEqual(index.actions().map((a) => a.task), ['betala.']);
    // Deleted while a read of it is on its way: it stays deleted.
    const late = index.fileChanged(pathToFileURL(path).href);
    index.fileDeleted(pathToFileURL(path).href);
    pending[1]?.resolve('Anteckningar\n\n1. Ekonomi\nUppdrag: Bo Ek – igen.\n');
    await late;
    assert.deepEqual(index.actions(), []);
  });

  it('reads every file of a new folder when only one of them is reported', async () => {
    const index = new WorkspaceIndex(() => ({ year: 2024, month: 6, day: 1 }));
    index.setFolders([folder]);
    const series = join(folder, 'styrelsen');
    mkdirSync(series);
    const meeting = (date: string, task: string) => ['Anteckningar', `Datum: ${date}`, '', '1. Punkt', `Uppdrag: Bo Ek – ${task}`, ''].join('\n');
    writeFileSync(join(series, '2024-03-05.minutes'), meeting('2024-03-05', 'första.'));
    writeFileSync(join(series, '2024-04-09.minutes'), meeting('2024-04-09', 'andra.'));
    // The watcher reported the second file only.
    await index.fileChanged(pathToFileURL(join(series, '2024-04-09.minutes')).href);
    assert.deepEqual(index.actions().map((a) => a.task).sort(), ['andra.', 'första.']);
  });
});
