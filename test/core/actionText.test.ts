import assert from 'node:assert/strict';
import { readActionFields, textBeforeFields } from '../../server/src/core/model/actionFields';
import { splitNames } from '../../server/src/core/model/actionText';
import { seededRandom } from '../helpers/random';

/** The names of an assignee list as `splitNames` reads them, each with its place. */
function check(list: string, whole: readonly string[], expected: readonly string[]): void {
  const names = splitNames(list, 0, list.length, whole);
  assert.deepEqual(
    names.map((n) => n.text),
    expected,
    list,
  );
  for (const n of names) assert.equal(list.slice(n.span.start, n.span.end), n.text, `${list}: place of ${n.text}`);
}

describe('splitNames', () => {
  it('splits at commas, och, and, &', () => {
    check('Gitte Caous, Rickard Vidlund och Maria Reinholdsson', [], ['Gitte Caous', 'Rickard Vidlund', 'Maria Reinholdsson']);
    check('Eva and Bo & Per', [], ['Eva', 'Bo', 'Per']);
    check('Eva Berg samt Per Ström', [], ['Eva Berg', 'Per Ström']);
    check('Eva Berg, Bo Ek SAMT Per', [], ['Eva Berg', 'Bo Ek', 'Per']);
    check('Samtliga', [], ['Samtliga']);
    check('Bygg- samt miljönämnden', [], ['Bygg- samt miljönämnden']);
    check('Kultur och fritid', [], ['Kultur', 'fritid']);
    // A Swedish compound cut short with a hyphen is one name: `och` joins its parts.
    check('Kultur- och fritidsförvaltningen, Eva', [], ['Kultur- och fritidsförvaltningen', 'Eva']);
    check('Barn- och utbildningsnämnden och Eva', [], ['Barn- och utbildningsnämnden', 'Eva']);
  });

  it('splits at a slash between names, not before a word in lower case', () => {
    check('JB/PS', [], ['JB', 'PS']);
    check('Ola Ek / Nils-Erik', [], ['Ola Ek', 'Nils-Erik']);
    check('Eva, Bo/Per och Kim', [], ['Eva', 'Bo', 'Per', 'Kim']);
    check('Miljö/bygg', [], ['Miljö/bygg']);
    check('Miljö/Bygg', ['miljö/bygg'], ['Miljö/Bygg']);
  });

  it('keeps a known name with och, and or & whole, in any case, wherever it stands in the list', () => {
    const whole = ['kultur och fritid', 'barn & utbildning'];
    check('Kultur och fritid', whole, ['Kultur och fritid']);
    check('KULTUR OCH FRITID', whole, ['KULTUR OCH FRITID']);
    check('Eva Berg och Kultur och fritid', whole, ['Eva Berg', 'Kultur och fritid']);
    check('Barn & utbildning, Kultur och fritid och Bo', whole, ['Barn & utbildning', 'Kultur och fritid', 'Bo']);
    check('Kultur  och\tfritid och Bo', whole, ['Kultur  och\tfritid', 'Bo']);
    check('Kultur och fritid samt Bo', whole, ['Kultur och fritid', 'Bo']);
    check('Bo samt Kultur och fritid', whole, ['Bo', 'Kultur och fritid']);
    check('Plan samt bygg, Bo', ['plan samt bygg'], ['Plan samt bygg', 'Bo']);
  });

  it('does not split inside parentheses, which hold a note about the name', () => {
    check('Sara Lind (Kultur och fritid)', [], ['Sara Lind (Kultur och fritid)']);
    check('Sara Lind (Kultur & fritid), Bo Ek', [], ['Sara Lind (Kultur & fritid)', 'Bo Ek']);
    check('Eva Berg (S) och Per Ström (M)', [], ['Eva Berg (S)', 'Per Ström (M)']);
    check('Eva Berg (S, ordf.) och Bo', [], ['Eva Berg (S, ordf.)', 'Bo']);
    check('Eva (a (b, c) d), Bo', [], ['Eva (a (b, c) d)', 'Bo']);
    // A `(` left open runs to the end of the list.
    check('Eva Berg (S, Bo Ek', [], ['Eva Berg (S, Bo Ek']);
    check('Eva) och Bo', [], ['Eva)', 'Bo']);
  });

  it('keeps it whole only where it stands as a name of its own', () => {
    const whole = ['kultur och fritid'];
    check('Kultur och fritidsnämnden', whole, ['Kultur', 'fritidsnämnden']);
    check('Stora kultur och fritid', whole, ['Stora kultur', 'fritid']);
    check('Kultur och fritid!', whole, ['Kultur', 'fritid!']);
    check('Naturkultur och fritid', whole, ['Naturkultur', 'fritid']);
  });

  it('splits exactly where the separator expression matches, lists of one name included (read without it)', () => {
    // No hyphens: a word cut short with one is the rule above. The separator expression alone
    // gives the names; `splitNames` skips it on a stretch where none can stand.
    const pieces = ['Eva', 'Berg', ' ', '  ', '\t', '\u00a0', 'och', 'OCH', 'Och', 'and', 'AND', 'o', 'a', 'A', ',', '&', 'Åsa', 'ö', 'x', '.'];
    const random = seededRandom(5);
    for (let round = 0; round < 5000; round++) {
      let list = '';
      const length = Math.floor(random() * 10);
      for (let i = 0; i < length; i++) list += pieces[Math.floor(random() * pieces.length)] ?? '';
      const plain = list.split(/,|\s+(?:och|and)\s+|\s*&\s*/i).map((n) => n.trim()).filter((n) => n !== '');
      check(list, [], plain);
    }
  });

  it('reads a long list in one pass', function () {
    this.timeout(10_000);
    const list = 'Kultur och fritid, Barn & utbildning och '.repeat(20_000);
    assert.equal(splitNames(list, 0, list.length, ['kultur och fritid', 'barn & utbildning']).length, 40_000);
  });
});

