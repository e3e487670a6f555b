import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import {
  FixtureFolder,
  VALID_ACTION,
  ensureCliBuilt,
  joinLines,
  minutesWithAction,
  parseJsonReport,
  repoRoot,
  runCli,
  unprivileged,
  type JsonRow,
} from './helpers';

const VALID = joinLines(minutesWithAction(VALID_ACTION));
const MISSING_ASSIGNEE_LINE = 'Uppdrag: ta fram en agenda';
const MISSING_ASSIGNEE = joinLines(minutesWithAction(MISSING_ASSIGNEE_LINE));
const TEXT_LINE = /^.+:\d+:\d+: (error|warning|information|hint) [a-z-]+: .+$/;
const EN_SUMMARY = /^\d+ errors?, \d+ warnings?(, \d+ info)?(, \d+ hints?)? in \d+ files?$/;
const SV_SUMMARY = /^\d+ fel, \d+ varning(ar)?(, \d+ upplysning(ar)?)?(, \d+ tips)? i \d+ fil(er)?$/;

describe('minutes check', function () {
  let fixtures: FixtureFolder;
  before(ensureCliBuilt);
  beforeEach(() => {
    fixtures = new FixtureFolder();
  });
  afterEach(() => fixtures.remove());

  it('reports nothing and exits 0 for a valid document', async () => {
    const file = fixtures.write('clean.minutes', VALID);
    const result = await runCli(['check', '--format', 'json', file]);
    assert.deepEqual(parseJsonReport(result), []);
    assert.equal(result.status, 0, result.stderr);
  });

  it('reports an action without assignee as an error at its line, and exits 1', async () => {
    const file = fixtures.write('missing.minutes', MISSING_ASSIGNEE);
    const result = await runCli(['check', '--format', 'json', file]);
    const rows = parseJsonReport(result).filter((row) => row.code === 'missing-assignee');
    assert.equal(rows.length, 1, result.stdout);
    const row = rows[0]!;
    assert.equal(row.severity, 'error');
    assert.equal(row.file, file);
    // The action is on the 8th line; columns are 1-based and stay within that line.
    assert.equal(row.line, 8);
    assert.equal(row.endLine, 8);
    assert.ok(row.column >= 1 && row.column <= row.endColumn, JSON.stringify(row));
    assert.ok(row.endColumn <= MISSING_ASSIGNEE_LINE.length + 1, JSON.stringify(row));
    assert.equal(result.status, 1);
  });

  // Each case points at one exact piece of text; the reported range must cover exactly it, with
  // 1-based lines and columns, whatever the line ends and whether the file starts with a BOM.
  const positionCases: { name: string; lastLine: string; code: string; severity: string; target: string }[] = [
    {
      name: 'an unknown assignee',
      lastLine: 'Uppdrag: Kalle Anka – ta fram en budget. Senast: 2024-04-01',
      code: 'unknown-assignee',
      severity: 'warning',
      target: 'Kalle Anka',
    },
    {
      name: 'an impossible deadline',
      lastLine: 'Uppdrag: Eva Hessman – ta fram en budget. Senast: 2024-02-30',
      code: 'invalid-date',
      severity: 'error',
      target: '2024-02-30',
    },
  ];
  /** UTF-16 with its byte-order mark, as Windows editors save "Unicode" text. */
  const utf16 = (text: string, order: 'le' | 'be'): Uint8Array => {
    const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return order === 'le' ? bytes : bytes.swap16();
  };
  const encodings: { name: string; encode: (lines: string[]) => string | Uint8Array }[] = [
    { name: 'LF', encode: (lines) => joinLines(lines) },
    { name: 'CRLF', encode: (lines) => joinLines(lines, '\r\n') },
    { name: 'BOM and LF', encode: (lines) => `\uFEFF${joinLines(lines)}` },
    { name: 'UTF-16 little-endian with BOM, CRLF', encode: (lines) => utf16(joinLines(lines, '\r\n'), 'le') },
    { name: 'UTF-16 big-endian with BOM', encode: (lines) => utf16(joinLines(lines), 'be') },
  ];
  for (const c of positionCases) {
    for (const encoding of encodings) {
      it(`places ${c.name} exactly (${encoding.name})`, async () => {
        const lines = minutesWithAction(c.lastLine);
        const file = fixtures.write('doc.minutes', encoding.encode(lines));
        const result = await runCli(['check', '--format', 'json', file]);
        const rows = parseJsonReport(result).filter((row) => row.code === c.code);
        const column = c.lastLine.indexOf(c.target) + 1;
        assert.deepEqual(
          rows.map((row) => [row.severity, row.line, row.column, row.endLine, row.endColumn]),
          [[c.severity, lines.length, column, lines.length, column + c.target.length]],
          result.stdout,
        );
      });
    }
  }

  it('prints each JSON row with exactly the eight documented keys and types', async () => {
    const file = fixtures.write('missing.minutes', MISSING_ASSIGNEE);
    const rows = parseJsonReport(await runCli(['check', '--format', 'json', file]));
    assert.ok(rows.length > 0);
    const types: Record<keyof JsonRow, string> = {
      file: 'string',
      line: 'number',
      column: 'number',
      endLine: 'number',
      endColumn: 'number',
      severity: 'string',
      code: 'string',
      message: 'string',
    };
    for (const row of rows) {
      assert.deepEqual(Object.keys(row).sort(), Object.keys(types).sort());
      for (const [key, type] of Object.entries(types)) assert.equal(typeof row[key as keyof JsonRow], type, key);
      for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
        assert.ok(Number.isInteger(row[key]) && row[key] >= 1, `${key} = ${row[key]}`);
      }
      assert.match(row.severity, /^(error|warning|information|hint)$/);
      assert.match(row.code, /^[a-z-]+$/);
      assert.notEqual(row.message, '');
    }
  });

  it('sorts the JSON rows by file, then by position', async () => {
    const twoErrors = joinLines([...minutesWithAction(MISSING_ASSIGNEE_LINE), '', '2. Lokaler', MISSING_ASSIGNEE_LINE]);
    fixtures.write('b.minutes', twoErrors);
    fixtures.write('a.minutes', twoErrors);
    const rows = parseJsonReport(await runCli(['check', '--format', 'json', 'b.minutes', 'a.minutes'], { cwd: fixtures.root }));
    const keys = rows.map((row) => [row.file, row.line, row.column] as const);
    const sorted = [...keys].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1] || x[2] - y[2]));
    assert.deepEqual(keys, sorted);
    assert.deepEqual([...new Set(rows.map((row) => row.file))], ['a.minutes', 'b.minutes']);
  });

  it('prints text as file:line:col: severity code: message, then a summary', async () => {
    fixtures.write('missing.minutes', MISSING_ASSIGNEE);
    fixtures.write('clean.minutes', VALID);
    const result = await runCli(['check', 'missing.minutes', 'clean.minutes'], { cwd: fixtures.root });
    const lines = result.stdout.trimEnd().split('\n');
    const summary = lines.pop();
    assert.ok(lines.length > 0, result.stdout);
    for (const line of lines) assert.match(line, TEXT_LINE);
    assert.ok(lines.some((line) => line.startsWith('missing.minutes:8:') && line.includes(' error missing-assignee: ')));
    assert.match(summary ?? '', EN_SUMMARY);
    assert.match(summary ?? '', /^1 error, .* in 2 files$/);
    assert.equal(result.status, 1);
  });

  it('searches folders recursively for .minutes files only, skipping node_modules, dot-folders and link loops', async () => {
    fixtures.write('docs/a.minutes', VALID);
    fixtures.write('docs/sub/b.minutes', MISSING_ASSIGNEE);
    fixtures.write('docs/sub/deeper/c.minutes', MISSING_ASSIGNEE);
    fixtures.write('docs/notes.txt', MISSING_ASSIGNEE);
    fixtures.write('docs/node_modules/pkg/d.minutes', MISSING_ASSIGNEE);
    fixtures.write('docs/.archive/e.minutes', MISSING_ASSIGNEE);
    // A link back up the tree: followed once, never in circles, and no file is reported twice.
    symlinkSync(fixtures.path('docs'), fixtures.path('docs/sub/deeper/up'), 'dir');
    const json = await runCli(['check', '--format', 'json', 'docs'], { cwd: fixtures.root });
    assert.deepEqual(
      [...new Set(parseJsonReport(json).map((row) => row.file))],
      ['docs/sub/b.minutes', 'docs/sub/deeper/c.minutes'],
    );
    assert.equal(json.status, 1);
    const text = await runCli(['check', 'docs'], { cwd: fixtures.root });
    assert.match(text.stdout.trimEnd().split('\n').pop() ?? '', / in 3 files$/);
  });

  it('shows a file found in a folder under the folder as written, ./ and a final slash included', async () => {
    fixtures.write('given/sub/b.minutes', MISSING_ASSIGNEE);
    for (const [folder, shown] of [['./given', './given/sub/b.minutes'], ['given/', 'given/sub/b.minutes'], ['./given/sub/', './given/sub/b.minutes']]) {
      const json = await runCli(['check', '--format', 'json', folder as string], { cwd: fixtures.root });
      assert.deepEqual([...new Set(parseJsonReport(json).map((row) => row.file))], [shown], folder);
    }
  });

  it('says so on stderr, without failing, when a folder holds no .minutes file', async () => {
    fixtures.write('empty/readme.txt', 'nothing here\n');
    const result = await runCli(['check', 'empty'], { cwd: fixtures.root });
    assert.equal(result.status, 0);
    assert.match(result.stderr, /no \*\.minutes files found in empty/);
    assert.match(result.stdout, / in 0 files\n$/);
  });

  it('does not call a folder empty because its files were already collected by another path', async () => {
    fixtures.write('series/sub/a.minutes', MISSING_ASSIGNEE);
    for (const args of [['series', 'series'], ['series', 'series/sub'], ['series/sub', 'series']]) {
      const result = await runCli(['check', ...args], { cwd: fixtures.root });
      assert.doesNotMatch(result.stderr, /no \*\.minutes files found/, args.join(' '));
      assert.match(result.stdout, / in 1 file\n$/, args.join(' '));
    }
  });

  it('checks a file named explicitly whatever its extension', async () => {
    fixtures.write('notes.txt', MISSING_ASSIGNEE);
    const result = await runCli(['check', '--format', 'json', 'notes.txt'], { cwd: fixtures.root });
    assert.deepEqual(
      parseJsonReport(result).map((row) => [row.file, row.code]).filter(([, code]) => code === 'missing-assignee'),
      [['notes.txt', 'missing-assignee']],
    );
  });

  it('knows the attendees of the other minutes in the same folder, as the editor does', async () => {
    const assignToKalle = joinLines(minutesWithAction('Uppdrag: Kalle Anka – ta fram en budget. Senast: 2024-04-01'));
    fixtures.write('group/earlier.minutes', joinLines(['Anteckningar', 'Datum: 2024-02-01', '', 'NÄRVARANDE', 'Kalle Anka, Ankeborg']));
    fixtures.write('group/later.minutes', assignToKalle);
    fixtures.write('elsewhere/later.minutes', assignToKalle);
    const result = await runCli(['check', '--format', 'json', 'group/later.minutes', 'elsewhere'], { cwd: fixtures.root });
    assert.deepEqual(
      parseJsonReport(result).filter((row) => row.code === 'unknown-assignee').map((row) => row.file),
      ['elsewhere/later.minutes'],
    );
  });

  it('reads the meeting date of a protokoll header from `Plats och tid:`, and reports a wrong one there', async () => {
    const protokoll = (when: string) =>
      joinLines(['Protokoll Kommunstyrelsen', `Plats och tid: Kommunhuset, ${when}`, '', 'Beslutande', 'Eva Berg (S)', '', '§ 1 Budget', 'Uppdrag: Eva Berg – ta fram underlag. Senast: 10/2']);
    fixtures.write('ks/2025-02-18.minutes', protokoll('2025-02-18 kl. 18.00–20.45'));
    fixtures.write('ks/2025-02-30.minutes', protokoll('2025-02-30 kl. 18.00–20.45'));
    const result = await runCli(['check', '--lang', 'sv', '--format', 'json', 'ks'], { cwd: fixtures.root });
    assert.deepEqual(
      parseJsonReport(result).map((row) => [row.file, row.code, row.line, row.column, row.endColumn, row.message]),
      [
        // The year-less deadline is in the meeting's year, and so before the meeting.
        ['ks/2025-02-18.minutes', 'deadline-before-meeting', 8, 47, 51, 'Sista dag 2025-02-10 är före mötesdagen 2025-02-18.'],
        ['ks/2025-02-30.minutes', 'invalid-date', 2, 29, 55, 'Datumet "2025-02-30 kl. 18.00–20.45" finns inte.'],
      ],
    );
  });

  const unreadableCases: { name: string; content: Uint8Array; stderr: RegExp }[] = [
    { name: 'a NUL byte', content: new Uint8Array([0x41, 0x00, 0x42, 0x0a]), stderr: /binary/ },
    { name: 'Latin-1 text (invalid UTF-8)', content: new Uint8Array([0x4d, 0xf6, 0x74, 0x65, 0x0a]), stderr: /UTF-8/ },
    { name: 'UTF-16 text without a byte-order mark', content: new Uint8Array([0x41, 0x00, 0x0a, 0x00]), stderr: /binary/ },
    { name: 'a UTF-16 byte-order mark on text that is not UTF-16', content: new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x0a]), stderr: /not valid UTF-16 text; not checked/ },
  ];
  for (const c of unreadableCases) {
    it(`refuses a file with ${c.name}: exit 2, the file named on stderr`, async () => {
      fixtures.write('weird.minutes', c.content);
      const result = await runCli(['check', '--format', 'json', 'weird.minutes'], { cwd: fixtures.root });
      assert.equal(result.status, 2);
      assert.match(result.stderr, /weird\.minutes/);
      assert.match(result.stderr, c.stderr);
      assert.deepEqual(parseJsonReport(result), []);
    });
  }

  it('points at the first byte of a Latin-1 file and says to save it as UTF-8, in both languages', async () => {
    // Windows-1252 "Möte: Styrelsen\r\nPlats: Tånga" : the å (0xE5) is line 2, column 9.
    fixtures.write('latin.minutes', new Uint8Array([...Buffer.from('Möte: Styrelsen\r\nPlats: T'), 0xe5, ...Buffer.from('nga\r\n')]));
    const english = await runCli(['check', 'latin.minutes'], { cwd: fixtures.root });
    assert.equal(english.status, 2);
    assert.equal(english.stderr, 'minutes: latin.minutes is not valid UTF-8 text: the first invalid byte is on line 2, column 9; not checked. Save the file as UTF-8 and try again\n');
    const swedish = await runCli(['check', '--lang', 'sv', 'latin.minutes'], { cwd: fixtures.root });
    assert.equal(swedish.status, 2);
    assert.equal(swedish.stderr, 'minutes: latin.minutes är inte giltig UTF-8-text (den första ogiltiga byten står på rad 2, kolumn 9) och filen granskas inte. Spara filen som UTF-8 och försök igen\n');
  });

  it('says that a symbolic link named or found in a folder points at nothing, in both languages', async () => {
    symlinkSync('gone.minutes', fixtures.path('dangling.minutes'));
    fixtures.write('docs/a.minutes', VALID);
    symlinkSync('../nowhere.minutes', fixtures.path('docs/b.minutes'));
    const english = await runCli(['check', 'dangling.minutes', 'docs'], { cwd: fixtures.root });
    assert.equal(english.status, 2);
    assert.equal(
      english.stderr,
      'minutes: cannot read dangling.minutes: it is a symbolic link to gone.minutes, which does not exist\n' +
        'minutes: cannot read docs/b.minutes: it is a symbolic link to ../nowhere.minutes, which does not exist\n',
    );
    const swedish = await runCli(['check', '--lang', 'sv', 'dangling.minutes'], { cwd: fixtures.root });
    assert.equal(swedish.stderr, 'minutes: kan inte läsa dangling.minutes: den är en symbolisk länk till gone.minutes, som inte finns\n');
  });

  it('reports a folder it may not read as unreadable only, not also as empty', async function () {
    // Root reads any folder, so as root the program runs as `nobody`; skipped only if root cannot do that.
    const runAs = unprivileged();
    if (runAs === undefined) this.skip();
    fixtures.write('locked/a.minutes', VALID);
    fixtures.write('docs/locked/b.minutes', VALID);
    fixtures.write('docs/readme.txt', 'no minutes here\n');
    chmodSync(fixtures.root, 0o755);
    chmodSync(fixtures.path('docs'), 0o755);
    chmodSync(fixtures.path('locked'), 0o000);
    chmodSync(fixtures.path('docs/locked'), 0o000);
    try {
      // Named again, on its own or as a part of a folder named before, it is still not called empty.
      const result = await runCli(['check', 'locked', 'docs', 'docs/locked', './docs/locked'], { cwd: fixtures.root, runAs });
      assert.equal(result.stderr, 'minutes: cannot read locked: permission denied\nminutes: cannot read docs/locked: permission denied\n');
      assert.equal(result.status, 2);
    } finally {
      chmodSync(fixtures.path('locked'), 0o755);
      chmodSync(fixtures.path('docs/locked'), 0o755);
    }
  });

  it('reports a missing path with exit 2, after checking the other paths', async () => {
    fixtures.write('missing.minutes', MISSING_ASSIGNEE);
    const result = await runCli(['check', '--format', 'json', 'missing.minutes', 'no-such-file.minutes'], {
      cwd: fixtures.root,
    });
    assert.equal(result.status, 2, 'unreadable input wins over errors found');
    assert.match(result.stderr, /no-such-file\.minutes/);
    assert.ok(parseJsonReport(result).some((row) => row.code === 'missing-assignee'));
  });

  it('reports a file it may not read with exit 2', async () => {
    // A link to itself cannot be read by anyone, root included (ELOOP), unlike a chmod 000 file.
    const file = join(fixtures.root, 'secret.minutes');
    symlinkSync('secret.minutes', file);
    const result = await runCli(['check', file]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /secret\.minutes/);
  });

  // `readFileSync` would wait for ever for a pipe's writer, and read /dev/zero until memory ran out.
  const specialFiles: { name: string; path: (root: string) => string }[] = [
    {
      name: 'a named pipe with no writer',
      path: (root) => {
        const fifo = join(root, 'pipe.minutes');
        execFileSync('mkfifo', [fifo]);
        return fifo;
      },
    },
    { name: 'the device /dev/zero', path: () => '/dev/zero' },
  ];
  for (const c of specialFiles) {
    it(`refuses ${c.name} at once: exit 2, in both languages`, async () => {
      const path = c.path(fixtures.root);
      const english = await runCli(['check', path], { timeoutMs: 20_000 });
      assert.equal(english.status, 2);
      assert.ok(english.stderr.includes(`cannot read ${path}: not a regular file`), english.stderr);
      const swedish = await runCli(['check', '--lang', 'sv', path], { timeoutMs: 20_000 });
      assert.equal(swedish.status, 2);
      assert.ok(swedish.stderr.includes(`kan inte läsa ${path}: inte en vanlig fil`), swedish.stderr);
    });
  }

  it('speaks Swedish with --lang sv', async () => {
    fixtures.write('missing.minutes', MISSING_ASSIGNEE);
    const result = await runCli(['check', '--lang', 'sv', 'missing.minutes', 'saknas.minutes'], { cwd: fixtures.root });
    const lines = result.stdout.trimEnd().split('\n');
    assert.match(lines.pop() ?? '', SV_SUMMARY);
    for (const line of lines) assert.match(line, TEXT_LINE);
    assert.match(result.stderr, /hittar inte saknas\.minutes/);
    assert.equal(result.status, 2);
  });

  const localeCases: { name: string; args: string[]; env: Record<string, string>; summary: RegExp }[] = [
    { name: 'LANG=sv_SE.UTF-8', args: [], env: { LANG: 'sv_SE.UTF-8' }, summary: SV_SUMMARY },
    { name: 'LC_ALL=sv_SE over LANG=en_US', args: [], env: { LC_ALL: 'sv_SE.UTF-8', LANG: 'en_US.UTF-8' }, summary: SV_SUMMARY },
    { name: 'LANG=C', args: [], env: { LANG: 'C' }, summary: EN_SUMMARY },
    { name: 'LC_ALL=C over LANG=sv_SE, as POSIX has it', args: [], env: { LC_ALL: 'C', LANG: 'sv_SE.UTF-8' }, summary: EN_SUMMARY },
    { name: '--lang en over LANG=sv_SE', args: ['--lang', 'en'], env: { LANG: 'sv_SE.UTF-8' }, summary: EN_SUMMARY },
  ];
  for (const c of localeCases) {
    it(`chooses the language from ${c.name}`, async () => {
      fixtures.write('clean.minutes', VALID);
      const result = await runCli(['check', ...c.args, 'clean.minutes'], { cwd: fixtures.root, env: c.env });
      assert.match(result.stdout.trimEnd(), c.summary);
      assert.equal(result.status, 0, result.stderr);
    });
  }
});

describe('minutes check on the project example', function () {
  before(ensureCliBuilt);

  it('finds no error or warning in examples/kommunchefsgruppen.minutes', async () => {
    const result = await runCli(['check', '--format', 'json', 'examples/kommunchefsgruppen.minutes']);
    const loud = parseJsonReport(result).filter((row) => row.severity === 'error' || row.severity === 'warning');
    assert.deepEqual(loud, []);
    assert.equal(result.status, 0, result.stderr);
  });

  // The raw reference minutes (extracted from a PDF) live beside the project, not in it.
  const reference = join(repoRoot, '..', 'shared', 'reference', '000_13f9851aec9c8325.txt');
  it('finds no error in the raw reference minutes', async () => {
    assert.ok(existsSync(reference), `${reference} is laid beside the clone`);
    const result = await runCli(['check', '--format', 'json', reference]);
    assert.deepEqual(parseJsonReport(result).filter((row) => row.severity === 'error'), []);
    assert.equal(result.status, 0, result.stderr);
  });
});
