import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, DocumentDiagnosticReport, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { root } from '../helpers/expect';
import { LspClient, waitFor } from './harness';
import { seededRandom } from '../helpers/random';
import { positionOf } from '../helpers/positions';

/**
 * Pull diagnostics, as VS Code uses them: a client that declares `textDocument/diagnostic` asks
 * for a document's diagnostics and names the last report it holds; the server answers with every
 * diagnostic, or "unchanged" when that report still says it all. Nothing is pushed to such a
 * client. The document has more than a handful of diagnostics, so that a full report is written by
 * the stdio encoder piece by piece.
 */

const EXAMPLE = readFileSync(join(root, 'examples/kommunchefsgruppen.minutes'), 'utf8');
const EXTRA_ITEMS = Array.from({ length: 20 }, (_, i) => `${10 + i}. Extra punkt ${10 + i}\nUppdrag: Okänd Person ${i + 1} – gör något.\n\n`).join('');
const TEXT = EXAMPLE.replace('Antecknat av:', `${EXTRA_ITEMS}Antecknat av:`);
const PROSE = 'handlar om olika strategival';

function insertAt(text: string, offset: number, inserted: string): { text: string; change: TextDocumentContentChangeEvent } {
  const at = positionOf(text, offset);
  return { text: text.slice(0, offset) + inserted + text.slice(offset), change: { range: { start: at, end: at }, text: inserted } };
}

function full(report: DocumentDiagnosticReport): Diagnostic[] & { resultId: string } {
  assert.equal(report.kind, 'full', `expected a full report, got ${JSON.stringify(report)}`);
  assert.ok(report.resultId, 'a full report carries a result id');
  return Object.assign([...report.items], { resultId: report.resultId });
}

describe('protocol: pull diagnostics', function () {
  this.timeout(60000);
  let client: LspClient;
  afterEach(async () => client.stop());

  it('offers a diagnostic provider only to a client that can pull, and pushes nothing to it', async () => {
    client = await LspClient.start({ locale: 'sv' });
    assert.equal(client.initializeResult?.capabilities.diagnosticProvider, undefined);
    await client.stop();

    client = await LspClient.start({ locale: 'sv', pullDiagnostics: true });
    assert.deepEqual(client.initializeResult?.capabilities.diagnosticProvider, { identifier: 'minutes', interFileDependencies: false, workspaceDiagnostics: false });
    const uri = 'file:///test/pulled.minutes';
    await client.open(uri, TEXT);
    const first = full(await client.pull(uri));
    const unknown = first.filter((d) => d.code === 'unknown-assignee');
    assert.equal(unknown.length, 20, JSON.stringify(first.map((d) => d.code)));
    assert.ok(first.every((d) => d.source === 'minutes'));
    // The server answers in order: a diagnostic pushed after didOpen would have come before this answer.
    assert.equal(client.diagnostics.size, 0, 'nothing was published');
  });

  it('answers "unchanged" after an edit that changes no diagnostic, and everything after one that moves them', async () => {
    client = await LspClient.start({ locale: 'sv', pullDiagnostics: true });
    const uri = 'file:///test/typed.minutes';
    await client.open(uri, TEXT);
    const first = full(await client.pull(uri));

    // A letter typed in prose: every diagnostic stays where it was.
    let edit = insertAt(TEXT, TEXT.indexOf(PROSE) + PROSE.length, 'e');
    await client.change(uri, [edit.change]);
    assert.deepEqual(await client.pull(uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });

    // A line break there moves every diagnostic below it down a line.
    edit = insertAt(edit.text, edit.text.indexOf(PROSE), '\n');
    await client.change(uri, [edit.change]);
    const moved = full(await client.pull(uri, first.resultId));
    assert.notEqual(moved.resultId, first.resultId);
    const fresh = 'file:///test/fresh.minutes';
    await client.open(fresh, edit.text);
    assert.deepEqual([...moved], [...full(await client.pull(fresh))]);
    const firstUnknown = first.find((d) => d.code === 'unknown-assignee');
    const movedUnknown = moved.find((d) => d.code === 'unknown-assignee');
    assert.equal(movedUnknown?.range.start.line, (firstUnknown?.range.start.line ?? NaN) + 1);

    // A client that names a report the server did not make, or none, gets everything.
    assert.equal((await client.pull(uri, 'no-such-report')).kind, 'full');
    assert.equal((await client.pull(uri)).kind, 'full');
  });

  it('after random edits, what the client holds is what a fresh analysis of the text says', async () => {
    client = await LspClient.start({ locale: 'sv', pullDiagnostics: true });
    const uri = 'file:///test/edited.minutes';
    let text = TEXT;
    await client.open(uri, text);
    let held = full(await client.pull(uri));
    const pieces = ['e', 'Uppdrag: ', ' – ', 'Okänd Person', '\n', '\n30. Ny\n', 'punkt 14', 'Senast: 2024-02-30', ''];
    const next = seededRandom(7);
    let unchanged = 0;
    for (let step = 0; step < 40; step++) {
      const start = Math.floor(next() * text.length);
      const end = Math.min(text.length, start + Math.floor(next() * 4));
      const inserted = pieces[Math.floor(next() * pieces.length)] as string;
      // Often a letter in prose, where nothing changes; otherwise anything anywhere.
      const edit =
        next() < 0.4
          ? insertAt(text, Math.max(0, text.indexOf(PROSE)) + 3, 'a')
          : { text: text.slice(0, start) + inserted + text.slice(end), change: { range: { start: positionOf(text, start), end: positionOf(text, end) }, text: inserted } };
      text = edit.text;
      const change: TextDocumentContentChangeEvent = edit.change;
      await client.change(uri, [change]);
      const report = await client.pull(uri, held.resultId);
      if (report.kind === 'unchanged') {
        assert.equal(report.resultId, held.resultId);
        unchanged++;
      } else {
        held = full(report);
      }
      const fresh = `file:///test/fresh-${step}.minutes`;
      await client.open(fresh, text);
      assert.deepEqual([...held], [...full(await client.pull(fresh))], `step ${step}`);
      await client.close(fresh);
    }
    assert.ok(unchanged >= 5, `only ${unchanged} of 40 answers were "unchanged"`);
  });

  it('asks the client to pull again when the settings change, and then answers in full', async () => {
    const settings: { diagnostics: Record<string, string> } = { diagnostics: {} };
    client = await LspClient.start({ locale: 'sv', pullDiagnostics: true, settings });
    // The server reads the settings once it is initialized, and asks for a pull when it has them.
    await waitFor(() => client.refreshRequests >= 1, 5000, 'the refresh after the first settings');
    const uri = 'file:///test/settings.minutes';
    await client.open(uri, TEXT);
    const first = full(await client.pull(uri));
    assert.ok(first.some((d) => d.code === 'unknown-assignee'));
    const before = client.refreshRequests;
    settings.diagnostics['unknown-assignee'] = 'off';
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await waitFor(() => client.refreshRequests > before, 5000, 'workspace/diagnostic/refresh');
    const after = full(await client.pull(uri, first.resultId));
    assert.equal(after.filter((d) => d.code === 'unknown-assignee').length, 0);
    assert.equal(after.length, first.length - 20);
  });
});