/** An action line's text read as `startAction` reads it: the task before the fields, and the deadline that counts. */
function splitDeadline(line: string): { task: { text: string }; deadline?: { keyword: { text: string; span: { start: number } }; text: { text: string } } } {
  const { headEnd, fields } = readActionFields(line, 0, line.length, false);
  const deadline = fields.filter((f) => f.kind === 'deadline').pop();
  const task = textBeforeFields(line, 0, headEnd, line.length);
  return deadline ? { task, deadline: { keyword: deadline.keyword, text: deadline.value } } : { task };
}

describe('the deadline of an action line (readActionFields)', () => {
  function task(line: string): string {
    return splitDeadline(line).task.text;
  }

  it('leaves out of the task what only joined it to the deadline, and keeps its full stop', () => {
    assert.equal(task('review capital spend – Due: 30 May 2024'), 'review capital spend');
    assert.equal(task('review capital spend - Due: 30 May 2024'), 'review capital spend');
    assert.equal(task('ring kommunen, senast: 2024-05-01'), 'ring kommunen');
    assert.equal(task('ring kommunen; Senast: 2024-05-01'), 'ring kommunen');
    assert.equal(task('ring kommunen. Senast: 2024-05-01'), 'ring kommunen.');
    assert.equal(task('ta fram en plan för e-tjänster - Senast: 1 maj'), 'ta fram en plan för e-tjänster');
    assert.equal(task('Senast: 1 maj'), '');
  });

  /**
   * What `splitDeadline` stands for, written plainly: the last `word:` phrase of the whole line
   * found by one expression from the start, the date without trailing white space and full stops,
   * the task without what joined it to the deadline.
   */
  function plainly(line: string): string {
    const phrase = /(?:^|(?<=[\s.;,]))(senast|due|klart|deadline)\s*:\s*/giu;
    let last: RegExpExecArray | undefined;
    for (let m = phrase.exec(line); m; m = phrase.exec(line)) last = m;
    if (!last) return JSON.stringify({ task: line.trim() });
    const keywordStart = last.index + last[0].length - last[0].trimStart().length;
    const date = line.slice(last.index + last[0].length).replace(/[\s.]+$/, '').trim();
    let taskEnd = keywordStart;
    while (taskEnd > 0 && /[\s,;–—]/.test(line.charAt(taskEnd - 1))) taskEnd--;
    if (taskEnd > 0 && line.charAt(taskEnd - 1) === '-' && /\s/.test(line.charAt(taskEnd - 2))) taskEnd--;
    return JSON.stringify({ task: line.slice(0, taskEnd).trim(), keyword: last[1], at: keywordStart, date });
  }

  it('finds the deadline the plain expression finds, in random lines', () => {
    const random = seededRandom(5150);
    const pieces = ['Senast', 'senast', 'Due', 'due', 'Klart', 'DEADLINE', ':', ': ', ' ', '  ', '.', ',', ';', '–', ' - ', 'ring', 'x', '2024-05-01', '1 maj', 'ſenast', '\u00a0', 'osenast'];
    for (let round = 0; round < 4000; round++) {
      let line = '';
      const count = Math.floor(random() * 10);
      for (let i = 0; i < count; i++) line += pieces[Math.floor(random() * pieces.length)] ?? '';
      const split = splitDeadline(line);
      const got = split.deadline
        ? JSON.stringify({ task: split.task.text, keyword: split.deadline.keyword.text, at: split.deadline.keyword.span.start, date: split.deadline.text.text })
        : JSON.stringify({ task: split.task.text });
      assert.equal(got, plainly(line), JSON.stringify(line));
    }
  });
});

