/**
 * Odd but well-formed protocol traffic the server must survive: requests for documents that are
 * not open (never opened, or closed), positions past the end of a line or of the document,
 * changes to a closed document, a document opened twice or closed twice, an unknown request,
 * settings of the wrong types. Each request gets an answer, and the server stays up and keeps
 * analysing.
 */
import assert from 'node:assert/strict';
import { LspClient } from '../lsp/harness';

const TEXT = 'Anteckningar\nDatum: 2024-03-08\n\nNÄRVARANDE\nEva Hessman\n\n1. Budget\nUppdrag: ta fram\n';
const METHOD_NOT_FOUND = -32601;

describe('edge inputs: odd protocol traffic', function () {
  this.timeout(60_000);
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ locale: 'en', settings: { members: 'not a list', language: 42, diagnostics: { 'missing-assignee': 'loud', 'no-such-code': 'error' }, maxDocumentSize: -5 } });
  });
  after(async () => client.stop());

  /** Every feature request on `uri` at `position`; each must be answered (null or empty is fine). */
  async function askEverything(uri: string, position: { line: number; character: number }): Promise<void> {
    const textDocument = { uri };
    const range = { start: position, end: position };
    const requests: [string, unknown][] = [
      ['textDocument/completion', { textDocument, position }],
      ['textDocument/hover', { textDocument, position }],
      ['textDocument/definition', { textDocument, position }],
      ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
      ['textDocument/documentHighlight', { textDocument, position }],
      ['textDocument/prepareRename', { textDocument, position }],
      ['textDocument/documentSymbol', { textDocument }],
      ['textDocument/foldingRange', { textDocument }],
      ['textDocument/semanticTokens/full', { textDocument }],
      ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
      ['textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }],
      ['textDocument/rangeFormatting', { textDocument, range, options: { tabSize: 2, insertSpaces: true } }],
      ['minutes/documentStats', { uri }],
    ];
    for (const [method, params] of requests) {
      try {
        await client.request(method, params);
      } catch (error) {
        // A refusal with a message is an answer; an internal error is a bug.
        assert.notEqual((error as { code?: number }).code, -32603, `${method}: ${String(error)}`);
      }
    }
    assert.ok(!client.exited, client.serverLog);
  }

  const cases: { name: string; act: () => Promise<{ uri: string; position: { line: number; character: number } }> }[] = [
    { name: 'a document never opened', act: async () => ({ uri: 'file:///edge/never.minutes', position: { line: 0, character: 0 } }) },
    {
      name: 'a document already closed',
      act: async () => {
        await client.open('file:///edge/closed.minutes', TEXT);
        await client.close('file:///edge/closed.minutes');
        return { uri: 'file:///edge/closed.minutes', position: { line: 1, character: 3 } };
      },
    },
    {
      name: 'positions past the end of a line and of the document',
      act: async () => {
        await client.open('file:///edge/past.minutes', TEXT);
        return { uri: 'file:///edge/past.minutes', position: { line: 7, character: 10_000 } };
      },
    },
    { name: 'a line far past the end', act: async () => ({ uri: 'file:///edge/past.minutes', position: { line: 2 ** 31 - 1, character: 2 ** 31 - 1 } }) },
    {
      name: 'a change to a closed document, a second close, a second open',
      act: async () => {
        await client.change('file:///edge/closed.minutes', [{ text: 'x' }]);
        await client.close('file:///edge/closed.minutes');
        await client.open('file:///edge/twice.minutes', TEXT);
        await client.open('file:///edge/twice.minutes', `${TEXT}Uppdrag: igen\n`);
        return { uri: 'file:///edge/twice.minutes', position: { line: 8, character: 3 } };
      },
    },
    { name: 'an untitled document (no file path)', act: async () => {
      await client.open('untitled:Untitled-1', TEXT);
      return { uri: 'untitled:Untitled-1', position: { line: 7, character: 9 } };
    } },
  ];
  for (const c of cases) {
    it(`answers every request on ${c.name}`, async () => {
      const { uri, position } = await c.act();
      await askEverything(uri, position);
    });
  }

  it('answers an unknown request with MethodNotFound and goes on', async () => {
    await assert.rejects(client.request('minutes/noSuchRequest', {}), (error: { code?: number }) => error.code === METHOD_NOT_FOUND);
    await client.open('file:///edge/after.minutes', TEXT);
    const diagnostics = await client.diagnosticsFor('file:///edge/after.minutes', (d) => d.length > 0, 1, 10_000);
    // The malformed settings were ignored: the defaults hold (missing-assignee is an error).
    assert.ok(diagnostics.some((d) => d.code === 'missing-assignee' && d.severity === 1), JSON.stringify(diagnostics));
  });
});
