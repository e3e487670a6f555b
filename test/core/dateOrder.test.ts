import assert from 'node:assert/strict';
import { analyzeMinutes, isoDate, updateAnalysis } from '../../server/src/core/index';
import { joinLines } from '../helpers/expect';

/**
 * Day and month in figures that make a date in either order (`1/4`, `03/04/2025`) are read day
 * first when the header's keywords (field names, attendance headings) are Swedish, and are
 * `ambiguous` otherwise: the header decides, the meeting date included.
 */

const TODAY = { year: 2025, month: 3, day: 1 };

/** The meeting date and each deadline of `text`: the ISO date, or the problem. */
function dates(text: string): string[] {
  const analysis = analyzeMinutes(text, { today: TODAY });
  const shown = (value: { date?: { year: number; month: number; day: number }; problem?: string } | undefined) => (value?.date ? isoDate(value.date) : (value?.problem ?? '-'));
  const field = analysis.document.headerFields.find((f) => f.kind === 'date');
  const deadlines = analysis.document.items.flatMap((item) => item.body.flatMap((b) => (b.kind === 'action' ? [shown(b.deadline?.date)] : [])));
  return [shown(field?.date), ...deadlines];
}

describe('the order of day and month in figures', () => {
  const cases: [string, string, string[]][] = [
    ['a Swedish header', joinLines('Protokoll', 'Datum: 3/4 2025', 'NÄRVARANDE', 'Eva Berg', '', '1. A', 'Uppdrag: Eva Berg – ring. Senast: 1/4', 'Uppdrag: Eva Berg – skriv. Senast: 15/3-25', ''), ['2025-04-03', '2025-04-01', '2025-03-15']],
    ['a Swedish attendance heading under an English date key', joinLines('Protokoll', 'Date: 2025-03-01', 'NÄRVARANDE', 'FRÅNVARANDE', '', '1. A', 'Uppdrag: Eva Berg – ring. Senast: 1/4', ''), ['2025-03-01', '2025-04-01']],
    ['an English header', joinLines('Minutes', 'Date: 3/4/2025', 'PRESENT', 'Jane Smith', '', '1. A', 'Action: Jane Smith – call. Due: 1/4', 'Action: Jane Smith – write. Due: 14/04/2025', 'Action: Jane Smith – file. Due: 4/15/2025', ''), ['ambiguous', 'ambiguous', '2025-04-14', '2025-04-15']],
    ['a header without keywords', joinLines('Anteckningar', '', '1. A', 'Uppdrag: Eva Berg – ring. Senast: 1/4', ''), ['-', 'ambiguous']],
    ['a header as Swedish as English', joinLines('Anteckningar', 'Datum: 2025-03-01', 'PRESENT', '', '1. A', 'Uppdrag: Eva Berg – ring. Senast: 1/4', ''), ['2025-03-01', 'ambiguous']],
  ];
  for (const [name, text, expected] of cases) {
    it(`in ${name}: ${expected.join(', ')}`, () => assert.deepEqual(dates(text), expected));
  }

  it('is kept when an item is edited', () => {
    const before = joinLines('Protokoll', 'Datum: 2025-03-01', 'NÄRVARANDE', 'Eva Berg', '', '1. A', 'Uppdrag: Eva Berg – ring. Senast: 1/5', '');
    const at = before.indexOf('1/5') + 2;
    const after = `${before.slice(0, at)}4${before.slice(at + 1)}`;
    const updated = updateAnalysis(analyzeMinutes(before, { today: TODAY }), after, { start: at, oldEnd: at + 1, newEnd: at + 1 });
    const action = updated.document.items[0]?.body.find((b) => b.kind === 'action');
    assert.equal(action?.kind === 'action' && action.deadline?.date.date ? isoDate(action.deadline.date.date) : undefined, '2025-04-01');
  });
});