describe('action lines as people type them', () => {
  it('takes two hyphens with spaces as the separator, and a full stop after an owner as the end of the sentence', async () => {
    const { analyzeMinutes } = await import('../../server/src/core/analysis/analyze');
    const text = 'Minutes\nDate: 2024-03-08\n\nPresent\nTom Reed, Finance\n\n1. Budget\nAction: Tom Reed -- circulate the figures.\nAction: review the budget\n  Owner: Tom Reed.\n';
    const analysis = analyzeMinutes(text, { locale: 'en' });
    const actions = analysis.document.items[0]?.body.filter((b) => b.kind === 'action') ?? [];
    assert.deepEqual(
      actions.map((a) => (a.kind === 'action' ? [a.assignees.map((x) => x.name.text), a.task?.text] : [])),
      [[['Tom Reed'], 'circulate the figures.'], [['Tom Reed.'], 'review the budget']],
    );
    assert.deepEqual(analysis.diagnostics.map((d) => d.code), []);
    // A name that ends in a full stop of its own is found as written.
    const junior = analyzeMinutes('Minutes\nDate: 2024-03-08\n\nPresent\nTom Reed Jr., Schools\n\n1. Budget\nAction: review the budget\n  Owner: Tom Reed Jr.\n', { locale: 'en' });
    assert.deepEqual(junior.diagnostics.map((d) => d.code), []);
  });

  it('an assignee written with the party or note of the attendance list is that attendee', async () => {
    const { analyzeMinutes } = await import('../../server/src/core/analysis/analyze');
    const text = 'Protokoll\nDatum: 2025-03-11\n\nNÄRVARANDE\nEva Berg (S), Lerum\nPer Ström (M)\n\n1. Budget\nUppdrag: Eva Berg (S) – ringa.\nUppdrag: Per Ström (M) och Eva Berg – skriva.\nUppdrag: Kim Ek (C) – läsa.\n';
    const analysis = analyzeMinutes(text, { locale: 'sv' });
    const actions = analysis.document.items[0]?.body.filter((b) => b.kind === 'action') ?? [];
    const resolved = actions.flatMap((a) => (a.kind === 'action' ? a.assignees.map((x) => analysis.resolutions.get(x)?.kind) : []));
    assert.deepEqual(resolved, ['attendee', 'attendee', 'attendee', 'unknown']);
    assert.deepEqual(analysis.diagnostics.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`), ['unknown-assignee Kim Ek (C)']);
  });

  it('takes the owners before "to" when an English action line has no dash', async () => {
    const { analyzeMinutes } = await import('../../server/src/core/analysis/analyze');
    const text = [
      'Minutes', 'Date: 2024-03-08', '', 'Present', 'Jane Smith, Finance', 'Omar Khan', '', '1. Budget',
      'Action: Jane Smith to circulate the minutes. Due: 2024-04-01',
      'Action: Jane Smith and Omar Khan to draft a reply',
      'Action: JS/OK to chase the auditors',
      'Action: Review the budget to ensure balance',
      'Action: To be decided',
      'Action: Jane Smith – to send the letter',
      'Action: Thames Water to be chased about the leak',
      'Action: JB to review the lease – by 31 March',
      'Action: Omar Khan to call the agent – 31 March',
      'Action: Jane Smith to review the lease – especially the break clause',
      'Action: Jane Smith – review the lease to be sure',
    ].join('\n');
    const analysis = analyzeMinutes(text, { locale: 'en' });
    const actions = analysis.document.items[0]?.body.filter((b) => b.kind === 'action') ?? [];
    assert.deepEqual(
      actions.map((a) => (a.kind === 'action' ? [a.assignees.map((x) => x.name.text), a.task?.text, a.deadline?.date.text.text ?? null, a.separator ? 'dash' : 'no dash'] : [])),
      [
        [['Jane Smith'], 'circulate the minutes.', '2024-04-01', 'no dash'],
        [['Jane Smith', 'Omar Khan'], 'draft a reply', null, 'no dash'],
        [['JS', 'OK'], 'chase the auditors', null, 'no dash'],
        [[], 'Review the budget to ensure balance', null, 'no dash'],
        [[], 'To be decided', null, 'no dash'],
        [['Jane Smith'], 'to send the letter', null, 'dash'],
        [[], 'Thames Water to be chased about the leak', null, 'no dash'],
        // A dash after the task: the task's, and a deadline after it is read as the task's end.
        [['JB'], 'review the lease', '31 March', 'no dash'],
        [['Omar Khan'], 'call the agent', '31 March', 'no dash'],
        [['Jane Smith'], 'review the lease – especially the break clause', null, 'no dash'],
        [['Jane Smith'], 'review the lease to be sure', null, 'dash'],
      ],
    );
    assert.deepEqual(analysis.diagnostics.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`), ['missing-assignee Action', 'missing-assignee Action', 'missing-assignee Action', 'unknown-assignee JB']);
  });
});

