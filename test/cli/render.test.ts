import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, lstatSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCliBuilt, repoRoot, runCli } from './helpers';

/** `minutes render` through the built program: formats, default output, refusal to overwrite, --force. */
describe('minutes render', function () {
  this.timeout(60_000);
  let folder: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'minutes-render-'));
    copyFileSync(join(repoRoot, 'examples/kommunchefsgruppen.minutes'), join(folder, 'möte.minutes'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const magic: Record<string, (bytes: Buffer) => boolean> = {
    html: (bytes) => bytes.toString('utf8').startsWith('<!DOCTYPE html>'),
    md: (bytes) => bytes.toString('utf8').startsWith('# Anteckningar\n'),
    pdf: (bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-',
    docx: (bytes) => bytes.subarray(0, 2).toString('latin1') === 'PK',
  };
  for (const format of ['html', 'md', 'pdf', 'docx']) {
    it(`--to ${format} writes FILE.${format} next to the source`, async () => {
      const result = await runCli(['render', 'möte.minutes', '--to', format], { cwd: folder });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, `wrote möte.${format}\n`);
      assert.ok(magic[format]?.(readFileSync(join(folder, `möte.${format}`))), `möte.${format} is not ${format}`);
    });
  }

  it('refuses to replace an existing file without --force (exit 2), and replaces it with --force', async () => {
    writeFileSync(join(folder, 'ut.html'), 'keep me');
    const refused = await runCli(['render', 'möte.minutes', '--to', 'html', '-o', 'ut.html'], { cwd: folder });
    assert.equal(refused.status, 2);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /ut\.html already exists; nothing was written\. Use --force/);
    assert.equal(readFileSync(join(folder, 'ut.html'), 'utf8'), 'keep me');
    const swedish = await runCli(['render', 'möte.minutes', '--to', 'html', '--output=ut.html'], { cwd: folder, env: { LANG: 'sv_SE.UTF-8' } });
    assert.equal(swedish.status, 2);
    assert.match(swedish.stderr, /ut\.html finns redan; inget skrevs\. Använd --force/);
    const forced = await runCli(['render', '--force', 'möte.minutes', '--to', 'html', '-o', 'ut.html'], { cwd: folder });
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(readFileSync(join(folder, 'ut.html'), 'utf8'), /<td>Pia Alhäll<\/td>/);
    // The atomic write leaves no temporary file behind.
    assert.deepEqual(readdirSync(folder).sort(), ['möte.minutes', 'ut.html']);
  });

  it('names a file written as a folder (-o FILE/) as the file it is', async () => {
    writeFileSync(join(folder, 'afile'), 'keep');
    const result = await runCli(['render', 'möte.minutes', '--to', 'md', '-o', 'afile/'], { cwd: folder });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot write afile\/: afile is a file, not a folder; nothing was written/);
    assert.equal(readFileSync(join(folder, 'afile'), 'utf8'), 'keep');
  });

  it('never writes over a pipe or a device, even with --force', async () => {
    execFileSync('mkfifo', [join(folder, 'rör')]);
    const result = await runCli(['render', '--force', 'möte.minutes', '--to', 'md', '-o', 'rör'], { cwd: folder });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /rör is not a regular file \(a device, a pipe or a socket\); nothing was written/);
    assert.ok(lstatSync(join(folder, 'rör')).isFIFO(), 'the pipe is still a pipe');
  });

  const usageCases: { args: string[]; stderr: RegExp }[] = [
    { args: ['render', '--to', 'pdf'], stderr: /render needs one minutes file/ },
    { args: ['render', 'möte.minutes'], stderr: /render needs --to html\|pdf\|docx\|md/ },
    { args: ['render', 'möte.minutes', '--to', 'odt'], stderr: /invalid value 'odt' for --to/ },
    { args: ['render', 'möte.minutes', 'b.minutes', '--to', 'md'], stderr: /one minutes file at a time/ },
    { args: ['render', 'möte.minutes', '--to', 'md', '-o'], stderr: /option --output needs a value\n/ },
    { args: ['render', 'saknas.minutes', '--to', 'md'], stderr: /cannot find saknas\.minutes/ },
    { args: ['render', 'möte.minutes', '--to', 'md', '-o', 'möte.minutes', '--force'], stderr: /refusing to write the rendering over its own source/ },
    { args: ['render', 'möte.minutes', '--to', 'md', '-o', 'no/such/folder/x.md'], stderr: /cannot write no\/such\/folder\/x\.md/ },
  ];
  for (const c of usageCases) {
    it(`minutes ${c.args.join(' ')} → exit 2`, async () => {
      const result = await runCli(c.args, { cwd: folder });
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, c.stderr);
      assert.equal(result.stdout, '');
      assert.deepEqual(readdirSync(folder), ['möte.minutes']);
      assert.ok(existsSync(join(folder, 'möte.minutes')));
    });
  }

  it('refuses an output that names a folder, existing or not, with or without --force, in both languages', async () => {
    mkdirSync(join(folder, 'ut'));
    symlinkSync('ut', join(folder, 'länk'));
    const cases: { args: string[]; sv?: boolean; stderr: string }[] = [
      { args: ['-o', 'ny/'], stderr: 'minutes: ny/ names a folder, not a file; nothing was written. Name the file to write, for example -o ny/möte.html\n' },
      { args: ['-o', 'ny/', '--force'], stderr: 'minutes: ny/ names a folder, not a file; nothing was written. Name the file to write, for example -o ny/möte.html\n' },
      { args: ['-o', 'ut'], stderr: 'minutes: ut names a folder, not a file; nothing was written. Name the file to write, for example -o ut/möte.html\n' },
      { args: ['-o', 'ut', '--force'], sv: true, stderr: 'minutes: ut anger en mapp, inte en fil; inget skrevs. Ange filen som ska skrivas, till exempel -o ut/möte.html\n' },
      { args: ['-o', 'länk', '--force'], stderr: 'minutes: länk names a folder, not a file; nothing was written. Name the file to write, for example -o länk/möte.html\n' },
      { args: ['-o', 'ut/'], stderr: 'minutes: ut/ names a folder, not a file; nothing was written. Name the file to write, for example -o ut/möte.html\n' },
    ];
    for (const c of cases) {
      const result = await runCli(['render', 'möte.minutes', '--to', 'html', ...c.args, ...(c.sv ? ['--lang', 'sv'] : [])], { cwd: folder });
      assert.equal(result.stderr, c.stderr, c.args.join(' '));
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
    }
    assert.deepEqual(readdirSync(folder).sort(), ['länk', 'möte.minutes', 'ut']);
    assert.deepEqual(readdirSync(join(folder, 'ut')), []);
  });

  it('names the missing folder of an output, or the file standing in its place, in both languages', async () => {
    const missing = await runCli(['render', 'möte.minutes', '--to', 'md', '-o', '/nonexistent-minutes-folder/x.md'], { cwd: folder });
    assert.equal(missing.stderr, 'minutes: cannot write /nonexistent-minutes-folder/x.md: the folder /nonexistent-minutes-folder does not exist; nothing was written. Create it first, or choose another file with -o\n');
    assert.equal(missing.status, 2);
    const swedish = await runCli(['render', 'möte.minutes', '--to', 'md', '-o', 'saknas/x.md', '--lang', 'sv'], { cwd: folder });
    assert.equal(swedish.stderr, 'minutes: kan inte skriva saknas/x.md: mappen saknas finns inte; inget skrevs. Skapa den först eller välj en annan fil med -o\n');
    assert.equal(swedish.status, 2);
    const underFile = await runCli(['render', 'möte.minutes', '--to', 'md', '-o', 'möte.minutes/x.md'], { cwd: folder });
    assert.equal(underFile.stderr, 'minutes: cannot write möte.minutes/x.md: möte.minutes is a file, not a folder; nothing was written\n');
    assert.equal(underFile.status, 2);
    assert.deepEqual(readdirSync(folder), ['möte.minutes']);
  });

  it('says that a file that is not UTF-8 was not rendered, in both languages', async () => {
    writeFileSync(join(folder, 'latin.minutes'), new Uint8Array([...Buffer.from('Anteckningar\nM'), 0xf6, ...Buffer.from('te\n')]));
    const english = await runCli(['render', 'latin.minutes', '--to', 'md'], { cwd: folder });
    assert.equal(english.status, 2);
    assert.match(english.stderr, /^minutes: latin\.minutes is not valid UTF-8 text: the first invalid byte is on line 2, column 2; not rendered\. Save the file as UTF-8/);
    const swedish = await runCli(['render', 'latin.minutes', '--to', 'md', '--lang', 'sv'], { cwd: folder });
    assert.match(swedish.stderr, /rad 2, kolumn 2\) och filen återges inte\. Spara filen som UTF-8/);
    assert.deepEqual(readdirSync(folder).sort(), ['latin.minutes', 'möte.minutes']);
  });

  it('refuses to write over its source through a symbolic or hard link, even with --force', async () => {
    const source = join(folder, 'möte.minutes');
    const before = readFileSync(source, 'utf8');
    symlinkSync('möte.minutes', join(folder, 'alias.minutes'));
    linkSync(source, join(folder, 'hård.minutes'));
    for (const args of [
      ['render', 'alias.minutes', '--to', 'md', '-o', 'möte.minutes', '--force'],
      ['render', 'möte.minutes', '--to', 'md', '-o', 'alias.minutes', '--force'],
      ['render', 'hård.minutes', '--to', 'md', '-o', 'möte.minutes', '--force'],
    ]) {
      const result = await runCli(args, { cwd: folder });
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /refusing to write the rendering over its own source/);
    }
    assert.equal(readFileSync(source, 'utf8'), before);
  });

  it('writes Markdown or HTML to standard output with -o -, and refuses PDF and Word there', async () => {
    const md = await runCli(['render', 'möte.minutes', '--to', 'md', '-o', '-'], { cwd: folder });
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /^# /);
    const html = await runCli(['render', 'möte.minutes', '--to', 'html', '-o', '-'], { cwd: folder });
    assert.match(html.stdout, /^<!DOCTYPE html>/i);
    const pdf = await runCli(['render', 'möte.minutes', '--to', 'pdf', '-o', '-'], { cwd: folder });
    assert.equal(pdf.status, 2);
    assert.match(pdf.stderr, /pdf is not text and is not written to standard output/);
    assert.equal(pdf.stdout, '');
    assert.deepEqual(readdirSync(folder), ['möte.minutes']);
  });

  it('renders the raw reference file, which has no date', async () => {
    copyFileSync(join(repoRoot, 'test/fixtures/parser/reference-raw.minutes'), join(folder, 'ref.txt'));
    const result = await runCli(['render', 'ref.txt', '--to', 'md'], { cwd: folder });
    assert.equal(result.status, 0, result.stderr);
    const markdown = readFileSync(join(folder, 'ref.md'), 'utf8');
    assert.match(markdown, /\| Pia Alhäll \| Härryda \| {3}\| Digitalt från punkt 4 \|/);
    assert.doesNotMatch(markdown, /Datum/);
  });
});
