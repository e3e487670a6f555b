/**
 * A 50 MiB document in the language server: above the size limit (`minutes.maxDocumentSize`,
 * 20 MiB by default; server/src/lsp/sizeLimit.ts) the server does not analyse it, publishes one
 * information diagnostic saying so — in the user's language — and keeps answering every request,
 * for that document and for the others, at once.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { root } from '../helpers/expect';
import { LspClient } from '../lsp/harness';

const example = readFileSync(join(root, 'examples/kommunchefsgruppen.minutes'), 'utf8');
const MiB = 1024 * 1024;

/** The example with its items repeated (before the footer) until the text has `size` characters. */
function documentOf(size: number): string {
  const firstItem = example.search(/^1\. /m);
  const footer = example.search(/^Antecknat av:/m);
  const items = example.slice(firstItem, footer);
  const parts = [example.slice(0, firstItem)];
  for (let length = example.length; length < size; length += items.length) parts.push(items);
  parts.push(example.slice(footer));
  return parts.join('');
}

const MISSING_ASSIGNEE = 'Anteckningar\nDatum: 2024-03-08\n\n1. Budget\nUppdrag: ta fram en budget\n';

const INFORMATION = 3;

/** Times a request and checks it was answered within `ms`. */
async function answeredWithin<R>(client: LspClient, ms: number, method: string, params: unknown): Promise<R> {
  const started = performance.now();
  const result = await client.request<R>(method, params);
  const took = performance.now() - started;
  assert.ok(took < ms, `${method} took ${took.toFixed(0)} ms (limit ${ms} ms)`);
  return result;
}

describe('edge inputs: a 50 MiB document in the language server', function () {
  this.timeout(120_000);
  let client: LspClient;
  const big = documentOf(50 * MiB);
  before(async () => {
    client = await LspClient.start({ locale: 'en' });
  });
  after(async () => client.stop());

  it('is not analysed: one information diagnostic says why, and requests are answered at once', async () => {
    const uri = 'file:///large/big.minutes';
    await client.open(uri, big);
    const [notice] = await client.diagnosticsFor(uri, (d) => d.length > 0, 1, 60_000);
    assert.deepEqual(client.diagnostics.get(uri)?.diagnostics.length, 1);
    assert.equal((notice as Diagnostic).code, 'document-too-large');
    assert.equal((notice as Diagnostic).severity, INFORMATION);
    assert.match(String((notice as Diagnostic).message), /too large to analyse \(50\.\d MiB; the limit is 20 MiB\).*minutes\.maxDocumentSize/);
    const textDocument = { uri };
    const position = { line: 20, character: 5 };
    assert.equal(await answeredWithin(client, 1000, 'textDocument/hover', { textDocument, position }), null);
    await answeredWithin(client, 1000, 'textDocument/completion', { textDocument, position });
    await answeredWithin(client, 1000, 'textDocument/documentSymbol', { textDocument });
    assert.deepEqual(await answeredWithin(client, 1000, 'textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }), []);
    await answeredWithin(client, 1000, 'textDocument/semanticTokens/full', { textDocument });

    // Typing in it keeps the text in sync and the notice in place, without analysing.
    const version = await client.change(uri, [{ range: { start: position, end: position }, text: 'Uppdrag: ' }]);
    const after = await client.diagnosticsFor(uri, () => true, version, 10_000);
    assert.deepEqual(after.map((d) => d.code), ['document-too-large']);

    // Another document is analysed as usual meanwhile.
    const small = 'file:///large/small.minutes';
    await client.open(small, MISSING_ASSIGNEE);
    const diagnostics = await client.diagnosticsFor(small, (d) => d.length > 0, 1, 5_000);
    assert.ok(diagnostics.some((d) => d.code === 'missing-assignee'));
    await client.close(uri);
    await client.close(small);
    assert.ok(!client.exited);
  });
});

describe('edge inputs: the minutes.maxDocumentSize setting', function () {
  this.timeout(60_000);
  const text = documentOf(1.5 * MiB);

  const cases: { name: string; settings: unknown; locale: string; expected: RegExp | 'analysed' }[] = [
    { name: 'a limit of 1 MiB, in Swedish', settings: { maxDocumentSize: 1 }, locale: 'sv', expected: /för stort för att analyseras \(1\.5 MiB, gränsen är 1 MiB\)/ },
    { name: 'a limit of 1 MiB, in English', settings: { maxDocumentSize: 1 }, locale: 'en', expected: /too large to analyse \(1\.5 MiB; the limit is 1 MiB\)/ },
    { name: '0, no limit', settings: { maxDocumentSize: 0 }, locale: 'en', expected: 'analysed' },
    { name: 'the default (20 MiB)', settings: {}, locale: 'en', expected: 'analysed' },
    { name: 'a value that is not a number (the default)', settings: { maxDocumentSize: 'big' }, locale: 'en', expected: 'analysed' },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const client = await LspClient.start({ locale: c.locale, settings: c.settings });
      try {
        const uri = 'file:///large/limit.minutes';
        // The settings are fetched after `initialized`; a stats request answers only once they are in.
        await client.request('minutes/documentStats', { uri });
        await client.open(uri, text);
        const diagnostics = await client.diagnosticsFor(uri, () => true, 1, 30_000);
        if (c.expected === 'analysed') {
          assert.ok(!diagnostics.some((d) => d.code === 'document-too-large'), 'analysed');
          assert.ok(diagnostics.some((d) => d.code === 'duplicate-item-number'), 'the document was analysed (its repeated items are reported)');
        } else {
          assert.equal(diagnostics.length, 1);
          assert.match(String(diagnostics[0]?.message ?? ''), c.expected);
          // Cut below the limit, the document is analysed again.
          const version = await client.change(uri, [{ text: example }]);
          const after = await client.diagnosticsFor(uri, () => true, version, 10_000);
          assert.ok(!after.some((d) => d.code === 'document-too-large'));
        }
      } finally {
        await client.stop();
      }
    });
  }
});
