import assert from 'node:assert/strict';
import { isoDate, parseDate } from '../../server/src/core/index';

/** Reads `text` as a date in meeting year `year` (null: no meeting year) and gives the ISO date or the problem. */
function check(text: string, expected: string, year: number | null): void {
  const value = parseDate({ text, span: { start: 0, end: text.length } }, year ?? undefined);
  assert.equal(value.date ? isoDate(value.date) : value.problem, expected);
}

describe('dates', () => {
  const cases: [string, string, (number | null)?][] = [
    ['2024-03-15', '2024-03-15'],
    ['2024-3-5', '2024-03-05'],
    ['15 mars 2024', '2024-03-15'],
    ['15 March 2024', '2024-03-15'],
    ['March 15, 2024', '2024-03-15'],
    ['1 januari 2025', '2025-01-01'],
    ['31 december 2024', '2024-12-31'],
    ['14 juni', '2024-06-14'],
    ['30 april', '2024-04-30'],
    ['14 juni', '2026-06-14', 2026],
    ['29 februari 2024', '2024-02-29'],
    ['29 februari 2023', 'impossible'],
    ['2024-02-30', 'impossible'],
    ['31 juni 2024', 'impossible'],
    ['2024-13-01', 'impossible'],
    ['nästa vecka', 'unreadable'],
    ['15 marsch 2024', 'unreadable'],
    ['15 M 2024', 'unreadable'],
    ['15 maj 2024', '2024-05-15'],
    ['15 Sept 2024', '2024-09-15'],
    ['15 mars 2024.', '2024-03-15'],
    ['', 'unreadable'],
    ['14 juni', 'unreadable', null],
    // A day of the week and Swedish "den" before the date, as minutes often write it; the day is checked.
    ['den 15 mars 2024', '2024-03-15'],
    ['fredag 15 mars 2024', '2024-03-15'],
    ['fredagen den 15 mars 2024', '2024-03-15'],
    ['Fredag den 15 mars', '2024-03-15'],
    ['Friday, 15 March 2024', '2024-03-15'],
    ['Friday, March 15, 2024', '2024-03-15'],
    ['Fri 15 March 2024', '2024-03-15'],
    ['fredag 2024-03-15', '2024-03-15'],
    ['lo\u0308rdag 16 mars 2024', '2024-03-16'],
    ['måndag 15 mars 2024', 'weekday'],
    ['Monday, 15 March 2024', 'weekday'],
    ['måndag 31 juni 2024', 'impossible'],
    // Without a year, a day of the week that fits the next year takes it (a January deadline set in December).
    ['fredag 10 januari', '2025-01-10'],
    ['onsdag 10 januari', '2024-01-10'],
    ['torsdag 10 januari', 'weekday'],
    ['den', 'unreadable'],
    ['fredag', 'unreadable'],
  ];
  for (const [text, expected, year] of cases) {
    const meetingYear = year === undefined ? 2024 : year;
    it(`"${text}" in ${meetingYear ?? 'no year'} → ${expected}`, () => check(text, expected, meetingYear));
  }

  it('names the day of the week a date falls on when another is written', async () => {
    const { analyzeMinutes } = await import('../../server/src/core/analysis/analyze');
    const text = 'Protokoll\nDatum: måndag 15 mars 2024\n';
    assert.deepEqual(
      ['sv', 'en'].map((locale) => analyzeMinutes(text, { locale: locale as 'sv' | 'en' }).diagnostics.map((d) => `${d.code}: ${d.message}`)),
      [['invalid-date: "måndag 15 mars 2024" stämmer inte: 2024-03-15 är en fredag.'], ['invalid-date: "måndag 15 mars 2024" does not add up: 2024-03-15 is a Friday.']],
    );
  });
});
