import assert from 'node:assert/strict';
import { analyzeMinutes, summarizeMinutes } from '../../server/src/core/index';
import { ownersOnly } from '../../server/src/core/model/marginOwners';
import { joinLines } from '../helpers/expect';

/**
 * An action in the margin of the point it belongs to, as British minutes write it: a line that
 * names only owners right below a paragraph or a list entry, whose text is the task
 * (`ownersInMargin` in bodyBlocks.ts, `marginOwners.ts`).
 */

const HEAD = ['Minutes', 'Date: 2025-01-14', '', 'PRESENT', 'Cllr J. Hart (Chairman)', 'Mrs A. Whitcombe, Clerk', 'Jane Smith', 'Tom Reed', ''];

/** Each block of the first item: an action as `action owners | task`; the diagnostics' codes. */
function read(...body: string[]): { blocks: string[]; codes: string[] } {
  const analysis = analyzeMinutes(joinLines(...HEAD, '1. Matters arising', ...body), { locale: 'en' });
  const blocks = (analysis.document.items[0]?.body ?? []).map((b) =>
    b.kind === 'action' ? `action ${b.assignees.map((a) => a.name.text).join(', ')} | ${b.task?.text ?? ''}` : b.kind === 'paragraph' ? `paragraph ${b.text}` : b.kind,
  );
  return { blocks, codes: analysis.diagnostics.map((d) => d.code) };
}

describe('actions in the margin of the point above them', () => {
  const cases: [name: string, body: string[], expected: ReturnType<typeof read>][] = [
    [
      '`ACTION: Clerk` right below a paragraph: the paragraph is the task, and stays a paragraph',
      ['(i) Bus shelter – the Clerk has chased the insurers; no reply yet.', 'ACTION: Clerk'],
      { blocks: ['paragraph (i) Bus shelter – the Clerk has chased the insurers; no reply yet.', 'action Clerk | (i) Bus shelter – the Clerk has chased the insurers; no reply yet.'], codes: [] },
    ],
    [
      'initials, a name, a title and a name, and several owners',
      ['The hall needs a new lock', 'and a key safe.', 'Action: JS', '', 'Quotes are due.', 'Action: Tom Reed', '', 'The fence is down.', 'ACTION: Clerk & Cllr Hart'],
      {
        blocks: [
          'paragraph The hall needs a new lock and a key safe.', 'action JS | The hall needs a new lock and a key safe.',
          'paragraph Quotes are due.', 'action Tom Reed | Quotes are due.',
          'paragraph The fence is down.', 'action Clerk, Cllr Hart | The fence is down.',
        ],
        codes: [],
      },
    ],
    [
      'below a list, the list\'s last entry is the task',
      ['- Grit bin refilled.', '- Bus shelter: insurers chased.', 'Action: Clerk'],
      { blocks: ['list', 'action Clerk | Bus shelter: insurers chased.'], codes: [] },
    ],
    [
      'after a blank line, or below the heading, a name alone is where the task goes: no owner, as before',
      ['The bank needs a new mandate.', '', 'Action: Tom Reed'],
      { blocks: ['paragraph The bank needs a new mandate.', 'action  | Tom Reed'], codes: ['missing-assignee'] },
    ],
    [
      'a task in words of a sentence is a task, below a paragraph too',
      ['The hall needs a new lock.', 'Action: Book the locksmith', 'Uppdrag: Kontakta kommunen'],
      { blocks: ['paragraph The hall needs a new lock.', 'action  | Book the locksmith', 'action  | Kontakta kommunen'], codes: ['missing-assignee', 'missing-assignee'] },
    ],
    [
      '`Action: None` below a paragraph is text; an action with a dash is read as always',
      ['Nothing to report.', 'Action: None', '', 'The hall needs a lock.', 'Action: Tom Reed – call the locksmith'],
      { blocks: ['paragraph Nothing to report.', 'paragraph Action: None', 'paragraph The hall needs a lock.', 'action Tom Reed | call the locksmith'], codes: [] },
    ],
  ];
  for (const [name, body, expected] of cases) {
    it(name, () => assert.deepEqual(read(...body), expected));
  }

  it('reads only attendees, their roles and initials as margin owners: a status or a topic below a paragraph stays the action it was', () => {
    assert.deepEqual(read('Application 24/0123 was noted.', 'Action: Ongoing', '', 'Quotes awaited.', 'ACTION: TBC', '', 'The letter was tabled.', 'Action: Annual Report', '', 'The hall is booked.', 'Action: JS'), {
      blocks: [
        'paragraph Application 24/0123 was noted.', 'action  | Ongoing',
        'paragraph Quotes awaited.', 'action  | TBC',
        'paragraph The letter was tabled.', 'action  | Annual Report',
        'paragraph The hall is booked.', 'action JS | The hall is booked.',
      ],
      codes: ['missing-assignee', 'missing-assignee', 'missing-assignee'],
    });
  });

  it('takes a decision right above as the task (`RESOLVED that …` / `Action: Cllr Hart & Clerk`)', () => {
    assert.deepEqual(read('RESOLVED that the payments listed be approved.', 'Action: Cllr Hart & Clerk'), {
      blocks: ['decision', 'action Cllr Hart, Clerk | that the payments listed be approved.'],
      codes: [],
    });
  });

  it('gives the workspace the same action, task and all (the Clerk is Mrs A. Whitcombe)', () => {
    const text = joinLines(...HEAD, '1. Matters arising', 'Some text first.', '', '(i) Bus shelter – the Clerk has chased the insurers;', 'no reply yet.', 'ACTION: Clerk', '');
    const summary = summarizeMinutes('x.minutes', text, {});
    assert.deepEqual(summary.actions.map((a) => [a.assignees, a.task]), [[['Mrs A. Whitcombe'], '(i) Bus shelter – the Clerk has chased the insurers; no reply yet.']]);
  });

  const owners: [text: string, only: boolean][] = [
    ['Clerk', true], ['JS', true], ['RFO', true], ['Tom Reed', true], ['Cllr Hart', true], ['Mrs A. Whitcombe', true], ['Clerk & Cllr Hart', true],
    ['JS/AB', true], ['Tom Reed and Jane Smith', true], ['All', true], ['ordförande', true], ['Eva Berg och Per Ek', true],
    ['Book the hall', false], ['Kontakta kommunen', false], ['Clerk. Due: 2025-02-01', false], ['A, B, C, D, E', false], ['Tom Reed Jane Smith Extra', false], ['', false],
  ];
  for (const [text, only] of owners) {
    it(`reads ${JSON.stringify(text)} as ${only ? 'owners only' : 'a task'}`, () => assert.equal(ownersOnly(text), only));
  }
});
