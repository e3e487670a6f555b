import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionList, Location, WorkspaceEdit, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { eventually } from '../helpers/eventually';
import { root } from '../helpers/expect';
import { applyEdits } from './applyEdits';
import { LspClient } from './harness';

describe('language server: the workspace index', function () {
  this.timeout(30_000);
  let folder: string;
  let series: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(join(series, name)).href;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'minutes-ws-'));
    series = join(folder, 'styrelsen');
    cpSync(join(root, 'test/fixtures/series/styrelsen'), series, { recursive: true });
    client = await LspClient.start({ locale: 'en', workspaceFolders: [pathToFileURL(folder).href] });
    await eventually(async () => {
      const status = await client.request<{ ready: boolean; files: number }>('minutes/workspaceStatus', {});
      return status.ready ? status : undefined;
    }, 'the index to be ready');
  });

  afterEach(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Symbols as `kind name — container @file:line`, the only call site of workspace/symbol. */
  async function checkSymbols(query: string, expected: readonly string[]): Promise<void> {
    const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query });
    const lines = symbols.map((s) => {
      const location = s.location as Location;
      return `${s.kind} ${s.name}${s.containerName ? ` — ${s.containerName}` : ''} @${location.uri.split('/').pop()}:${location.range.start.line + 1}`;
    });
    assert.deepEqual(lines, expected);
  }

  it('finds meetings by date and name, items, people and actions in every file', async () => {
    await checkSymbols('2024-04 styrelsen', ['2 2024-04-09 Styrelsen, Föreningen Ekbacken — Föreningslokalen @2024-04-09.minutes:1']);
    await checkSymbols('årsmöte', [
      '3 3. Årsmöte — 2024-04-09 Styrelsen, Föreningen Ekbacken @2024-04-09.minutes:17',
      '24 Bo Ek: boka lokal för årsmötet. — 2024-04-09 Styrelsen, Föreningen Ekbacken, p 2 @2024-04-09.minutes:14',
      '24 David Falk, Cecilia Dahl: skicka kallelse till årsmötet. — 2024-04-09 Styrelsen, Föreningen Ekbacken, p 3 @2024-04-09.minutes:18',
      '24 Bo Ek: boka lokal för årsmötet. — 2024-03-05 Styrelsen, Föreningen Ekbacken, p 2 @2024-03-05.minutes:19',
    ]);
    await checkSymbols('DAVID  falk', [
      '13 David Falk — Ekbacken @2024-05-14.minutes:10',
      '24 David Falk, Cecilia Dahl: skicka kallelse till årsmötet. — 2024-04-09 Styrelsen, Föreningen Ekbacken, p 3 @2024-04-09.minutes:18',
    ]);
  });

  it('learns members from sibling files: unknown-assignee goes away', async () => {
    // Cecilia Dahl is not at this meeting, but attended others of the series.
    const text = readFileSync(join(series, '2024-04-09.minutes'), 'utf8');
    await client.open(uri('2024-04-09.minutes'), text);
    const diagnostics = await client.diagnosticsFor(uri('2024-04-09.minutes'));
    assert.deepEqual(diagnostics.filter((d) => d.code === 'unknown-assignee'), []);
    // A name nobody in the series has is still unknown, with a did-you-mean from the series.
    const typo = text.replace('David Falk och Cecilia Dahl', 'David Falk och Cecilja Dahl');
    await client.open(uri('typo.minutes'), typo);
    const unknown = await client.diagnosticsFor(uri('typo.minutes'), (d) => d.some((x) => x.code === 'unknown-assignee'));
    assert.match(String(unknown.find((d) => d.code === 'unknown-assignee')?.message ?? ''), /Cecilia Dahl/);
  });

  it('completes members learnt from sibling files', async () => {
    const name = '2024-04-09.minutes';
    const text = readFileSync(join(series, name), 'utf8').replace('Inga övriga frågor.', 'Uppdrag: Cec');
    await client.open(uri(name), text);
    await client.diagnosticsFor(uri(name));
    const line = text.split('\n').indexOf('Uppdrag: Cec');
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: uri(name) }, position: { line, character: 12 } });
    assert.ok(list.items.some((item) => item.label === 'Cecilia Dahl'), `no Cecilia Dahl in ${JSON.stringify(list.items.map((i) => i.label))}`);
  });

  it('renames a person in a file that names them only in its header or footer', async () => {
    // Bo Ek, an attendee here, is only the secretary and the recorder of another meeting.
    const other = 'Anteckningar\nMöte: Valberedningen\nDatum: 2024-06-01\nSekreterare: Bo Ek\n\nNÄRVARANDE\nAnna Berg, Ekbacken\n\n1. Val\nInga förslag.\n\nAntecknat av: Bo Ek\n';
    writeFileSync(join(series, 'valberedningen.minutes'), other);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('valberedningen.minutes'), type: 1 }] });
    await eventually(async () => {
      const status = await client.request<{ files: number }>('minutes/workspaceStatus', {});
      return status.files === 4 ? status : undefined;
    }, 'the new file to be indexed');
    const name = '2024-05-14.minutes';
    const text = readFileSync(join(series, name), 'utf8');
    await client.open(uri(name), text);
    await client.diagnosticsFor(uri(name));
    const line = text.split('\n').findIndex((l) => l.startsWith('Bo Ek'));
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: uri(name) }, position: { line, character: 1 }, newName: 'Bo Ekman' });
    assert.equal(applyEdits(other, edit.changes?.[uri('valberedningen.minutes')] ?? []), other.replaceAll('Bo Ek\n', 'Bo Ekman\n'));
  });

  it('renames a person across every file as one workspace edit', async () => {
    const name = '2024-05-14.minutes';
    const text = readFileSync(join(series, name), 'utf8');
    await client.open(uri(name), text);
    await client.diagnosticsFor(uri(name));
    const line = text.split('\n').findIndex((l) => l.startsWith('Cecilia Dahl'));
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: uri(name) }, position: { line, character: 2 }, newName: 'Cecilia Dahlgren' });
    const changed = Object.keys(edit.changes ?? {}).map((u) => u.split('/').pop()).sort();
    assert.deepEqual(changed, ['2024-03-05.minutes', '2024-04-09.minutes', '2024-05-14.minutes']);
    const after = (file: string) => applyEdits(readFileSync(join(series, file), 'utf8'), edit.changes?.[uri(file)] ?? []);
    assert.match(after('2024-03-05.minutes'), /^Cecilia Dahlgren, Ekbacken$/m);
    // "Cecilia" alone stays a first name: it is still the same person's.
    assert.match(after('2024-03-05.minutes'), /Uppdrag: Cecilia – uppdatera webbplatsen/);
    assert.match(after('2024-04-09.minutes'), /Uppdrag: David Falk och Cecilia Dahlgren – skicka kallelse/);
    assert.doesNotMatch(after('2024-05-14.minutes'), /Cecilia Dahl\b(?!gren)/);
    const references = await client.request<Location[]>('textDocument/references', { textDocument: { uri: uri(name) }, position: { line, character: 2 }, context: { includeDeclaration: true } });
    assert.deepEqual([...new Set(references.map((r) => r.uri.split('/').pop()))].sort(), ['2024-03-05.minutes', '2024-04-09.minutes', '2024-05-14.minutes']);
  });

  it('lists the actions of the series and follows files changed on disk', async () => {
    type Result = { actions: { task: string; status: string; file: string }[] };
    const before = await client.request<Result>('minutes/actions', {});
    assert.equal(before.actions.length, 5);
    assert.equal(before.actions.filter((a) => a.status !== 'done').length, 4);
    const file = join(series, '2024-06-11.minutes');
    writeFileSync(file, ['Anteckningar', 'Datum: 2024-06-11', '', 'NÄRVARANDE', 'Bo Ek', '', '1. Uppföljning', 'Uppdrag: Bo Ek – betala vårens fakturor.', 'Status: klar', ''].join('\n'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 1 }] });
    const after = await eventually(async () => {
      const result = await client.request<Result>('minutes/actions', {});
      return result.actions.some((a) => a.task.startsWith('betala') && a.status === 'done') ? result : undefined;
    }, 'the new file in the actions');
    assert.equal(after.actions.filter((a) => a.status !== 'done').length, 3);
    // A deleted folder takes its files out of the index.
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(series).href, type: 3 }] });
    await eventually(async () => {
      const result = await client.request<Result>('minutes/actions', {});
      return result.actions.length === 0 ? result : undefined;
    }, 'the actions of the deleted folder to go');
  });

  it('summarises an open document once typing pauses, not on every key, yet answers with the latest text', async () => {
    type Status = { openSummaries: number };
    type Result = { actions: { task: string }[] };
    const name = '2024-05-14.minutes';
    const text = readFileSync(join(series, name), 'utf8');
    await client.open(uri(name), text);
    const before = (await client.request<Status>('minutes/workspaceStatus', {})).openSummaries;
    // Type a new action one key at a time, after the last action of item 3.
    const typed = '\nUppdrag: Bo Ek – ringa vaktmästaren.';
    const lines = text.split('\n');
    let line = lines.findIndex((l) => l.startsWith('Uppdrag: Bo Ek – betala'));
    let character = lines[line]?.length ?? 0;
    for (const key of typed) {
      await client.change(uri(name), [{ range: { start: { line, character }, end: { line, character } }, text: key }]);
      if (key === '\n') {
        line++;
        character = 0;
      } else character++;
    }
    const result = await client.request<Result>('minutes/actions', {});
    assert.ok(result.actions.some((a) => a.task.startsWith('ringa vaktmästaren')), JSON.stringify(result.actions.map((a) => a.task)));
    const after = (await client.request<Status>('minutes/workspaceStatus', {})).openSummaries;
    assert.ok(after - before <= 3, `${after - before} summaries for ${typed.length} keys`);
  });

  it('follows workspace folders added and removed', async () => {
    type Result = { actions: { task: string; file: string }[] };
    const other = mkdtempSync(join(tmpdir(), 'minutes-ws-added-'));
    try {
      writeFileSync(join(other, '2024-09-01.minutes'), ['Anteckningar', 'Datum: 2024-09-01', '', 'NÄRVARANDE', 'Åsa Lind', '', '1. Start', 'Uppdrag: Åsa Lind – boka höstmötet.', ''].join('\n'));
      const folder = { uri: pathToFileURL(other).href, name: 'added' };
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
      await eventually(async () => {
        const result = await client.request<Result>('minutes/actions', {});
        return result.actions.some((a) => a.task.startsWith('boka höstmötet')) ? result : undefined;
      }, 'the added folder in the actions');
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
      const after = await eventually(async () => {
        const result = await client.request<Result>('minutes/actions', {});
        return result.actions.some((a) => a.task.startsWith('boka höstmötet')) ? undefined : result;
      }, 'the removed folder to leave the actions');
      // The original folder stays indexed.
      assert.equal(after.actions.length, 5);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('writes the next meeting of the series', async () => {
    const result = await client.request<{ fileName: string; text: string; openActions: number }>('minutes/nextMeeting', { uri: pathToFileURL(series).href, date: '2024-06-11' });
    assert.equal(result.fileName, '2024-06-11.minutes');
    assert.equal(result.openActions, 4);
    assert.equal(result.text, readFileSync(join(root, 'test/fixtures/series/expected/next.sv.minutes'), 'utf8'));
  });
});
