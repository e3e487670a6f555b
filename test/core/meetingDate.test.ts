import assert from 'node:assert/strict';
import { analyzeMinutes, isoDate, summarizeMinutes } from '../../server/src/core/index';
import { joinLines } from '../helpers/expect';

/**
 * The meeting's date, which year-less deadlines take their year from and `deadline-before-meeting`
 * compares with: the `Datum:` field's date, also when only the day of the week written with it
 * is wrong.
 */

const TODAY = { year: 2026, month: 1, day: 15 };

/** The meeting date of `text`, each diagnostic as `code "text it covers"`, and each deadline read. */
function meeting(text: string): { date: string; diagnostics: string[]; deadlines: string[] } {
  const analysis = analyzeMinutes(text, { locale: 'en', today: TODAY });
  const deadlines = analysis.document.items.flatMap((item) => item.body.flatMap((b) => (b.kind === 'action' && b.deadline ? [b.deadline.date.date ? isoDate(b.deadline.date.date) : `${b.deadline.date.problem}`] : [])));
  return {
    date: analysis.meetingDate ? isoDate(analysis.meetingDate) : '-',
    diagnostics: analysis.diagnostics.map((d) => `${d.code} ${JSON.stringify(text.slice(d.span.start, d.span.end))}`),
    deadlines,
  };
}

const swedish = (date: string, ...body: string[]) => joinLines('Anteckningar', `Datum: ${date}`, '', 'NÄRVARANDE', 'Eva Berg, Ale', '', '1. Test', ...body, '');

describe('the meeting date', () => {
  const cases: [string, string, ReturnType<typeof meeting>][] = [
    [
      'a written day of the week that is wrong keeps the date and its year',
      swedish('onsdag 18 mars 2025', 'Uppdrag: Eva Berg – ring. Senast: måndag 14 april', 'Uppdrag: Eva Berg – skriv. Senast: 2025-03-01'),
      { date: '2025-03-18', diagnostics: ['invalid-date "onsdag 18 mars 2025"', 'deadline-before-meeting "2025-03-01"'], deadlines: ['2025-04-14', '2025-03-01'] },
    ],
    [
      'a right day of the week',
      swedish('tisdag 18 mars 2025', 'Uppdrag: Eva Berg – ring. Senast: måndag 14 april'),
      { date: '2025-03-18', diagnostics: [], deadlines: ['2025-04-14'] },
    ],
    [
      'an impossible date gives none: the deadlines take the current year',
      swedish('30 februari 2025', 'Uppdrag: Eva Berg – ring. Senast: 14 april'),
      { date: '-', diagnostics: ['invalid-date "30 februari 2025"'], deadlines: ['2026-04-14'] },
    ],
    [
      'an unreadable date gives none',
      swedish('snart', 'Uppdrag: Eva Berg – ring. Senast: 2025-01-01'),
      { date: '-', diagnostics: ['invalid-date "snart"'], deadlines: ['2025-01-01'] },
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(meeting(text), expected));
  }

  it('is the date of a summary in a series, also when the day of the week is wrong', () => {
    const summary = summarizeMinutes('a.minutes', swedish('onsdag 18 mars 2025'), { today: TODAY });
    assert.equal(summary.date && isoDate(summary.date), '2025-03-18');
  });
});
