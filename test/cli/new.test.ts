import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../server/src/cli/run';
import { repoRoot, runCli } from './helpers';

describe('minutes new --from', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'minutes-new-'));
    cpSync(join(repoRoot, 'test/fixtures/series/styrelsen'), folder, { recursive: true });
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** Runs `minutes ARGS…` in-process in the copy of the series, on 2024-06-11. */
  async function minutes(args: readonly string[]): Promise<{ status: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const status = await run(args, { cwd: folder, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), now: () => new Date(2024, 5, 11, 9) });
    return { status, stdout, stderr };
  }

  it('writes the next meeting by date next to the previous one, with the open actions', async () => {
    const result = await minutes(['new', '--from', '2024-05-14.minutes']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, 'wrote 2024-06-11.minutes (4 open actions to follow up)\n');
    assert.equal(readFileSync(join(folder, '2024-06-11.minutes'), 'utf8'), readFileSync(join(repoRoot, 'test/fixtures/series/expected/next.sv.minutes'), 'utf8'));
  });

  it('never replaces a file: a second run takes the next free name, -o onto an existing file fails', async () => {
    assert.equal((await minutes(['new', '--from', '2024-05-14.minutes'])).status, 0);
    const second = await minutes(['new', '--from', '2024-05-14.minutes', '--lang', 'sv']);
    assert.equal(second.stdout, 'skrev 2024-06-11-2.minutes (4 öppna uppdrag att följa upp)\n');
    const before = readFileSync(join(folder, '2024-03-05.minutes'), 'utf8');
    const onto = await minutes(['new', '--from', '2024-05-14.minutes', '-o', '2024-03-05.minutes']);
    assert.equal(onto.status, 2);
    assert.match(onto.stderr, /2024-03-05.minutes already exists; nothing was written/);
    assert.equal(readFileSync(join(folder, '2024-03-05.minutes'), 'utf8'), before);
    assert.deepEqual(readdirSync(folder).sort(), ['2024-03-05.minutes', '2024-04-09.minutes', '2024-05-14.minutes', '2024-06-11-2.minutes', '2024-06-11.minutes']);
  });

  it('takes --date and -o, and explains bad usage', async () => {
    const dated = await minutes(['new', '--from', '2024-04-09.minutes', '--date', '2024-09-01', '-o', 'september.minutes']);
    assert.equal(dated.status, 0, dated.stderr);
    const text = readFileSync(join(folder, 'september.minutes'), 'utf8');
    assert.match(text, /^Datum: 2024-09-01$/m);
    // From the April meeting: its attendees; the follow-up lists the open actions of the whole series.
    assert.doesNotMatch(text, /^Cecilia Dahl/m);
    assert.match(text, /^- Bo Ek: betala vårens fakturor\./m);
    assert.equal((await minutes(['new'])).status, 2);
    assert.match((await minutes(['new'])).stderr, /new needs --from FILE/);
    assert.match((await minutes(['new', '--from', '2024-04-09.minutes', '--date', '2024-02-30'])).stderr, /cannot read the date '2024-02-30'/);
    assert.match((await minutes(['new', '--from', 'missing.minutes'])).stderr, /cannot find missing.minutes/);
    // A folder is no previous meeting, and the message says what it is.
    const fromFolder = await minutes(['new', '--from', '.']);
    assert.equal(fromFolder.status, 2);
    assert.match(fromFolder.stderr, /not a regular file \(a folder/);
    assert.ok(!existsSync(join(folder, 'missing.minutes')));
  });

  it('refuses an output that names a folder or lies in a missing one, and names the folder', async () => {
    mkdirSync(join(folder, 'arkiv'));
    const before = readdirSync(folder).sort();
    const existing = await minutes(['new', '--from', '2024-05-14.minutes', '-o', 'arkiv']);
    assert.equal(existing.stderr, 'minutes: arkiv names a folder, not a file; nothing was written. Name the file to write, for example -o arkiv/2024-06-11.minutes\n');
    assert.equal(existing.status, 2);
    const slash = await minutes(['new', '--from', '2024-05-14.minutes', '-o', 'ny/', '--lang', 'sv']);
    assert.equal(slash.stderr, 'minutes: ny/ anger en mapp, inte en fil; inget skrevs. Ange filen som ska skrivas, till exempel -o ny/2024-06-11.minutes\n');
    const missing = await minutes(['new', '--from', '2024-05-14.minutes', '-o', 'saknas/juni.minutes']);
    assert.match(missing.stderr, /^minutes: cannot write saknas\/juni\.minutes: the folder saknas does not exist/);
    assert.deepEqual(readdirSync(folder).sort(), before);
    assert.deepEqual(readdirSync(join(folder, 'arkiv')), []);
  });

  it('writes the new minutes to standard output with -o -, and no file', async () => {
    const before = readdirSync(folder).sort();
    const result = await minutes(['new', '--from', '2024-05-14.minutes', '-o', '-']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Protokoll|^Anteckningar|^Minutes|\nDatum: 2024-06-11\n/);
    assert.match(result.stdout, /Datum: 2024-06-11/);
    assert.deepEqual(readdirSync(folder).sort(), before);
  });

  it('refuses to write onto a device', async () => {
    const result = await minutes(['new', '--from', '2024-05-14.minutes', '-o', '/dev/null']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /\/dev\/null is not a regular file/);
  });

  it('says that no new meeting was written from a file that is not UTF-8', async () => {
    writeFileSync(join(folder, 'latin.minutes'), new Uint8Array([...Buffer.from('Anteckningar\nM'), 0xf6, ...Buffer.from('te\n')]));
    const result = await minutes(['new', '--from', 'latin.minutes']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /latin\.minutes is not valid UTF-8 text: the first invalid byte is on line 2, column 2; no new meeting was written\./);
  });

  it('reads dates without a year in files without a date in today\'s year, not the new meeting\'s', async () => {
    // An undated meeting of the series (today is 2024-06-11) with a deadline written without a year.
    writeFileSync(join(folder, 'utkast.minutes'), 'Anteckningar\n\nNÄRVARANDE\nBo Ek, Ekbacken\n\n1. Staket\nUppdrag: Bo Ek – måla staketet. Senast: 14 juni\n');
    const result = await minutes(['new', '--from', 'utkast.minutes', '--date', '2025-01-20', '-o', 'januari.minutes']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(readFileSync(join(folder, 'januari.minutes'), 'utf8'), /^- Bo Ek: måla staketet\. \(senast 2024-06-14; p\. 1\)$/m);
  });

  it('keeps each attendee\'s party, organisation and role, and leaves out their attendance notes', async () => {
    mkdirSync(join(folder, 'nämnden'));
    writeFileSync(
      join(folder, 'nämnden', '2024-05-14.minutes'),
      'Protokoll\nDatum: 2024-05-14\n\nNÄRVARANDE\nEva Hessman (S), Göteborg, ordförande\nPia Alhäll, Härryda (digitalt from p 4)\nBo Ek (M) (p 2)\nAnn Lind (KD), Lerum, ledamot (from p 4)\n\n1. Mötets öppnande\n2. Budget\n3. Lokaler\n4. Taxor\n',
    );
    const result = await minutes(['new', '--from', 'nämnden/2024-05-14.minutes', '-o', '-']);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.split('\n');
    const list = lines.slice(lines.indexOf('NÄRVARANDE') + 1, lines.indexOf('', lines.indexOf('NÄRVARANDE')));
    assert.deepEqual(list, ['Eva Hessman (S), Göteborg, ordförande', 'Pia Alhäll, Härryda', 'Bo Ek (M)', 'Ann Lind (KD), Lerum, ledamot']);
  });

  it('runs as the built program', async () => {
    const result = await runCli(['new', '--from', join(folder, '2024-05-14.minutes'), '--date', '2024-06-11', '-o', join(folder, 'built.minutes')]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(readFileSync(join(folder, 'built.minutes'), 'utf8'), /^2\. Uppföljning av uppdrag$/m);
  });
});
