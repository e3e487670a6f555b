/**
 * The language server's workspace index on a hostile folder: symbolic-link loops (a folder that
 * contains itself, two folders linking to each other, a link above the root, a link to itself),
 * a named pipe, a folder and a dangling link named like minutes files, a binary file and one
 * that is not UTF-8. The index must finish, hold the readable minutes, and the server must stay
 * up and keep answering.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { LspClient } from '../lsp/harness';

const MEETING = (name: string) => `Anteckningar\nDatum: 2024-03-08\n\nNÄRVARANDE\n${name}\n\n1. Budget\nUppdrag: ${name} – skriv. Senast: 2024-04-01\n`;

describe('edge inputs: the workspace index on a folder with link loops and files that are not minutes', function () {
  this.timeout(60_000);
  let folder: string;
  let client: LspClient | undefined;

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'minutes-edge-ws-'));
    const at = (path: string) => join(folder, path);
    mkdirSync(at('a/sub'), { recursive: true });
    mkdirSync(at('x'));
    mkdirSync(at('y'));
    mkdirSync(at('folder.minutes'));
    writeFileSync(at('a/one.minutes'), MEETING('Eva Hessman'));
    writeFileSync(at('a/sub/two.minutes'), MEETING('Pia Alhäll'));
    writeFileSync(at('binary.minutes'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    writeFileSync(at('latin1.minutes'), new Uint8Array([...Buffer.from('Anteckningar\nNÄRVARANDE\nBo M'), 0xf6, 0x6c, 0x6c, 0x65, 0x72, 0x0a]));
    symlinkSync('.', at('a/self'));
    symlinkSync('../y', at('x/to-y'));
    symlinkSync('../x', at('y/to-x'));
    symlinkSync('../..', at('a/sub/up'));
    symlinkSync('loop.minutes', at('loop.minutes'));
    symlinkSync('gone.minutes', at('dangling.minutes'));
    // A named pipe: reading it would wait for a writer for ever.
    execFileSync('mkfifo', [at('pipe.minutes')]);
  });
  after(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('finishes indexing, keeps the readable minutes and answers requests', async () => {
    client = await LspClient.start({ locale: 'en', workspaceFolders: [pathToFileURL(folder).href] });
    const deadline = Date.now() + 20_000;
    let status: { ready: boolean; files: number } | undefined;
    while (!status?.ready) {
      assert.ok(Date.now() < deadline, 'the index did not become ready within 20 s');
      status = await client.request<{ ready: boolean; files: number }>('minutes/workspaceStatus', {});
      if (!status.ready) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'Pia' });
    assert.ok(symbols.some((s) => s.name.includes('Pia Alhäll')), JSON.stringify(symbols));
    const files = new Set((await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: '' })).map((s) => ('uri' in s.location ? s.location.uri : '').split('/').pop()));
    assert.ok(files.has('one.minutes') && files.has('two.minutes'), [...files].join(', '));
    assert.ok(!client.exited, client.serverLog);
  });
});
