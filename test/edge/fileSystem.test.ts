/**
 * Edge inputs on disk for `minutes check`: files that are not UTF-8 text (binary formats, broken
 * or forbidden UTF-8 sequences, UTF-16), paths that cannot be read, and folders whose symbolic
 * links loop. Each gets a clear message naming the file and exit status 2 — or, for a loop, a
 * walk that ends with every file checked once — never a crash or a hang.
 */
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { ensureCliBuilt, FixtureFolder, parseJsonReport, runCli } from '../cli/helpers';

const VALID = 'Anteckningar\nDatum: 2024-03-08\n\nNÄRVARANDE\nEva Hessman\n\n1. Budget\nUppdrag: Eva Hessman – skriv. Senast: 2024-04-01\n';
const MISSING_ASSIGNEE = 'Anteckningar\nDatum: 2024-03-08\n\n1. Budget\nUppdrag: skriv en budget\n';

describe('edge inputs on disk: minutes check', function () {
  this.timeout(60_000);
  let fixtures: FixtureFolder;
  before(ensureCliBuilt);
  beforeEach(() => (fixtures = new FixtureFolder()));
  afterEach(() => fixtures.remove());

  const notText: { name: string; bytes: number[]; stderr: RegExp; swedish: RegExp }[] = [
    { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], stderr: /binary/, swedish: /binär/ },
    { name: 'the start of a PDF', bytes: [...Buffer.from('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a], stderr: /UTF-8/, swedish: /UTF-8/ },
    { name: 'a UTF-8 sequence cut off at the end', bytes: [...Buffer.from('Anteckningar\nM'), 0xc3], stderr: /UTF-8/, swedish: /UTF-8/ },
    { name: 'an overlong encoding of "/"', bytes: [...Buffer.from('1. A'), 0xc0, 0xaf, 0x0a], stderr: /UTF-8/, swedish: /UTF-8/ },
    { name: 'a surrogate encoded in UTF-8 (CESU)', bytes: [...Buffer.from('Eva '), 0xed, 0xa0, 0x80, 0x0a], stderr: /UTF-8/, swedish: /UTF-8/ },
    { name: 'UTF-16 big-endian with a BOM and half a character', bytes: [0xfe, 0xff, 0x00, 0x41, 0x00], stderr: /UTF-16/, swedish: /UTF-16/ },
    { name: 'a lone continuation byte', bytes: [...Buffer.from('Datum: 2024'), 0x80, 0x0a], stderr: /UTF-8/, swedish: /UTF-8/ },
  ];
  for (const c of notText) {
    it(`refuses ${c.name}: exit 2, a message naming the file, in English and Swedish, and checks the other files`, async () => {
      fixtures.write('bad.minutes', new Uint8Array(c.bytes));
      fixtures.write('good.minutes', MISSING_ASSIGNEE);
      const result = await runCli(['check', '--format', 'json', 'bad.minutes', 'good.minutes'], { cwd: fixtures.root });
      assert.equal(result.status, 2);
      assert.match(result.stderr, /bad\.minutes/);
      assert.match(result.stderr, c.stderr);
      assert.deepEqual(parseJsonReport(result).map((row) => [row.file, row.code]), [['good.minutes', 'missing-assignee']]);
      const swedish = await runCli(['check', 'bad.minutes'], { cwd: fixtures.root, env: { LANG: 'sv_SE.UTF-8' } });
      assert.equal(swedish.status, 2);
      assert.match(swedish.stderr, c.swedish);
    });
  }

  const unreadable: { name: string; setup: (f: FixtureFolder) => string; stderr: RegExp }[] = [
    { name: 'a missing file', setup: () => 'saknas.minutes', stderr: /saknas\.minutes/ },
    {
      name: 'a path under a regular file',
      setup: (f) => {
        f.write('plain.minutes', VALID);
        return 'plain.minutes/inner.minutes';
      },
      stderr: /plain\.minutes\/inner\.minutes/,
    },
    {
      name: 'two links pointing at each other',
      setup: (f) => {
        symlinkSync('b.minutes', f.path('a.minutes'));
        symlinkSync('a.minutes', f.path('b.minutes'));
        return 'a.minutes';
      },
      stderr: /a\.minutes/,
    },
    {
      name: 'a dangling link',
      setup: (f) => {
        symlinkSync('gone.minutes', f.path('dangling.minutes'));
        return 'dangling.minutes';
      },
      stderr: /dangling\.minutes/,
    },
  ];
  for (const c of unreadable) {
    it(`reports ${c.name} with exit 2 and checks the other files`, async () => {
      const operand = c.setup(fixtures);
      fixtures.write('ok.minutes', VALID);
      const result = await runCli(['check', '--format', 'json', operand, 'ok.minutes'], { cwd: fixtures.root });
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, c.stderr);
      assert.deepEqual(parseJsonReport(result), [], 'ok.minutes was checked and is clean');
    });
  }

  it('walks a folder full of link loops to the end, checking every file once', async () => {
    fixtures.write('docs/a.minutes', MISSING_ASSIGNEE);
    fixtures.write('docs/sub/b.minutes', MISSING_ASSIGNEE);
    mkdirSync(fixtures.path('docs/x'));
    mkdirSync(fixtures.path('docs/y'));
    symlinkSync('.', fixtures.path('docs/self')); // a folder that contains itself
    symlinkSync('../y', fixtures.path('docs/x/to-y')); // x → y → x
    symlinkSync('../x', fixtures.path('docs/y/to-x'));
    symlinkSync('../..', fixtures.path('docs/sub/up')); // back above the folder given
    symlinkSync('loop', fixtures.path('docs/loop')); // a link to itself, not named *.minutes: not ours
    const result = await runCli(['check', '--format', 'json', 'docs'], { cwd: fixtures.root });
    assert.equal(result.status, 1, result.stderr);
    assert.deepEqual(parseJsonReport(result).map((row) => row.file), ['docs/a.minutes', 'docs/sub/b.minutes']);
  });

  it('reports a link loop named like a minutes file inside a folder (exit 2), after checking the rest', async () => {
    fixtures.write('docs/a.minutes', MISSING_ASSIGNEE);
    symlinkSync('loop.minutes', fixtures.path('docs/loop.minutes'));
    const result = await runCli(['check', '--format', 'json', 'docs'], { cwd: fixtures.root });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /docs\/loop\.minutes/);
    assert.deepEqual(parseJsonReport(result).map((row) => row.file), ['docs/a.minutes']);
  });
});
