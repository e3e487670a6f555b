import assert from 'node:assert/strict';
import { joinLines } from '../helpers/expect';
import { LspClient } from './harness';

const uri = 'file:///test/meeting.minutes';
const text = joinLines('Anteckningar', 'Datum: 2024-03-08', '', 'NÄRVARANDE', 'Eva Hessman, Göteborg', '', '1. Budget', 'Uppdrag: ta fram en budget');

describe('protocol: diagnostics over stdio', function () {
  let client: LspClient;
  beforeEach(async () => (client = await LspClient.start({ locale: 'sv' })));
  afterEach(async () => client.stop());

  it('answers initialize with incremental sync', () => {
    assert.deepEqual(client.initializeResult?.capabilities.textDocumentSync, { openClose: true, change: 2 });
  });

  it('publishes missing-assignee with code, source and range on didOpen', async () => {
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.length > 0);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.source, d.severity, d.range]),
      [['missing-assignee', 'minutes', 1, { start: { line: 7, character: 0 }, end: { line: 7, character: 7 } }]],
    );
    assert.match(String(diagnostics[0]?.message ?? ''), /^Uppdraget saknar ansvarig/);
  });

  it('republishes after an incremental edit that names the assignee', async () => {
    await client.open(uri, text);
    await client.diagnosticsFor(uri, (d) => d.length === 1);
    const version = await client.change(uri, [{ range: { start: { line: 7, character: 9 }, end: { line: 7, character: 9 } }, text: 'Eva Hessman – ' }]);
    const diagnostics = await client.diagnosticsFor(uri, () => true, version);
    assert.deepEqual(diagnostics, []);
  });

  it('honours minutes.diagnostics.<code> from the client settings', async () => {
    await client.stop();
    client = await LspClient.start({ locale: 'en', settings: { diagnostics: { 'missing-assignee': 'hint' } } });
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.some((x) => x.severity === 4));
    assert.equal(diagnostics[0]?.code, 'missing-assignee');
  });

  it('survives garbage and keeps answering', async () => {
    await client.open(uri, '\u0000\ud800((((\n1.\n'.repeat(200));
    await client.diagnosticsFor(uri);
    assert.equal(client.exited, false, client.serverLog);
  });
});
