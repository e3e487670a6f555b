import assert from 'node:assert/strict';
import type {
  DocumentHighlight,
  DocumentSymbol,
  FoldingRange,
  Location,
  Range,
  SemanticTokens,
  SemanticTokensLegend,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { joinLines } from '../helpers/expect';
import { applyEdits, editsFor } from './applyEdits';
import { LspClient } from './harness';

const uri = 'file:///test/klimat.minutes';
const text = joinLines(
  'Anteckningar', // 0
  'Ordförande: Gitte Caous', // 1
  '', // 2
  'NÄRVARANDE', // 3
  'Gitte Caous, GR', // 4
  'Pia Alhäll, Härryda (digitalt från p 2)', // 5
  '', // 6
  '1. Budget', // 7
  'Se punkt 2.', // 8
  '', // 9
  '2. Klimatanpassning', // 10
  'Gitte Caous får i uppdrag att utreda frågan.', // 11
  'Uppdrag: Gitte – ta reda på syfte och funktion. Senast: 2024-05-15', // 12
  '// en kommentar', // 13
  '// och en till', // 14
  '', // 15
  'Antecknat av: Gitte Caous', // 16
);

const at = (line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });
const show = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

describe('protocol: navigation and structure over stdio', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ locale: 'sv' });
    await client.open(uri, text);
  });
  after(async () => client.stop());

  it('announces the capabilities', () => {
    const c = client.initializeResult?.capabilities;
    assert.equal(c?.definitionProvider, true);
    assert.equal(c?.referencesProvider, true);
    assert.equal(c?.documentHighlightProvider, true);
    assert.deepEqual(c?.renameProvider, { prepareProvider: true });
    assert.ok(c?.documentSymbolProvider);
    assert.equal(c?.foldingRangeProvider, true);
    assert.deepEqual(c?.semanticTokensProvider?.legend.tokenTypes, ['person', 'organisation', 'date', 'itemNumber', 'keyword', 'attendanceNote']);
  });

  it('goes from a first-name assignee to the attendance line, and from "p 2" to the item', async () => {
    const person = await client.request<Location[]>('textDocument/definition', at(12, 11));
    assert.deepEqual(person.map((l) => [l.uri, show(l.range)]), [[uri, '4:0-4:11']]);
    const item = await client.request<Location[]>('textDocument/definition', at(5, 37));
    assert.deepEqual(item.map((l) => show(l.range)), ['10:0-10:19']);
  });

  it('finds the references, with and without the declaration', async () => {
    const all = await client.request<Location[]>('textDocument/references', { ...at(16, 16), context: { includeDeclaration: true } });
    assert.deepEqual(all.map((l) => show(l.range)), ['1:12-1:23', '4:0-4:11', '11:0-11:11', '12:9-12:14', '16:14-16:25']);
    const uses = await client.request<Location[]>('textDocument/references', { ...at(16, 16), context: { includeDeclaration: false } });
    assert.equal(uses.length, 4);
  });

  it('highlights the definition as write and the uses as read', async () => {
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', at(8, 9));
    assert.deepEqual(highlights.map((h) => [show(h.range), h.kind]), [['5:37-5:38', 2], ['8:9-8:10', 2], ['10:0-10:1', 3]]);
  });

  it('renames a person with a workspace edit that keeps the first-name assignee a first name', async () => {
    const prepared = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', at(12, 10));
    assert.deepEqual([show(prepared.range), prepared.placeholder], ['12:9-12:14', 'Gitte Caous']);
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(12, 10), newName: 'Birgitta Svensson' });
    const expected = text.replaceAll('Gitte Caous', 'Birgitta Svensson').replace('Uppdrag: Gitte', 'Uppdrag: Birgitta');
    assert.equal(applyEdits(text, editsFor(edit, uri)), expected);
  });

  it('refuses a rename with a message in the user language, and off a person', async () => {
    await assert.rejects(client.request('textDocument/rename', { ...at(12, 10), newName: '  ' }), (error: Error) => {
      assert.equal(error.message, 'Det nya namnet får inte vara tomt.');
      return true;
    });
    assert.equal(await client.request('textDocument/prepareRename', at(7, 4)), null);
  });

  it('gives the outline', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const outline = (s: DocumentSymbol, depth = 0): string[] => [`${'  '.repeat(depth)}${s.kind} ${s.name}`, ...(s.children ?? []).flatMap((c) => outline(c, depth + 1))];
    assert.deepEqual(symbols.flatMap((s) => outline(s)), [
      '2 Anteckningar',
      '  7 Ordförande',
      '18 NÄRVARANDE',
      '  13 Gitte Caous',
      '  13 Pia Alhäll',
      '3 1. Budget',
      '3 2. Klimatanpassning',
      '  24 Uppdrag: Gitte – ta reda på syfte och funktion.',
      '  15 // en kommentar',
      '  15 // och en till',
      '2 Sidfot',
      '  7 Antecknat av',
    ]);
  });

  it('gives folding ranges by line', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine, r.kind]), [
      [0, 1, undefined],
      [3, 5, undefined],
      [7, 8, undefined],
      [10, 14, undefined],
      [13, 14, 'comment'],
    ]);
  });

  it('encodes semantic tokens that decode to the expected lines, columns and types', async () => {
    const legend = client.initializeResult?.capabilities.semanticTokensProvider?.legend as SemanticTokensLegend;
    const decode = (tokens: SemanticTokens) => {
      const out: string[] = [];
      let line = 0;
      let character = 0;
      for (let i = 0; i < tokens.data.length; i += 5) {
        const [deltaLine = 0, deltaStart = 0, length = 0, type = 0, modifiers = 0] = tokens.data.slice(i, i + 5);
        line += deltaLine;
        character = deltaLine === 0 ? character + deltaStart : deltaStart;
        const names = legend.tokenModifiers.filter((_, bit) => modifiers & (1 << bit));
        out.push(`${line}:${character} ${length} ${legend.tokenTypes[type]}${names.map((n) => `+${n}`).join('')}`);
      }
      return out;
    };
    const full = decode(await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } }));
    assert.deepEqual(full.slice(0, 9), [
      '1:0 10 keyword',
      '1:12 11 person',
      '3:0 10 keyword',
      '4:0 11 person+declaration',
      '4:13 2 organisation',
      '5:0 10 person+declaration',
      '5:12 7 organisation',
      '5:21 15 attendanceNote',
      '5:37 1 itemNumber',
    ]);
    assert.ok(full.includes('12:56 10 date'), full.join('\n'));
    const range = decode(await client.request<SemanticTokens>('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 12, character: 0 }, end: { line: 12, character: 80 } } }));
    assert.deepEqual(range, ['12:0 7 keyword', '12:9 5 person', '12:48 6 keyword', '12:56 10 date']);
  });

  it('answers for a document it does not know without failing', async () => {
    const other = { textDocument: { uri: 'file:///test/unknown.minutes' }, position: { line: 0, character: 0 } };
    assert.deepEqual(await client.request('textDocument/definition', other), []);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: other.textDocument }), []);
    assert.equal(client.exited, false, client.serverLog);
  });
});
