import assert from 'node:assert/strict';
import { analyzeMinutes, documentSymbols, formatEdits, hover, isoDate, type ActionBlock, type Analysis, type MinutesSymbol } from '../../server/src/core/index';
import { applyEdits } from '../helpers/edits';

/**
 * A deadline written at the end of an action's task, without `Senast:`/`Due:` (`model/taskDeadline.ts`):
 * after a last dash (the form "assignees – task – deadline"), after a word that says "by", or a
 * word that says "as soon as possible". What does not read as a deadline stays in the task.
 */

/** Minutes of a meeting on Tuesday 11 March 2025 whose only item holds `lines`. */
function minutes(lines: readonly string[], language: 'sv' | 'en' = 'sv'): string {
  const head = language === 'sv' ? ['Test', '', 'Datum: 2025-03-11', '', 'NÄRVARANDE', 'Eva Berg', 'Ann Bell', '', '1. Ärende'] : ['Test', '', 'Date: 2025-03-11', '', 'PRESENT', 'Eva Berg', 'Ann Bell', '', '1. Business'];
  return [...head, ...lines, ''].join('\n');
}

function actionsOf(analysis: Analysis): ActionBlock[] {
  return analysis.document.items.flatMap((item) => item.body.filter((b): b is ActionBlock => b.kind === 'action'));
}

/** The action's task, the word before its deadline and what the deadline reads as: `task | lead | date`. */
function describe1(action: ActionBlock): string {
  const d = action.deadline;
  if (!d) return `${action.task?.text ?? ''} | - | -`;
  const date = d.date.date ? isoDate(d.date.date) : d.date.words ? `words:${d.date.words}` : (d.date.problem ?? '?');
  return `${action.task?.text ?? ''} | ${d.inTask ? d.keyword.text || '∅' : `${d.keyword.text}:`} | ${date}`;
}

function check(line: string, expected: string, language: 'sv' | 'en' = 'sv'): void {
  const text = minutes([line], language);
  const analysis = analyzeMinutes(text, { locale: 'en' });
  const [action] = actionsOf(analysis);
  assert.ok(action, line);
  assert.equal(describe1(action), expected, line);
  const d = action.deadline;
  if (d) {
    // Every node stands where the text has it.
    assert.equal(text.slice(d.date.text.span.start, d.date.text.span.end), d.date.text.text, `${line}: place of the date`);
    assert.equal(text.slice(d.keyword.span.start, d.keyword.span.end), d.keyword.text, `${line}: place of the lead`);
    if (action.task) assert.equal(text.slice(action.task.span.start, action.task.span.end), action.task.text, `${line}: place of the task`);
  }
}

