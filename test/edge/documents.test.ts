/**
 * Edge inputs, each through the three ways a document is read — the core, the `minutes check`
 * command and the language server over stdio: an empty file, only a byte-order mark, CRLF and
 * mixed line ends (LF, CRLF and lone CR in one file), names typed decomposed (NFD), tabs for
 * spaces, NUL and other control characters, a lone surrogate, one very long line. Every reader
 * must agree on what is wrong and where, and the server must answer every request on each.
 */
import assert from 'node:assert/strict';
import { analyzeMinutes, peopleIndex, prepareRename } from '../../server/src/core/index';
import { ensureCliBuilt, FixtureFolder, parseJsonReport, runCli } from '../cli/helpers';
import { LspClient } from '../lsp/harness';

const TODAY = { year: 2024, month: 3, day: 1 };
/** Attendees in NFC; the first action names Pia Alhäll with a combining diaeresis (NFD). */
const MEETING = ['Anteckningar', 'Datum: 2024-03-08', 'NÄRVARANDE', 'Pia Alhäll, Härryda', 'Eva Hessman', '', '1. Budget', 'Uppdrag: Pia Alha\u0308ll – ring kommunen.', 'Uppdrag: Eva Hessman – skriv.', 'Uppdrag: – ingen'];
const MISSING_ASSIGNEE_AT_LINE_9: Expected = { diagnostics: [['missing-assignee', 9, 0]], people: 2 };

interface Expected {
  /** Diagnostics as [code, 0-based line, 0-based column] in order. */
  readonly diagnostics: readonly (readonly [string, number, number])[];
  /** How many different people the document names (NFC and NFD spellings are one). */
  readonly people: number;
}

const cases: { name: string; text: string; expected: Expected; cli?: { status: number } }[] = [
  { name: 'an empty file', text: '', expected: { diagnostics: [['missing-date', 0, 0]], people: 0 } },
  { name: 'only a byte-order mark', text: '\ufeff', expected: { diagnostics: [['missing-date', 0, 0]], people: 0 } },
  { name: 'only line breaks', text: '\n\r\n\r\r\n', expected: { diagnostics: [['missing-date', 0, 0]], people: 0 } },
  { name: 'LF line ends', text: MEETING.join('\n'), expected: MISSING_ASSIGNEE_AT_LINE_9 },
  { name: 'CRLF line ends', text: MEETING.join('\r\n') + '\r\n', expected: MISSING_ASSIGNEE_AT_LINE_9 },
  { name: 'a BOM and CRLF line ends', text: '\ufeff' + MEETING.join('\r\n'), expected: MISSING_ASSIGNEE_AT_LINE_9 },
  { name: 'mixed line ends (LF, CRLF, lone CR)', text: MEETING.map((line, i) => line + ['\n', '\r\n', '\r'][i % 3]).join(''), expected: MISSING_ASSIGNEE_AT_LINE_9 },
  { name: 'every name in NFD', text: MEETING.join('\n').normalize('NFD'), expected: MISSING_ASSIGNEE_AT_LINE_9 },
  { name: 'tabs for spaces', text: MEETING.join('\n').replace(/ /g, '\t'), expected: MISSING_ASSIGNEE_AT_LINE_9 },
  {
    name: 'NUL and control characters in a line',
    text: MEETING.join('\n').replace('ring kommunen', 'ring\u0000\u0007\u001b kommunen'),
    expected: MISSING_ASSIGNEE_AT_LINE_9,
    cli: { status: 2 }, // a NUL byte makes the file binary for the command line
  },
  { name: 'a lone surrogate in a name', text: MEETING.join('\n').replace('Eva Hessman\n', 'Eva Hessman\ud800\n'), expected: { diagnostics: [['unknown-assignee', 8, 9], ['missing-assignee', 9, 0]], people: 2 }, cli: { status: 2 } },
  {
    // Found by the protocol fuzzer: the pattern that looked for this "name" in running text overflowed the regular-expression engine's stack.
    name: 'an attendance line of 10,000 words, and those words in the text',
    text: [...MEETING.slice(0, 5), 'ordet '.repeat(10_000).trim(), ...MEETING.slice(5), 'ordet ordet ordet.'].join('\n'),
    expected: { diagnostics: [['missing-assignee', 10, 0]], people: 3 },
  },
  {
    name: 'one line of 2 MB',
    text: [...MEETING, `Beslut: ${'mycket långt beslut '.repeat(100_000)}`].join('\n'),
    expected: MISSING_ASSIGNEE_AT_LINE_9,
  },
];

