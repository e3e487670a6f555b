import assert from 'node:assert/strict';
import { isoDate, parseDate } from '../../server/src/core/index';

/**
 * Reads `text` as a date in meeting year `year` (null: no meeting year), day first as in a Swedish
 * document when `dayFirst`, and gives the ISO date or the problem.
 */
function check(text: string, expected: string, year: number | null, dayFirst = false): void {
  const value = parseDate({ text, span: { start: 0, end: text.length } }, year ?? undefined, dayFirst);
  assert.equal(value.date ? isoDate(value.date) : value.problem, expected);
}

describe('dates', () => {
  const cases: [string, string, (number | null)?][] = [
    ['2024-03-15', '2024-03-15'],
    ['2024-3-5', '2024-03-05'],
    // The dashes a word processor puts between the parts of an ISO date read as `-`: Word's
    // non-breaking hyphen, the hyphen, the figure dash, the en and em dashes, the minus sign.
    ['2025\u201103\u201110', '2025-03-10'],
    ['2025\u201004\u201020', '2025-04-20'],
    ['2025\u201204\u201220', '2025-04-20'],
    ['2025–04–20', '2025-04-20'],
    ['2025—04—20', '2025-04-20'],
    ['2025\u221204\u221220', '2025-04-20'],
    ['2025\u20113\u20115.', '2025-03-05'],
    ['2025\u201102\u201130', 'impossible'],
    ['2025\u201103', 'unreadable'],
    ['2025_03_10', 'unreadable'],
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
    // Ordinal days, as British minutes write them, and the Swedish 15:e, 1:a.
    ['12th March 2025', '2025-03-12'],
    ['31st March 2025', '2025-03-31'],
    ['1st April', '2024-04-01'],
    ['2nd of May 2025', '2025-05-02'],
    ['Wednesday 12th March 2025', '2025-03-12'],
    ['den 15:e mars 2024', '2024-03-15'],
    ['1:a april', '2024-04-01'],
    ['31st June 2025', 'impossible'],
    // Titles and headers in capitals write ordinals, months and days of the week so too.
    ['10TH MARCH 2025', '2025-03-10'],
    ['MONDAY 10TH MARCH 2025', '2025-03-10'],
    ['MARCH 10TH, 2025', '2025-03-10'],
    ['2ND OF MAY 2025', '2025-05-02'],
    ['18 FEBRUARI 2025', '2025-02-18'],
    ['TISDAGEN DEN 18 FEBRUARI 2025', '2025-02-18'],
    ['DEN 15:E MARS 2024', '2024-03-15'],
    ['TUESDAY 10TH MARCH 2025', 'weekday'],
    ['10TX MARCH 2025', 'unreadable'],
    ['10TH MARSCH 2025', 'unreadable'],
    // Day and month in figures, read in the order that makes a date; where both orders do, the
    // document must say which (see the day-first table below), or the date is ambiguous.
    ['14/01/2025', '2025-01-14'],
    ['15/3', '2024-03-15'],
    ['5/5/2025', '2025-05-05'],
    ['03/04/2025', 'ambiguous'],
    ['3/4', 'ambiguous'],
    ['03.04.2025', 'ambiguous'],
    ['31/2/2025', 'impossible'],
    ['14/13/2025', 'impossible'],
    ['31/04/2025', 'impossible'],
    // Swedish forms: full stops, a dash or a space before the year, and two-digit years (this century's).
    ['15.3.2025', '2025-03-15'],
    ['15.03.2025', '2025-03-15'],
    ['15.3.25', '2025-03-15'],
    ['15/3-25', '2025-03-15'],
    ['15/3\u201125', '2025-03-15'],
    ['15/3-2025', '2025-03-15'],
    ['15/3 2025', '2025-03-15'],
    ['14/01/25', '2025-01-14'],
    ['15/3-25', '2025-03-15', null],
    ['15/3-25 kl. 13.00', '2025-03-15'],
    ['15.3.2025.', '2025-03-15'],
    ['15/3', 'unreadable', null],
    ['15.3', 'unreadable'],
    ['15/3 25', 'unreadable'],
    ['15.3-2025', 'unreadable'],
    ['2025/03/15', 'unreadable'],
    ['15/3/125', 'unreadable'],
    // A day of the week written with it decides between the two orders.
    ['torsdag 03/04/2025', '2025-04-03'],
    ['Tuesday 03/04/2025', '2025-03-04'],
    ['Monday 03/04/2025', 'ambiguous'],
    // Month first, as American minutes write it, where only that order makes a date.
    ['3/14/2025', '2025-03-14'],
    ['3/14/25', '2025-03-14'],
    ['03/31', '2024-03-31'],
    ['2/30/2025', 'impossible'],
    ['13/32/2025', 'impossible'],
    ['den 15 mars 2024', '2024-03-15'],
    ['fredag 15 mars 2024', '2024-03-15'],
    ['fredagen den 15 mars 2024', '2024-03-15'],
    ['Fredag den 15 mars', '2024-03-15'],
    ['Friday, 15 March 2024', '2024-03-15'],
    ['Friday, March 15, 2024', '2024-03-15'],
    ['Fri 15 March 2024', '2024-03-15'],
    // Abbreviated days of the week, Swedish as English, with or without a full stop.
    ['tis 4 mars 2025', '2025-03-04'],
    ['tis. 4 mars', '2025-03-04', 2025],
    ['Tis 4/3 2025', '2025-03-04'],
    ['mån 3 mars 2025', '2025-03-03'],
    ['ons. 5 mars 2025', '2025-03-05'],
    ['tors 6 mars 2025', '2025-03-06'],
    ['tor 6 mars 2025', '2025-03-06'],
    ['fre 7 mars 2025', '2025-03-07'],
    ['lör 8 mars 2025', '2025-03-08'],
    ['sön 9 mars 2025', '2025-03-09'],
    ['Tue 4 March 2025', '2025-03-04'],
    ['Tue. 4 March 2025', '2025-03-04'],
    ['TUES 4 MARCH 2025', '2025-03-04'],
    ['tis 5 mars 2025', 'weekday'],
    ['ti 4 mars 2025', 'unreadable'],
    ['tisd 4 mars 2025', 'unreadable'],
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
    // A note in parentheses after the date is set aside too, and kept as written.
    ['30 juni 2025 (preliminärt)', '2025-06-30'],
    ['30 June 2025(TBC)', '2025-06-30'],
    ['2025-03-11 kl. 13.00 (prel.)', '2025-03-11'],
    ['31 juni 2025 (preliminärt)', 'impossible'],
    ['(preliminärt)', 'unreadable'],
    ['snarast (helst i juni)', 'unreadable'],
    ['30 juni 2025 (a (b))', 'unreadable'],
    // A time of day after the date is set aside: the date is read, the time kept as written.
    ['11 mars 2025, kl. 13.00–15.00', '2025-03-11'],
    ['2025-03-11 kl. 13.00', '2025-03-11'],
    ['2025-03-11 kl 13', '2025-03-11'],
    ['2025-03-11 klockan 13 till 15', '2025-03-11'],
    ['2025-03-11 13:00-15:00', '2025-03-11'],
    ['2025-03-11 13.00 - 15.00', '2025-03-11'],
    ['2025\u201103\u201111 kl. 13.00\u201115.00', '2025-03-11'],
    ['2025-03-11 9–12', '2025-03-11'],
    ['11 March 2025, 7.30 pm', '2025-03-11'],
    ['11 March 2025, 7 p.m.', '2025-03-11'],
    ['2025-03-11 at 10:00', '2025-03-11'],
    ['March 11, 2025 at 10 to 11.30 am', '2025-03-11'],
    ['tisdag 11 mars 2025 kl 9–12', '2025-03-11'],
    ['14 juni kl. 13.00', '2024-06-14'],
    ['March 15 13:00', '2024-03-15'],
    ['15 mars 2024 kl. 13.00.', '2024-03-15'],
    // … but the date is still checked, and what is not a time stays unreadable.
    ['måndag 11 mars 2025 kl 9–12', 'weekday'],
    ['31 juni 2025 kl. 13.00', 'impossible'],
    ['11 mars 2025 kl. 25.00', 'unreadable'],
    ['11 mars 2025 kl. 13.60', 'unreadable'],
    ['11 mars 2025, 13 pm', 'unreadable'],
    ['15 mars 2024 13', 'unreadable'],
    ['15 mars 2024 kl.', 'unreadable'],
    ['15 mars 2024 kl. 13 ungefär', 'unreadable'],
    ['kl. 13.00', 'unreadable'],
    ['15 mars 2024 till 16 mars 2024', 'unreadable'],
    // ISO weeks: the week's Sunday, in the meeting's year unless a year is written.
    ['v. 12', '2024-03-24'],
    ['v 12', '2024-03-24'],
    ['v12', '2024-03-24'],
    ['V.12', '2024-03-24'],
    ['vecka 12', '2024-03-24'],
    ['vecka 12 2025', '2025-03-23'],
    ['v. 12, 2025', '2025-03-23'],
    ['v. 12', '2025-03-23', 2025],
    ['week 12', '2024-03-24'],
    ['Week 12 2025', '2025-03-23'],
    ['wk 12', '2024-03-24'],
    ['v. 12.', '2024-03-24'],
    ['v. 1', '2024-01-07'],
    ['vecka 1 2025', '2025-01-05'],
    ['vecka 1 2026', '2026-01-04'],
    ['vecka 52', '2024-12-29'],
    ['vecka 53 2026', '2027-01-03'],
    ['v. 53 2020', '2021-01-03'],
    ['vecka 53', 'impossible'],
    ['vecka 53 2025', 'impossible'],
    ['v. 0', 'impossible'],
    ['v. 54 2026', 'impossible'],
    ['vecka 12', 'unreadable', null],
    ['fredag v. 12', '2024-03-22'],
    ['måndag vecka 12 2025', '2025-03-17'],
    ['v. 12 kl. 13', '2024-03-24'],
    ['w/c 17 March', '2025-03-23', 2025],
    ['w/c 17 March 2025', '2025-03-23'],
    ['week commencing 18 March', '2024-03-24'],
    ['w/c Monday 17 March 2025', '2025-03-23'],
    ['w/c Tuesday 17 March 2025', 'weekday'],
    ['w/c 31 June 2025', 'impossible'],
    ['w/c soon', 'unreadable'],
    ['vecka', 'unreadable'],
    ['v. 123', 'unreadable'],
    ['nästa vecka', 'unreadable'],
    ['next week', 'unreadable'],
  ];
  for (const [text, expected, year] of cases) {
    const meetingYear = year === undefined ? 2024 : year;
    it(`"${text}" in ${meetingYear ?? 'no year'} → ${expected}`, () => check(text, expected, meetingYear));
  }

  // In a document whose header is Swedish, `1/4` is 1 April: day and month in figures are day first.
  const dayFirstCases: [string, string][] = [
    ['1/4', '2024-04-01'],
    ['3/4/2025', '2025-04-03'],
    ['03.04.2025', '2025-04-03'],
    ['1/4-25', '2025-04-01'],
    ['15/3', '2024-03-15'],
    ['5/5/2025', '2025-05-05'],
    ['3/14/2025', '2025-03-14'],
    ['31/4', 'impossible'],
    ['tisdag 3/4 2025', 'weekday'],
    ['torsdag 3/4 2025', '2025-04-03'],
    ['2025-04-03', '2025-04-03'],
    ['3 april', '2024-04-03'],
  ];
  for (const [text, expected] of dayFirstCases) {
    it(`"${text}" day first in 2024 → ${expected}`, () => check(text, expected, 2024, true));
  }

  it('takes a two-digit year written in figures as the date\'s own', () => {
    const value = parseDate({ text: '15/3-25', span: { start: 0, end: 7 } }, 2024);
    assert.deepEqual([value.date && isoDate(value.date), value.yearImplied], ['2025-03-15', false]);
  });

  it('says why day and month in figures cannot be read in an English document', async () => {
    const { analyzeMinutes } = await import('../../server/src/core/analysis/analyze');
    const text = 'Minutes\nDate: 2025-03-01\nPRESENT\nJane Smith\n\n1. Budget\nAction: Jane Smith – call. Due: 03/04/2025\n';
    assert.deepEqual(
      ['sv', 'en'].map((locale) => analyzeMinutes(text, { locale: locale as 'sv' | 'en' }).diagnostics.map((d) => `${d.code}: ${d.message}`)),
      [
        ['invalid-date: "03/04/2025" kan läsas på två sätt: dagen först (2025-04-03, som i Sverige) eller månaden först (2025-03-04, som i USA). Skriv det datum som avses: 2025-04-03 eller 2025-03-04.'],
        ['invalid-date: "03/04/2025" can be read two ways: day first (2025-04-03, as in Britain) or month first (2025-03-04, as in the US). Write the date meant: 2025-04-03 or 2025-03-04.'],
      ],
    );
  });

  // An unreadable date that looks like one names the character that makes the difference. The
  // example date is in the meeting's year (Date: 2025-03-01).
  const unreadable: [string, string][] = [
    ['2025\u204403\u204410', '"2025\u204403\u204410" cannot be read as a date: the character "\u2044" (U+2044) is not one dates are written with, however alike it looks. Write e.g. 2025-03-15 or 15 March 2025.'],
    ['15\u20243\u20242025', '"15\u20243\u20242025" cannot be read as a date: the character "\u2024" (U+2024) is not one dates are written with, however alike it looks. Write e.g. 2025-03-15 or 15 March 2025.'],
    ['\uff11\uff15 March 2025', '"\uff11\uff15 March 2025" cannot be read as a date: the character "\uff11" (U+FF11) is not one dates are written with, however alike it looks. Write e.g. 2025-03-15 or 15 March 2025.'],
    ['next week', '"next week" cannot be read as a date. Write e.g. 2025-03-15 or 15 March 2025.'],
    ['Q5', '"Q5" cannot be read as a date. Write e.g. 2025-03-15 or 15 March 2025.'],
    ['15 March–April', '"15 March–April" cannot be read as a date. Write e.g. 2025-03-15 or 15 March 2025.'],
    ['15 März 2025', '"15 März 2025" cannot be read as a date. Write e.g. 2025-03-15 or 15 March 2025.'],
    ['\u2044\u2044', '"\u2044\u2044" cannot be read as a date. Write e.g. 2025-03-15 or 15 March 2025.'],
  ];
  for (const [due, message] of unreadable) {
    it(`says why "${due}" cannot be read`, async () => {
      const { analyzeMinutes } = await import('../../server/src/core/analysis/analyze');
      const text = `Minutes\nDate: 2025-03-01\nPRESENT\nJane Smith\n\n1. Budget\nAction: Jane Smith – call. Due: ${due}\n`;
      assert.deepEqual(analyzeMinutes(text, { locale: 'en' }).diagnostics.map((d) => d.message), [message]);
    });
  }

  it('names the character in Swedish too', async () => {
    const { analyzeMinutes } = await import('../../server/src/core/analysis/analyze');
    const text = 'Protokoll\nDatum: 2025\u204403\u204410\n';
    assert.deepEqual(
      analyzeMinutes(text, { locale: 'sv' }).diagnostics.filter((d) => d.code === 'invalid-date').map((d) => d.message),
      ['"2025\u204403\u204410" går inte att läsa som ett datum: tecknet "\u2044" (U+2044) skrivs inte i datum, hur likt det än ser ut. Skriv t.ex. 2024-03-15 eller 15 mars 2024.'],
    );
  });

  // The example date of a message is in the meeting's year; a document without a meeting date
  // (none, an unreadable one, one that does not exist) keeps 2024.
  const exampleYears: [string, string, 'sv' | 'en', string[]][] = [
    [
      'a Swedish meeting in 2025',
      'Protokoll\nDatum: 2025-02-18\nNÄRVARANDE\nEva Berg\n\n1. Budget\nUppdrag: Eva Berg – ring. Senast: nästa vecka\nUppdrag: Eva Berg – skriv. Senast:\n',
      'sv',
      ['"nästa vecka" går inte att läsa som ett datum. Skriv t.ex. 2025-03-15 eller 15 mars 2025.', 'Senast: saknar datum. Skriv t.ex. Senast: 2025-03-15, eller ta bort det.'],
    ],
    [
      'a meeting dated by its title',
      'MINUTES OF THE MEETING HELD ON 10TH MARCH 2026\nPRESENT\nJane Smith\n\n1. Budget\nAction: Jane Smith – call. Due: soonish\n',
      'en',
      ['"soonish" cannot be read as a date. Write e.g. 2026-03-15 or 15 March 2026.'],
    ],
    [
      'a meeting date that cannot be read',
      'Minutes\nDate: next Tuesday\nPRESENT\nJane Smith\n\n1. Budget\nAction: Jane Smith – call. Due:\n',
      'en',
      ['"next Tuesday" cannot be read as a date. Write e.g. 2024-03-15 or 15 March 2024.', 'Due: has no date. Write e.g. Due: 2024-03-15, or remove it.'],
    ],
    [
      'a meeting date that does not exist',
      'Protokoll\nDatum: 2025-02-30\nNÄRVARANDE\nEva Berg\n\n1. Budget\nUppdrag: Eva Berg – ring. Senast: snart\n',
      'sv',
      ['Datumet "2025-02-30" finns inte.', '"snart" går inte att läsa som ett datum. Skriv t.ex. 2024-03-15 eller 15 mars 2024.'],
    ],
  ];
  for (const [name, text, locale, messages] of exampleYears) {
    it(`gives an example date in the meeting's year: ${name}`, async () => {
      const { analyzeMinutes } = await import('../../server/src/core/analysis/analyze');
      const analysis = analyzeMinutes(text, { locale, today: { year: 2027, month: 1, day: 1 } });
      assert.deepEqual(analysis.diagnostics.filter((d) => d.code === 'invalid-date').map((d) => d.message), messages);
    });
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
