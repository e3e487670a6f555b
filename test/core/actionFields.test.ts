import assert from 'node:assert/strict';
import { readActionFields, textBeforeFields } from '../../server/src/core/model/actionFields';
import { parseMinutes } from '../../server/src/core/index';
import { joinLines } from '../helpers/expect';

/** The fields of `text` as `readActionFields` reads them: the text before them, each field, and any rest, with places checked. */
function fieldsOf(text: string, continuation: boolean): string[] {
  const { headEnd, fields, rest } = readActionFields(text, 0, text.length, continuation);
  const head = textBeforeFields(text, 0, headEnd, text.length);
  const nodes = [head, ...fields.flatMap((f) => [f.keyword, f.value]), ...rest];
  for (const node of nodes) if (node.text !== '') assert.equal(text.slice(node.span.start, node.span.end), node.text, `${text}: place of ${node.text}`);
  return [head.text, ...fields.map((f) => `${f.kind} ${f.keyword.text}: ${f.value.text}`), ...rest.map((r) => `rest ${r.text}`)];
}

describe('readActionFields', () => {
  const actionLines: readonly [string, readonly string[]][] = [
    // Owner and deadline after the task, as new users write them.
    ['fix the logout bug. Owner: Dana Whitaker. Due: 2025-03-21', ['fix the logout bug.', 'owner Owner: Dana Whitaker', 'deadline Due: 2025-03-21']],
    ['boka lokal. Ansvarig: Lisa Björk. Senast: 14 mars', ['boka lokal.', 'owner Ansvarig: Lisa Björk', 'deadline Senast: 14 mars']],
    ['boka lokal. Senast: 14/3. Ansvariga: Lisa, Bo', ['boka lokal.', 'deadline Senast: 14/3', 'owner Ansvariga: Lisa, Bo']],
    ['boka lokal, owners: Lisa; due: fredag', ['boka lokal', 'owner owners: Lisa', 'deadline due: fredag']],
    ['book the hall – Owner: Ann – Deadline: 1 June', ['book the hall', 'owner Owner: Ann', 'deadline Deadline: 1 June']],
    ['book the hall. Status: done', ['book the hall.', 'status Status: done']],
    // In parentheses; words after the group belong to the task.
    ['fix the signup bug (Owner: Marcus, Due: 2025-03-21)', ['fix the signup bug', 'owner Owner: Marcus', 'deadline Due: 2025-03-21']],
    ['fix the signup bug (Due: 2025-03-21).', ['fix the signup bug', 'deadline Due: 2025-03-21']],
    ['fix the bug (Owner: Marcus) before Friday.', ['fix the bug', 'owner Owner: Marcus', 'rest before Friday.']],
    ['fix the bug (Owner: Eva Berg (S)). Due: 1 May', ['fix the bug', 'owner Owner: Eva Berg (S)', 'deadline Due: 1 May']],
    // The last deadline counts; one before it is mentioned in passing, unless an owner comes first.
    ['skriv senast: x i mallen. Senast: 2024-05-01', ['skriv senast: x i mallen.', 'deadline Senast: 2024-05-01']],
    ['ring. Senast: 1 maj. Ansvarig: Bo', ['ring.', 'deadline Senast: 1 maj', 'owner Ansvarig: Bo']],
    ['ring senast: x. Senast: 1 maj. Ansvarig: Bo. Senast: 2 maj', ['ring senast: x.', 'deadline Senast: 1 maj', 'owner Ansvarig: Bo', 'deadline Senast: 2 maj']],
    // Does not change: no keyword with a colon, or a keyword inside a word.
    ['fix the bug', ['fix the bug']],
    ['fix the owner field; deadline soon', ['fix the owner field; deadline soon']],
    ['ask the co-owner: Tom', ['ask the co-owner: Tom']],
    ['check the Ownership: rules', ['check the Ownership: rules']],
    ['Owner: Eva', ['', 'owner Owner: Eva']],
  ];
  for (const [line, expected] of actionLines) {
    it(`action line: ${line}`, () => assert.deepEqual(fieldsOf(line, false), expected));
  }

  // The value of a continuation line, after its own keyword.
  const continuationValues: readonly [string, readonly string[]][] = [
    ['Marcus Lee  Due: 2025-03-21', ['Marcus Lee', 'deadline Due: 2025-03-21']],
    ['Marcus Lee, Due: 2025-03-21', ['Marcus Lee', 'deadline Due: 2025-03-21']],
    ['Marcus Lee; Status: in progress', ['Marcus Lee', 'status Status: in progress']],
    ['2025-03-21, Owner: Marcus', ['2025-03-21', 'owner Owner: Marcus']],
    ['pågår. Senast: v. 12', ['pågår.', 'deadline Senast: v. 12']],
    // Every keyword is a field on a continuation line: the first deadline is not passed over.
    ['Eva. Due: 1 May. Due: 2 May', ['Eva.', 'deadline Due: 1 May', 'deadline Due: 2 May']],
    ['Eva. Status: done. Owner: Bo', ['Eva.', 'status Status: done', 'owner Owner: Bo']],
    ['Marcus Lee', ['Marcus Lee']],
  ];
  for (const [value, expected] of continuationValues) {
    it(`continuation line value: ${value}`, () => assert.deepEqual(fieldsOf(value, true), expected));
  }

  it('never throws, and keeps every node inside the text, on any text', () => {
    const pieces = ['Owner', 'owner', 'Due', 'Senast', 'Status', ':', ': ', ' ', '(', ')', '.', ',', ';', '–', ' - ', 'Eva', '2024-05-01', '@'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const count = Math.floor(random() * 12);
      for (let i = 0; i < count; i++) text += pieces[Math.floor(random() * pieces.length)] ?? '';
      for (const continuation of [false, true]) fieldsOf(text, continuation);
    }
  });
});

