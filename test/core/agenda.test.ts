import assert from 'node:assert/strict';
import { analyzeMinutes, updateAnalysis } from '../../server/src/core/index';
import { joinLines } from '../helpers/expect';

/**
 * An agenda written out above the items (`syntax/agenda.ts`): its numbered lines are the header's
 * text when an agenda heading stands above them and the items number from the start again below
 * them; otherwise they are items, as before.
 */

/** The items (number and title), the header's free text, the attendees and the diagnostics' codes. */
function read(...lines: string[]): { items: string[]; preamble: string[]; attendees: string[]; codes: string[] } {
  const analysis = analyzeMinutes(joinLines(...lines), { locale: 'sv', today: { year: 2025, month: 3, day: 1 } });
  return {
    items: analysis.document.items.map((item) => `${item.number} ${item.title.text}`),
    preamble: analysis.document.preamble.map((line) => line.text),
    attendees: analysis.document.sections.flatMap((section) => section.attendees.map((a) => a.name.text)),
    codes: analysis.diagnostics.map((d) => d.code),
  };
}

const HEAD = ['Anteckningar', 'Datum: 2025-02-04', '', 'NÄRVARANDE', 'Eva Berg', 'Per Ek', ''];

describe('an agenda written out above the items (agenda.ts)', () => {
  const cases: [name: string, lines: string[], expected: ReturnType<typeof read>][] = [
    [
      'a `Dagordning` and its numbered lines, then the items from 1 again: the agenda is header text',
      [...HEAD, 'Dagordning', '1. Föregående anteckningar', '2. Ekonomi', '3. Övrigt', '', '1. Föregående anteckningar', 'Godkändes.', '', '2. Ekonomi', 'Uppdrag: Eva Berg – ring banken', '', '3. Övrigt', 'Inget.'],
      {
        items: ['1 Föregående anteckningar', '2 Ekonomi', '3 Övrigt'],
        preamble: ['Dagordning', '1. Föregående anteckningar', '2. Ekonomi', '3. Övrigt'],
        attendees: ['Eva Berg', 'Per Ek'],
        codes: [],
      },
    ],
    [
      'an English `AGENDA:` with a colon, in capitals, double-spaced, with § headings',
      ['Minutes', 'Date: 2025-02-04', '', 'PRESENT', 'Eva Berg', '', 'AGENDA:', '', '§ 1 Apologies', '', '§ 2 Budget', '', '§ 1 Apologies', '', 'None.', '', '§ 2 Budget', '', 'Agreed.'],
      { items: ['1 Apologies', '2 Budget'], preamble: ['AGENDA:', '§ 1 Apologies', '§ 2 Budget'], attendees: ['Eva Berg'], codes: [] },
    ],
    [
      'a `Föredragningslista` right below the attendance list ends the list',
      ['Protokoll', 'Datum: 2025-02-04', '', 'NÄRVARANDE', 'Eva Berg', 'Föredragningslista', '1. Val av justerare', '2. Budget', '1. Val av justerare', 'Eva Berg utsågs.', '2. Budget', 'Antogs.'],
      { items: ['1 Val av justerare', '2 Budget'], preamble: ['Föredragningslista', '1. Val av justerare', '2. Budget'], attendees: ['Eva Berg'], codes: [] },
    ],
    [
      'items with their text right below an agenda heading stay items',
      [...HEAD, 'Dagordning', '1. Ekonomi', 'Budgeten gicks igenom.', '2. Övrigt', 'Inget.'],
      { items: ['1 Ekonomi', '2 Övrigt'], preamble: ['Dagordning'], attendees: ['Eva Berg', 'Per Ek'], codes: [] },
    ],
    [
      'one numbered line is no agenda: the heading numbered again is a duplicate, as before',
      [...HEAD, 'Dagordning', '1. Ekonomi', '1. Ekonomi', 'Budgeten gicks igenom.'],
      { items: ['1 Ekonomi', '1 Ekonomi'], preamble: ['Dagordning'], attendees: ['Eva Berg', 'Per Ek'], codes: ['duplicate-item-number'] },
    ],
    [
      'numbered lines with no agenda heading above them are items, as before',
      [...HEAD, '1. Ekonomi', '2. Övrigt', '1. Ekonomi', 'Budgeten gicks igenom.'],
      { items: ['1 Ekonomi', '2 Övrigt', '1 Ekonomi'], preamble: [], attendees: ['Eva Berg', 'Per Ek'], codes: ['duplicate-item-number'] },
    ],
    [
      'an agenda whose numbers do not start again below it is items, as before',
      [...HEAD, 'Dagordning', '1. Ekonomi', '2. Övrigt'],
      { items: ['1 Ekonomi', '2 Övrigt'], preamble: ['Dagordning'], attendees: ['Eva Berg', 'Per Ek'], codes: [] },
    ],
    [
      '`Dagordning` with more words is no agenda heading (here a line of the attendance list, as any line there)',
      [...HEAD, 'Dagordning enligt kallelsen', '1. Ekonomi', '2. Övrigt', '1. Ekonomi'],
      { items: ['1 Ekonomi', '2 Övrigt', '1 Ekonomi'], preamble: [], attendees: ['Eva Berg', 'Per Ek', 'Dagordning enligt kallelsen'], codes: ['duplicate-item-number'] },
    ],
  ];
  for (const [name, lines, expected] of cases) {
    it(name, () => assert.deepEqual(read(...lines), expected));
  }

  it('reads an edit among items below an agenda heading as reading the whole text does', () => {
    // `x` makes the numbered lines items; without it (a blank line left) they are an agenda. The
    // edit lies inside the first item's region, which an edit alone would read again.
    const before = joinLines(...HEAD, 'Dagordning', '1. Ekonomi', 'x', '2. Övrigt', '1. Ekonomi', 'Budgeten gicks igenom.');
    const at = before.indexOf('x\n');
    const after = before.slice(0, at) + before.slice(at + 1);
    const previous = analyzeMinutes(before, { locale: 'sv' });
    assert.deepEqual(previous.document.items.map((item) => item.number), [1, 2, 1]);
    const updated = updateAnalysis(previous, after, { start: at, oldEnd: at + 1, newEnd: at });
    const whole = analyzeMinutes(after, { locale: 'sv' });
    assert.deepEqual(updated.document.items.map((item) => item.number), [1]);
    assert.deepEqual(updated.diagnostics, whole.diagnostics);
    assert.deepEqual(updated.document.preamble.map((line) => line.text), whole.document.preamble.map((line) => line.text));
  });
});
