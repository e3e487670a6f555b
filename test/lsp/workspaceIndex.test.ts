import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
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
});