/** Each action of the item as `[assignees, task, deadline, status]`, every assignee's place checked. */
function actionsOf(lines: readonly string[]): unknown[] {
  const text = joinLines('1. A', ...lines);
  const { document } = parseMinutes(text, { today: { year: 2025, month: 1, day: 1 } });
  return (document.items[0]?.body ?? []).flatMap((block) => {
    if (block.kind !== 'action') return [];
    for (const a of block.assignees) assert.equal(text.slice(a.name.span.start, a.name.span.end), a.name.text, `place of ${a.name.text}`);
    return [[block.assignees.map((a) => a.name.text), block.task?.text ?? null, block.deadline?.date.text.text ?? null, block.status?.text.text ?? null]];
  });
}

describe('action lines with their fields', () => {
  const cases: readonly [string, readonly string[], readonly unknown[]][] = [
    ['the owner on the action line', ['Action: fix the logout bug. Owner: Dana Whitaker. Due: 2025-03-21'], [['Dana Whitaker'], 'fix the logout bug.', '2025-03-21', null]],
    ['ansvarig på uppdragsraden', ['Uppdrag: boka lokal. Ansvarig: Lisa Björk. Senast: 14 mars'], [['Lisa Björk'], 'boka lokal.', '14 mars', null]],
    ['the owner after a dash list adds to it', ['Action: Eva – book the hall. Owner: Bo'], [['Eva', 'Bo'], 'book the hall.', null, null]],
    ['owner and due in parentheses', ['Action: fix the signup bug (Owner: Marcus, Due: 2025-03-21)'], [['Marcus'], 'fix the signup bug', '2025-03-21', null]],
    ['owner and due on one continuation line, two spaces', ['Action: fix the login bug', 'Owner: Marcus Lee  Due: 2025-03-21'], [['Marcus Lee'], 'fix the login bug', '2025-03-21', null]],
    ['owner and due on one continuation line, a comma', ['Action: update docs', 'Owner: Marcus Lee, Due: 2025-03-21'], [['Marcus Lee'], 'update docs', '2025-03-21', null]],
    ['owner and status on one continuation line', ['Uppdrag: boka lokal', '  Ansvarig: Lisa, Status: klar'], [['Lisa'], 'boka lokal', null, 'klar']],
    ['an owner line with a full stop before the deadline', ['Action: update docs', 'Owner: Marcus Lee. Due: 21 March'], [['Marcus Lee'], 'update docs', '21 March', null]],
    ['a deadline line with the owner after it', ['Action: update docs', 'Due: 21 March. Owner: Marcus'], [['Marcus'], 'update docs', '21 March', null]],
    ['a mention before the owner', ['Action: @Marcus – review PR #482. Due: 2025-03-19'], [['Marcus'], 'review PR #482.', '2025-03-19', null]],
    ['mentions in a list and on an owner line', ['Uppdrag: @Leila & @ Robin – gör schema', 'Ansvarig: @Tom'], [['Leila', 'Robin', 'Tom'], 'gör schema', null, null]],
    ['a mention before owners before "to"', ['Action: @Jane Smith to circulate the minutes'], [['Jane Smith'], 'circulate the minutes', null, null]],
    ['an @ alone names nobody', ['Action: @ – review'], [[], 'review', null, null]],
    ['a wrapped task line ending in fields', ['Uppdrag: Eva Berg – ta fram en tid-', 'plan. Ansvarig: Bo. Senast: 2025-04-15'], [['Eva Berg', 'Bo'], 'ta fram en tidplan.', '2025-04-15', null]],
    ['an indented task line ending in a deadline', ['Uppdrag: Sanna Dahl – redovisa kostnaderna', '  månad för månad. Senast: 30 april'], [['Sanna Dahl'], 'redovisa kostnaderna månad för månad.', '30 april', null]],
    ['an indented task line ending in an owner', ['Action: Eva – write a plan', '    for the year. Owner: Bo'], [['Eva', 'Bo'], 'write a plan for the year.', null, null]],
    // Does not change.
    ['an indented task line with a colon in its text', ['Uppdrag: Eva – läs bilagan', '  Bilaga 2: budget'], [['Eva'], 'läs bilagan Bilaga 2: budget', null, null]],
    ['a dash, a task and a deadline', ['Uppdrag: Eva – ring kommunen. Senast: 2025-05-01'], [['Eva'], 'ring kommunen.', '2025-05-01', null]],
    ['a dash and nothing after it but a deadline', ['Action: Eva – Due: 2025-05-01'], [['Eva'], null, '2025-05-01', null]],
    ['an owner line alone', ['Action: review', '  Owner: Tom Reed.'], [['Tom Reed.'], 'review', null, null]],
    ['a deadline line with a full stop', ['Action: Eva – review', 'Due: 1 June 2025.'], [['Eva'], 'review', '1 June 2025', null]],
    ['a status in words', ['Action: Eva – review', 'Status: waiting for an answer'], [['Eva'], 'review', null, 'waiting for an answer']],
    ['no owner', ['Action: fix the owner field'], [[], 'fix the owner field', null, null]],
    ['an e-mail address in the task', ['Action: Eva – write to a@b.se'], [['Eva'], 'write to a@b.se', null, null]],
  ];
  for (const [name, lines, expected] of cases) {
    it(name, () => assert.deepEqual(actionsOf(lines), [expected]));
  }
});
