import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, CompletionList, Hover, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { withCursor } from '../helpers/cursor';
import { joinLines, root } from '../helpers/expect';
import { applyEdits as applyLspEdits, editsFor } from './applyEdits';
import { LspClient } from './harness';
import { positionOf } from '../helpers/positions';

const uri = 'file:///test/editing.minutes';

const meeting = (...body: string[]) =>
  joinLines(
    'Anteckningar',
    'Datum: 2024-03-08',
    '',
    'NÄRVARANDE',
    'Eva Hessman, Göteborg',
    'Pia Alhäll, Härryda (digitalt from p 2)',
    'Gull-Britt Eide, Lerum',
    '',
    '1. Budget',
    ...body,
    '',
    '2. Övrigt',
    'Gruppen diskuterar.',
  );

describe('protocol: editing features over stdio', function () {
  let client: LspClient;
  beforeEach(async () => (client = await LspClient.start({ locale: 'sv' })));
  afterEach(async () => client.stop());

  /** Opens the input (without its cursor marker) and returns the text and the cursor position. */
  async function open(input: string): Promise<{ text: string; position: Position }> {
    const { text, offset } = withCursor(input);
    await client.open(uri, text);
    return { text, position: positionOf(text, offset) };
  }

  it('announces completion, hover, code actions, formatting and the renumber command', () => {
    const caps = client.initializeResult?.capabilities;
    assert.deepEqual(caps?.completionProvider?.triggerCharacters, [' ', ',', '@', ':']);
    assert.equal(caps?.hoverProvider, true);
    assert.deepEqual(caps?.codeActionProvider, { codeActionKinds: ['quickfix', 'source.minutes.renumber'] });
    assert.equal(caps?.documentFormattingProvider, true);
    assert.equal(caps?.documentRangeFormattingProvider, true);
    assert.deepEqual(caps?.executeCommandProvider?.commands, ['minutes.server.renumberItems']);
  });

  it('completes after Uppdrag: with the people present at the item first', async () => {
    const { text, position } = await open(meeting('Uppdrag: |'));
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position });
    const ordered = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(ordered.slice(0, 3).map((i) => i.label), ['Eva Hessman', 'Gull-Britt Eide', 'Pia Alhäll']);
    assert.equal(list.isIncomplete, true);
    const first = ordered[0];
    assert.ok(first?.textEdit && 'range' in first.textEdit);
    assert.equal(applyLspEdits(text, [first.textEdit]), meeting('Uppdrag: Eva Hessman'));
  });

  it('completes a last name, replacing what was typed', async () => {
    const { text, position } = await open(meeting('Uppdrag: Eva Hessman och Eid|'));
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 1 } });
    assert.deepEqual(list.items.map((i) => [i.label, i.labelDetails?.description, i.filterText]), [['Gull-Britt Eide', 'Lerum', 'Eid']]);
    const edit = list.items[0]?.textEdit;
    assert.ok(edit && 'range' in edit);
    assert.equal(applyLspEdits(text, [edit]), meeting('Uppdrag: Eva Hessman och Gull-Britt Eide'));
  });

  it('hovers a person with attendance and actions', async () => {
    const { position } = await open(meeting('Uppdrag: Pia| Alhäll – ring kommunen'));
    const result = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
    assert.deepEqual(result.contents, {
      kind: 'markdown',
      value: '**Pia Alhäll**  \nOrganisation: Härryda  \nNärvaro: Digitalt, från punkt 2  \nVid punkt 1: inte närvarande\n\nUppdrag i det här mötet:\n\n- Punkt 1: ring kommunen',
    });
    assert.deepEqual(result.range, { start: { line: 9, character: 9 }, end: { line: 9, character: 19 } });
  });

  it('offers quick fixes whose edits give the expected text', async () => {
    const { text, position } = await open(meeting('Uppdrag: Eva Hes|man – ring kommunen'));
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.length > 0);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics } });
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false, a.diagnostics?.map((d) => d.code)]), [
      ['Ändra till "Eva Hessman"', 'quickfix', true, ['unknown-assignee']],
      ['Lägg till Eva Hesman i NÄRVARANDE', 'quickfix', false, ['unknown-assignee']],
    ]);
    assert.equal(applyLspEdits(text, editsFor(actions[0]?.edit ?? {}, uri)), meeting('Uppdrag: Eva Hessman – ring kommunen'));
  });

  it('offers renumbering as a source action', async () => {
    const text = joinLines('Anteckningar', 'NÄRVARANDE', 'Eva (from p 3)', '1. A', '3. B');
    await client.open(uri, text);
    const position = { line: 0, character: 0 };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['source'] } });
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Numrera om punkterna', 'source.minutes.renumber']]);
    assert.equal(applyLspEdits(text, editsFor(actions[0]?.edit ?? {}, uri)), joinLines('Anteckningar', 'NÄRVARANDE', 'Eva (from p 2)', '1. A', '2. B'));
  });

  it('formats the document and a range', async () => {
    const text = joinLines('Anteckningar  ', '', '', '', '1. Budget', '•  punkt', 'Uppdrag:  Eva Hessman—ring');
    await client.open(uri, text);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.equal(applyLspEdits(text, edits), joinLines('Anteckningar', '', '1. Budget', '- punkt', 'Uppdrag: Eva Hessman – ring', ''));
    const range = { start: { line: 5, character: 0 }, end: { line: 5, character: 3 } };
    const rangeEdits = await client.request<TextEdit[]>('textDocument/rangeFormatting', { textDocument: { uri }, range, options: { tabSize: 2, insertSpaces: true } });
    assert.equal(applyLspEdits(text, rangeEdits), joinLines('Anteckningar  ', '', '', '', '1. Budget', '- punkt', 'Uppdrag:  Eva Hessman—ring'));
  });

  it('formats the double-spaced reference minutes with edits an editor accepts', async () => {
    const text = readFileSync(join(root, 'test/fixtures/parser/reference-raw.minutes'), 'utf8');
    await client.open(uri, text);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const formatted = applyLspEdits(text, edits);
    assert.ok(formatted.startsWith(' Anteckningar\n\nNÄRVARANDE\nMaria Reinholdsson, Ale\nMaria Standar, Alingsås\n'), formatted.slice(0, 120));
  });

  it('renumbers through workspace/executeCommand and workspace/applyEdit', async () => {
    const text = joinLines('Anteckningar', '1. A', 'Se punkt 4.', '4. B');
    await client.open(uri, text);
    const applied: WorkspaceEdit[] = [];
    client.connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      applied.push(params.edit);
      return { applied: true };
    });
    const result = await client.request<boolean>('workspace/executeCommand', { command: 'minutes.server.renumberItems', arguments: [uri] });
    assert.equal(result, true);
    assert.equal(applyLspEdits(text, editsFor(applied[0] ?? {}, uri)), joinLines('Anteckningar', '1. A', 'Se punkt 2.', '2. B'));
  });

  it('answers every request on garbage without dying', async () => {
    const text = '\u0000\ud800((((\nUppdrag: @\n1.\n§'.repeat(30);
    await client.open(uri, text);
    const lines = text.split('\n').length;
    for (let line = 0; line < lines; line += 7) {
      const position = { line, character: 3 };
      await client.request('textDocument/completion', { textDocument: { uri }, position });
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    }
    await client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.equal(client.exited, false, client.serverLog);
  });
});
