import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { root } from '../helpers/expect';
import { LspClient } from './harness';
import { seededRandom } from '../helpers/random';
import { positionOf } from '../helpers/positions';

/**
 * The server re-reads only the item an edit touches. Whatever the edits — one or several per
 * notification, inside items, across them, in the header — the diagnostics it publishes for the
 * edited document must be those of the same text opened fresh.
 */

const PIECES = ['e', 'Uppdrag: ', ' – ', 'Okänd Person', '\n', '\n8. Ny\n', 'punkt 14', 'Senast: 2024-02-30', ''];

describe('protocol: incremental re-analysis', function () {
  this.timeout(60000);
  let client: LspClient;
  beforeEach(async () => (client = await LspClient.start({ locale: 'sv' })));
  afterEach(async () => client.stop());

  it('publishes after random edits the diagnostics of the same text opened fresh', async () => {
    let text = readFileSync(join(root, 'examples/kommunchefsgruppen.minutes'), 'utf8');
    const uri = 'file:///test/edited.minutes';
    await client.open(uri, text);
    await client.diagnosticsFor(uri, () => true, 1);
    const next = seededRandom(42);
    for (let step = 0; step < 40; step++) {
      // One to three changes per notification, each in the text left by the one before.
      const changes: TextDocumentContentChangeEvent[] = [];
      for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
        const start = Math.floor(next() * text.length);
        const end = Math.min(text.length, start + Math.floor(next() * 4));
        const inserted = PIECES[Math.floor(next() * PIECES.length)] as string;
        changes.push({ range: { start: positionOf(text, start), end: positionOf(text, end) }, text: inserted });
        text = text.slice(0, start) + inserted + text.slice(end);
      }
      const version = await client.change(uri, changes);
      const edited = await client.diagnosticsFor(uri, () => true, version);
      const fresh = `file:///test/fresh-${step}.minutes`;
      await client.open(fresh, text);
      const expected = await client.diagnosticsFor(fresh, () => true, 1);
      await client.close(fresh);
      assert.deepEqual(edited, expected, `step ${step}`);
    }
  });
});