describe('deadlines at the end of the task (taskDeadline.ts)', () => {
  const cases: [string, string, ('sv' | 'en')?][] = [
    // After a last dash: a date in any form the core reads.
    ['Uppdrag: Eva Berg – boka lokalen – 2025-05-31', 'boka lokalen | – | 2025-05-31'],
    ['Uppdrag: Eva Berg – boka lokalen – 31 maj', 'boka lokalen | – | 2025-05-31'],
    ['Uppdrag: Eva Berg – boka lokalen — 31 maj.', 'boka lokalen | — | 2025-05-31'],
    ['Uppdrag: Eva Berg - boka lokalen - 2025-05-31', 'boka lokalen | - | 2025-05-31'],
    ['Uppdrag: Eva Berg – boka lokalen – senast 31 maj', 'boka lokalen | – | 2025-05-31'],
    ['Uppdrag: Eva Berg – boka lokalen – fredag', 'boka lokalen | – | 2025-03-14'],
    ['Uppdrag: Eva Berg – boka lokalen – slutet av april', 'boka lokalen | – | 2025-04-30'],
    ['Uppdrag: Eva Berg – ring kommunen – snarast', 'ring kommunen | – | words:soon'],
    ['Uppdrag: Eva Berg – återrapportera – till nästa möte', 'återrapportera | – | words:nextMeeting'],
    ['Action: Ann Bell – prepare the Q1 statement – March 31, 2025', 'prepare the Q1 statement | – | 2025-03-31', 'en'],
    ['Action: Ann Bell – follow up with the landscaper – April 4', 'follow up with the landscaper | – | 2025-04-04', 'en'],
    ['Action: Ann Bell – review the quotes – by Friday', 'review the quotes | – | 2025-03-14', 'en'],
    ['Action: Ann Bell – update the member list – ASAP', 'update the member list | – | words:soon', 'en'],
    ['Action: Ann Bell – review the lease by mid-April', 'review the lease | by | 2025-04-30', 'en'],
    ['Action: Ann Bell – book the hall before Easter', 'book the hall | before | words:season', 'en'],
    ['Action: Ann Bell – report to the trustees – Q2', 'report to the trustees | – | 2025-06-30', 'en'],
    ['Uppdrag: Eva Berg – se över taxan – efter sommaren', 'se över taxan | – | words:season'],
    ['Uppdrag: Eva Berg – se över taxan före jul', 'se över taxan | före | words:season'],
    // A date that does not exist is still the deadline, and is reported.
    ['Uppdrag: Eva Berg – kolla läget – 2025-02-30', 'kolla läget | – | impossible'],
    // After a word that says "by".
    ['Action: Ann Bell – circulate the budget by 20 March 2025', 'circulate the budget | by | 2025-03-20', 'en'],
    ['Action: Ann Bell – report by email by Friday', 'report by email | by | 2025-03-14', 'en'],
    ['Action: Ann Bell – circulate the draft before the next meeting', 'circulate the draft | before | words:nextMeeting', 'en'],
    ['Action: Ann Bell – finish the report by the end of April.', 'finish the report | by | 2025-04-30', 'en'],
    ['Uppdrag: Eva Berg – boka lokal senast 14 april', 'boka lokal | senast | 2025-04-14'],
    ['Uppdrag: Eva Berg – svara på remissen till 15 maj', 'svara på remissen | till | 2025-05-15'],
    // `till` is as often "to" as "by": after it only a date in figures is a deadline.
    ['Uppdrag: Eva Berg – bjuda in SKR till nästa möte', 'bjuda in SKR till nästa möte | - | -'],
    ['Uppdrag: Eva Berg – flytta mötet till fredag', 'flytta mötet till fredag | - | -'],
    ['Uppdrag: Eva Berg – skicka ut förslaget, senast fredag', 'skicka ut förslaget | senast | 2025-03-14'],
    // A word that says "as soon as possible", last.
    ['Uppdrag: Eva Berg – ring banken snarast', 'ring banken | ∅ | words:soon'],
    ['Uppdrag: Eva Berg – ring banken omga\u030aende.', 'ring banken | ∅ | words:soon'],
    ['Action: Ann Bell – call the bank ASAP.', 'call the bank | ∅ | words:soon', 'en'],
    // Not a deadline: stays in the task.
    ['Uppdrag: Eva Berg – boka lokalen – GR', 'boka lokalen – GR | - | -'],
    ['Action: Ann Bell – agree the plan with Tom by phone', 'agree the plan with Tom by phone | - | -', 'en'],
    ['Uppdrag: Eva Berg – skicka inbjudan till 3 personer', 'skicka inbjudan till 3 personer | - | -'],
    ['Uppdrag: Eva Berg – ta fram underlag till styrelsen', 'ta fram underlag till styrelsen | - | -'],
    ['Action: Ann Bell – write up items raised by 3 members', 'write up items raised by 3 members | - | -', 'en'],
    // A deadline alone after the dash: the owner and a deadline, no task (reported as empty-action).
    ['Uppdrag: Eva Berg – snarast', ' | – | words:soon'],
    ['Uppdrag: Eva Berg – e-post till alla', 'e-post till alla | - | -'],
    // A deadline field wins; words before it stay in the task as written.
    ['Uppdrag: Eva Berg – boka lokalen – 31 maj. Senast: 2025-06-30', 'boka lokalen – 31 maj. | Senast: | 2025-06-30'],
  ];
  for (const [line, expected, language] of cases) {
    it(`${line} → ${expected}`, () => check(line, expected, language));
  }

  it('reads a deadline after the only dash: a task before it in lower case has no owner; a name before it has no task', () => {
    const text = minutes(['Uppdrag: boka lokalen – 31 maj', 'Uppdrag: Eva Berg – 31 maj', 'Action: book the hall - by Friday', 'Uppdrag: boka lokalen – GR']);
    const analysis = analyzeMinutes(text, { locale: 'en' });
    assert.deepEqual(
      actionsOf(analysis).map((a) => `${a.assignees.map((x) => x.name.text).join(', ')} | ${describe1(a)}`),
      [' | boka lokalen | – | 2025-05-31', 'Eva Berg |  | – | 2025-05-31', ' | book the hall | - | 2025-03-14', 'boka lokalen | GR | - | -'],
    );
    const diagnostics = analysis.diagnostics.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`);
    assert.deepEqual(diagnostics.map((d) => d.split(' ')[0]), ['missing-assignee', 'empty-action', 'missing-assignee', 'unknown-assignee']);
  });

  it('reads the deadline at the end of a wrapped task, and the action runs to it', () => {
    const text = minutes(['Uppdrag: Eva Berg – ta fram ett förslag på agenda för heldagen', '  tillsammans med GR – 2025-05-31']);
    const analysis = analyzeMinutes(text, { locale: 'sv' });
    const [action] = actionsOf(analysis);
    assert.ok(action);
    assert.equal(describe1(action), 'ta fram ett förslag på agenda för heldagen tillsammans med GR | – | 2025-05-31');
    assert.equal(action.span.end, text.indexOf('2025-05-31') + '2025-05-31'.length);
  });

  it('reports a deadline before the meeting, and a date that does not exist, on the date', () => {
    const text = minutes(['Uppdrag: Eva Berg – boka lokalen – 2025-02-01', 'Uppdrag: Ann Bell – ring – 2025-02-30']);
    const diagnostics = analyzeMinutes(text, { locale: 'en' }).diagnostics.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`);
    assert.deepEqual(diagnostics, ['deadline-before-meeting 2025-02-01', 'invalid-date 2025-02-30']);
  });

  it('is shown as written in the outline, named in the hover of the actions, and left alone by formatting', () => {
    const text = minutes(['Uppdrag: Eva Berg – boka lokalen – 31 maj', 'Uppdrag: Ann Bell – ring banken snarast']);
    const analysis = analyzeMinutes(text, { locale: 'sv' });
    const all = (symbols: readonly MinutesSymbol[]): MinutesSymbol[] => symbols.flatMap((s) => [s, ...all(s.children)]);
    const details = all(documentSymbols(analysis)).filter((s) => s.kind === 'action').map((s) => s.detail);
    assert.deepEqual(details, ['– 31 maj', 'snarast']);
    const onEva = hover(analysis, text.lastIndexOf('Eva Berg'));
    assert.match(onEva?.markdown ?? '', /boka lokalen \(Senast 2025\\-05\\-31\)/);
    assert.equal(applyEdits(text, formatEdits(analysis)), text);
  });
});
