import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../server/src/cli/run';
import { repoRoot, runCli } from './helpers';

const seriesFolder = join(repoRoot, 'test/fixtures/series');

/** Runs `minutes ARGS…` in-process on 2024-05-20 from test/fixtures/series: the one call site of `run` here. */
async function minutes(args: readonly string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, {
    cwd: seriesFolder,
    env: {},
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    now: () => new Date(2024, 4, 20, 12),
  });
  return { status, stdout, stderr };
}

/** The JSON rows as `file:line status[!] assignees: task`, `!` marking overdue ones. */
async function check(args: readonly string[], expected: readonly string[]): Promise<void> {
  const result = await minutes(['actions', '--format', 'json', ...args]);
  assert.equal(result.status, 0, result.stderr);
  const rows = JSON.parse(result.stdout) as { file: string; line: number; status: string; overdue: boolean; assignees: string[]; task: string }[];
  assert.deepEqual(rows.map((r) => `${r.file}:${r.line} ${r.status}${r.overdue ? '!' : ''} ${r.assignees.join(' & ')}: ${r.task}`), expected);
}

describe('minutes actions', () => {
  it('lists every action of the series once, with its latest status', async () => {
    await check(['styrelsen'], [
      'styrelsen/2024-03-05.minutes:22 open Cecilia Dahl: uppdatera webbplatsen.',
      'styrelsen/2024-04-09.minutes:14 done Bo Ek: boka lokal för årsmötet.',
      'styrelsen/2024-04-09.minutes:18 open! David Falk & Cecilia Dahl: skicka kallelse till årsmötet.',
      'styrelsen/2024-05-14.minutes:15 inProgress! Anna Berg: ta fram ett budgetförslag.',
      'styrelsen/2024-05-14.minutes:22 open Bo Ek: betala vårens fakturor.',
    ]);
  });

  it('filters with --open, --overdue and --assignee', async () => {
    await check(['styrelsen', '--open', '--assignee', 'Bo Ek'], ['styrelsen/2024-05-14.minutes:22 open Bo Ek: betala vårens fakturor.']);
    await check(['--overdue', 'styrelsen'], [
      'styrelsen/2024-04-09.minutes:18 open! David Falk & Cecilia Dahl: skicka kallelse till årsmötet.',
      'styrelsen/2024-05-14.minutes:15 inProgress! Anna Berg: ta fram ett budgetförslag.',
    ]);
    await check(['styrelsen', '--assignee', 'nobody'], []);
  });

  it('prints the spec columns as CSV and as a table in the user\'s language', async () => {
    const csv = await minutes(['actions', 'styrelsen/2024-04-09.minutes', '--format', 'csv']);
    assert.equal(
      csv.stdout,
      [
        // A byte-order mark first, for Excel.
        '\ufefffile,line,meetingDate,item,itemTitle,assignees,task,deadline,deadlineText,status,overdue',
        'styrelsen/2024-04-09.minutes,14,2024-04-09,2,Uppföljning av uppdrag,Bo Ek,boka lokal för årsmötet.,,,done,false',
        'styrelsen/2024-04-09.minutes,18,2024-04-09,3,Årsmöte,David Falk; Cecilia Dahl,skicka kallelse till årsmötet.,2024-04-30,2024-04-30,open,true',
        '',
      ].join('\r\n'),
    );
    const table = await minutes(['actions', 'styrelsen/2024-04-09.minutes', '--lang', 'sv']);
    assert.deepEqual(table.stdout.split('\n').map((line) => line.replace(/ {2,}/g, ' | ')), [
      'Fil | Rad | Möte | Punkt | Rubrik | Ansvariga | Uppdrag | Senast | Status',
      'styrelsen/2024-04-09.minutes | 14 | 2024-04-09 | 2 | Uppföljning av uppdrag | Bo Ek | boka lokal för årsmötet. | klar',
      'styrelsen/2024-04-09.minutes | 18 | 2024-04-09 | 3 | Årsmöte | David Falk, Cecilia Dahl | skicka kallelse till årsmötet. | 2024-04-30 | öppen, FÖRSENAD',
      '',
    ]);
  });

  it('lists a deadline that names no day as written, and one that names a day as that day too', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'minutes-actions-'));
    try {
      writeFileSync(
        join(folder, 'a.minutes'),
        ['Anteckningar', 'Datum: 2024-05-14', '', 'NÄRVARANDE', 'Eva Berg, Ale', 'Bo Ek, Ale', '', '1. Budget', 'Uppdrag: Eva Berg – ringa banken. Senast: snarast', 'Uppdrag: Bo Ek – boka lokalen – till nästa  möte', 'Uppdrag: Eva Berg – skriva svaret. Senast: 31 maj', ''].join('\n'),
      );
      const json = await minutes(['actions', '--format', 'json', folder]);
      const rows = JSON.parse(json.stdout) as { task: string; deadline: string | null; deadlineText: string | null }[];
      assert.deepEqual(rows.map((r) => [r.task, r.deadline, r.deadlineText]), [
        ['ringa banken.', null, 'snarast'],
        ['boka lokalen', null, 'till nästa möte'],
        ['skriva svaret.', '2024-05-31', '31 maj'],
      ]);
      const table = await minutes(['actions', '--lang', 'sv', folder]);
      assert.deepEqual(table.stdout.split('\n').slice(1, 4).map((line) => line.split(/ {2,}/).slice(-2).join(' | ')), ['snarast | öppen', 'till nästa möte | öppen', '2024-05-31 | öppen']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('names the items of a protokoll § 12 in the table, and says so in JSON', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'minutes-actions-'));
    try {
      writeFileSync(join(folder, 'p.minutes'), ['Protokoll', 'Datum: 2024-05-14', '', 'NÄRVARANDE', 'Eva Berg, Ale', '', '§ 11 Öppnande', '', '§ 12 Budget', 'Uppdrag: Eva Berg – ringa banken.', ''].join('\n'));
      const table = await minutes(['actions', '--lang', 'sv', folder]);
      assert.match(table.stdout.split('\n')[1] ?? '', / § 12 {2,}Budget /);
      const rows = JSON.parse((await minutes(['actions', '--format', 'json', folder])).stdout) as { item: number; paragraphs: boolean }[];
      assert.deepEqual(rows.map((r) => [r.item, r.paragraphs]), [[12, true]]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('lists names and tasks without invisible characters, composed, and CSV without formulas', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'minutes-actions-'));
    try {
      writeFileSync(
        join(folder, 'a.minutes'),
        ['Möte', 'Datum: 2024-05-14', '', 'NÄRVARANDE', 'Go\u0308ran Sjö\u00adberg', 'Eva\u200b Berg', '', '1. Budget', 'Uppdrag: Go\u0308ran Sjö\u00adberg – =HYPERLINK("x")', 'Uppdrag: Eva\u200b Berg – @ringa', ''].join('\n'),
      );
      const json = await minutes(['actions', '--format', 'json', folder]);
      const rows = JSON.parse(json.stdout) as { assignees: string[]; task: string }[];
      assert.deepEqual(rows.map((r) => r.assignees), [['Göran Sjöberg'], ['Eva Berg']]);
      const csv = await minutes(['actions', '--format', 'csv', folder]);
      const lines = csv.stdout.split('\r\n');
      assert.match(lines[1] ?? '', /,Göran Sjöberg,"'=HYPERLINK\(""x""\)",/);
      assert.match(lines[2] ?? '', /,Eva Berg,'@ringa,/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reports bad usage and unreadable paths with exit status 2', async () => {
    const none = await minutes(['actions']);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /actions needs at least one file or folder/);
    const csvForCheck = await minutes(['check', '--format', 'csv', 'styrelsen']);
    assert.equal(csvForCheck.status, 2);
    assert.match(csvForCheck.stderr, /invalid value 'csv' for --format/);
    const missing = await minutes(['actions', 'styrelsen', 'nowhere']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot find nowhere/);
    assert.equal((JSON.parse((await minutes(['actions', '--format', 'json', 'styrelsen', 'nowhere'])).stdout) as unknown[]).length, 5, 'the readable files are still listed');
  });

  it('says that the actions of a file that is not UTF-8 are not listed, and lists the others', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'minutes-actions-'));
    try {
      const latin = join(folder, 'latin.minutes');
      writeFileSync(latin, new Uint8Array([...Buffer.from('Anteckningar\nM'), 0xf6, ...Buffer.from('te\n')]));
      const result = await minutes(['actions', '--format', 'json', latin, 'styrelsen/2024-04-09.minutes']);
      assert.equal(result.status, 2);
      assert.equal(result.stderr, `minutes: ${latin} is not valid UTF-8 text: the first invalid byte is on line 2, column 2; its actions are not listed. Save the file as UTF-8 and try again\n`);
      assert.equal((JSON.parse(result.stdout) as unknown[]).length, 2);
      const swedish = await minutes(['actions', '--lang', 'sv', latin]);
      assert.match(swedish.stderr, /rad 2, kolumn 2\) och filens uppdrag listas inte\./);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('runs as the built program', async () => {
    const result = await runCli(['actions', '--format', 'json', '--assignee', 'anna berg', 'test/fixtures/series/styrelsen']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual((JSON.parse(result.stdout) as { task: string }[]).map((r) => r.task), ['ta fram ett budgetförslag.']);
  });
});