/** The one call site of the core: its diagnostics and people agree with `expected`. */
function checkCore(text: string, expected: Expected): void {
  const analysis = analyzeMinutes(text, { locale: 'en', today: TODAY });
  assert.deepEqual(analysis.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), expected.diagnostics);
  assert.equal(peopleIndex(analysis).persons.size, expected.people, 'people');
  const eva = text.indexOf('Eva');
  if (eva >= 0) assert.match(prepareRename(analysis, eva)?.name ?? '', /^Eva\sHessman/, 'rename starts on a name');
}

describe('edge inputs: the core', () => {
  for (const c of cases) it(c.name, () => checkCore(c.text, c.expected));
});

describe('edge inputs: minutes check', function () {
  this.timeout(60_000);
  let fixtures: FixtureFolder;
  before(ensureCliBuilt);
  beforeEach(() => (fixtures = new FixtureFolder()));
  afterEach(() => fixtures.remove());

  for (const c of cases) {
    it(c.name, async () => {
      // A lone surrogate cannot be written as UTF-8: on disk it becomes the bytes ED A0 80, which are not UTF-8.
      const bytes = Buffer.from(c.text.replace('\ud800', '\u0000\u0000\u0000'), 'utf8');
      if (c.text.includes('\ud800')) bytes.set([0xed, 0xa0, 0x80], bytes.indexOf(0));
      fixtures.write('edge.minutes', bytes);
      const result = await runCli(['check', '--format', 'json', 'edge.minutes'], { cwd: fixtures.root });
      if (c.cli) {
        assert.equal(result.status, c.cli.status, result.stderr);
        assert.match(result.stderr, /edge\.minutes.*(binary|UTF-8)/);
        return;
      }
      const rows = parseJsonReport(result);
      // The command line drops a BOM and counts from 1.
      assert.deepEqual(rows.map((r) => [r.code, r.line - 1, r.column - 1]), c.expected.diagnostics);
      assert.equal(result.status, c.expected.diagnostics.some(([code]) => code === 'missing-assignee') ? 1 : 0);
    });
  }
});

describe('edge inputs: the language server', function () {
  this.timeout(60_000);
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ locale: 'en' });
  });
  after(async () => client.stop());

  cases.forEach((c, index) => {
    it(c.name, async () => {
      const uri = `file:///edge/${index}.minutes`;
      await client.open(uri, c.text);
      const diagnostics = await client.diagnosticsFor(uri, () => true, 1, 20_000);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), c.expected.diagnostics);
      const textDocument = { uri };
      const position = { line: 7, character: 12 };
      await client.request('textDocument/completion', { textDocument, position });
      await client.request('textDocument/hover', { textDocument, position });
      await client.request('textDocument/documentSymbol', { textDocument });
      await client.request('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } });
      await client.request('textDocument/foldingRange', { textDocument });
      await client.request('textDocument/semanticTokens/full', { textDocument });
      const onEva = { line: 4, character: 1 };
      await client.request('textDocument/prepareRename', { textDocument, position: onEva });
      await client.request('textDocument/references', { textDocument, position: onEva, context: { includeDeclaration: true } });
      await client.request('textDocument/documentHighlight', { textDocument, position: onEva });
      await client.request('textDocument/rename', { textDocument, position: onEva, newName: 'Anna Lind' }).catch((error: { code?: number }) => assert.notEqual(error.code, -32603, String(error)));
      await client.close(uri);
      assert.ok(!client.exited, `the server exited:\n${client.serverLog}`);
    });
  });
});
