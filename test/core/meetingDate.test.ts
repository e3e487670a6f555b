import assert from 'node:assert/strict';
import { dateInTitle } from '../../server/src/core/dates/titleDate';
import { analyzeMinutes, isoDate, summarizeMinutes } from '../../server/src/core/index';
import { joinLines } from '../helpers/expect';

/**
 * The meeting's date, which year-less deadlines take their year from and `deadline-before-meeting`
 * compares with: the `Datum:` field's date, also when only the day of the week written with it
 * is wrong; without one, a full date in the title or in the two lines of text right below it.
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

const parish = (title: string, ...header: string[]) =>
  joinLines(title, ...header, '', 'PRESENT', 'Ann Foster', 'Ruth Kemp', '', '1. Footpaths', 'Action: Ruth Kemp – walk footpath 7. Due: 10 February', 'Action: Ruth Kemp – check the stiles. Due: 5 January', '');

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
    [
      'a full date in the title, without a Date: field',
      parish('MINUTES OF THE MEETING OF BRAMLEY PARISH COUNCIL HELD ON MONDAY 13 JANUARY 2025 AT 7.30PM IN THE VILLAGE HALL'),
      {
        date: '2025-01-13',
        diagnostics: ['missing-date "MINUTES OF THE MEETING OF BRAMLEY PARISH COUNCIL HELD ON MONDAY 13 JANUARY 2025 AT 7.30PM IN THE VILLAGE HALL"', 'deadline-before-meeting "5 January"'],
        deadlines: ['2025-02-10', '2025-01-05'],
      },
    ],
    [
      'the Date: field before the title',
      parish('Minutes of the meeting held on 13 January 2025', 'Date: 2024-01-02'),
      { date: '2024-01-02', diagnostics: [], deadlines: ['2024-02-10', '2024-01-05'] },
    ],
    [
      'a Date: field in capitals, ordinal and all',
      parish('MINUTES OF THE PARISH COUNCIL', 'Date: 10TH MARCH 2025'),
      { date: '2025-03-10', diagnostics: ['deadline-before-meeting "10 February"', 'deadline-before-meeting "5 January"'], deadlines: ['2025-02-10', '2025-01-05'] },
    ],
    [
      'a title in capitals with an ordinal day',
      parish('MINUTES OF THE MEETING HELD ON MONDAY 10TH MARCH 2025'),
      {
        date: '2025-03-10',
        diagnostics: ['missing-date "MINUTES OF THE MEETING HELD ON MONDAY 10TH MARCH 2025"', 'deadline-before-meeting "10 February"', 'deadline-before-meeting "5 January"'],
        deadlines: ['2025-02-10', '2025-01-05'],
      },
    ],
    [
      'a full date on the line below the title',
      parish('LITTLE HORWOOD PARISH COUNCIL', 'Minutes of the Ordinary Meeting held in the Reading Room on Tuesday 14th January 2025 at 7.00pm'),
      {
        date: '2025-01-14',
        diagnostics: ['missing-date "LITTLE HORWOOD PARISH COUNCIL"', 'deadline-before-meeting "5 January"'],
        deadlines: ['2025-02-10', '2025-01-05'],
      },
    ],
    [
      'a full date on the second line below the title, after a blank line',
      parish('PROTOKOLL FÖRT VID ÅRSMÖTE I IK FALKEN', '', 'Idrottsföreningen Falken', 'Söndagen den 16 mars 2025 kl. 15.00 i klubbstugan'),
      { date: '2025-03-16', diagnostics: ['missing-date "PROTOKOLL FÖRT VID ÅRSMÖTE I IK FALKEN"', 'deadline-before-meeting "10 February"', 'deadline-before-meeting "5 January"'], deadlines: ['2025-02-10', '2025-01-05'] },
    ],
    [
      'the title\'s own date before the one below it',
      parish('Minutes of 12 May 2025', 'Tuesday 14th January 2025'),
      { date: '2025-05-12', diagnostics: ['missing-date "Minutes of 12 May 2025"', 'deadline-before-meeting "10 February"', 'deadline-before-meeting "5 January"'], deadlines: ['2025-02-10', '2025-01-05'] },
    ],
    [
      'no date from a line below the title that dates the paper: a draft, a version, when it was sent or approved',
      parish('Parish council', 'Draft circulated 20 May 2025', 'Utkast skickat 2025-05-20'),
      { date: '-', diagnostics: ['missing-date "Parish council"'], deadlines: ['2026-02-10', '2026-01-05'] },
    ],
    [
      'no date from a third line below the title',
      parish('Parish council', 'Minutes', 'Ordinary meeting', 'Tuesday 14th January 2025'),
      { date: '-', diagnostics: ['missing-date "Parish council"'], deadlines: ['2026-02-10', '2026-01-05'] },
    ],
    [
      'no date from a line below a field',
      parish('Parish council', 'Location: Village hall', 'Tuesday 14th January 2025'),
      { date: '-', diagnostics: ['missing-date "Parish council"'], deadlines: ['2026-02-10', '2026-01-05'] },
    ],
    [
      'a title whose date has no year gives none',
      parish('Minutes of the meeting held on 13 January'),
      { date: '-', diagnostics: ['missing-date "Minutes of the meeting held on 13 January"'], deadlines: ['2026-02-10', '2026-01-05'] },
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(meeting(text), expected));
  }

  it('says in missing-date that the date in the title is taken', () => {
    const text = parish('Minutes of the meeting held on Monday 13th January 2025');
    const messages = (['sv', 'en'] as const).map((locale) => analyzeMinutes(text, { locale, today: TODAY }).diagnostics.find((d) => d.code === 'missing-date')?.message);
    assert.deepEqual(messages, [
      'Mötet saknar en rad "Datum:"; datumet i rubriken, "Monday 13th January 2025", räknas som mötesdag. Lägg till en rad "Datum: 2025-01-13".',
      'The meeting has no "Date:" line; the date in the title, "Monday 13th January 2025", is taken as the meeting date. Add a line "Date: 2025-01-13".',
    ]);
  });

  it('says in missing-date that the date below the title is taken', () => {
    const text = parish('Parish council', 'Minutes of the meeting held on Monday 13th January 2025');
    const found = (['sv', 'en'] as const).map((locale) => analyzeMinutes(text, { locale, today: TODAY }).diagnostics.find((d) => d.code === 'missing-date'));
    assert.deepEqual(
      found.map((d) => d?.message),
      [
        'Mötet saknar en rad "Datum:"; datumet under rubriken, "Monday 13th January 2025", räknas som mötesdag. Lägg till en rad "Datum: 2025-01-13".',
        'The meeting has no "Date:" line; the date below the title, "Monday 13th January 2025", is taken as the meeting date. Add a line "Date: 2025-01-13".',
      ],
    );
    assert.deepEqual(found[0]?.span, { start: 0, end: 'Parish council'.length });
  });

  // The date in a title: the text it covers, or '-' when there is none.
  const titles: [string, string, boolean?][] = [
    ['MINUTES OF THE MEETING HELD ON MONDAY 13 JANUARY 2025 AT 7.30PM', 'MONDAY 13 JANUARY 2025'],
    ['MINUTES OF THE MEETING HELD ON MONDAY 10TH MARCH 2025', 'MONDAY 10TH MARCH 2025'],
    ['PROTOKOLL FÖRT VID SAMMANTRÄDE TISDAGEN DEN 18 FEBRUARI 2025', 'TISDAGEN DEN 18 FEBRUARI 2025'],
    ['Protokoll tis 4 mars 2025', 'tis 4 mars 2025'],
    ['MINUTES 10TX MARCH 2025', '-'],
    ['Protokoll styrelsemöte 2025-03-15', '2025-03-15'],
    ['Protokoll fört vid sammanträde den 15 mars 2025, kl. 18.00', 'den 15 mars 2025'],
    ['Protokoll (15/3 2025)', '15/3 2025', true],
    ['Protokoll 1/4-25', '1/4-25', true],
    ['Minutes 1/4/2025', '-'],
    ['Minutes, Monday, January 13th, 2025.', 'Monday, January 13th, 2025'],
    ['Board meeting – Tuesday 13 January 2025', 'Tuesday 13 January 2025'],
    ['Board meeting 13–14 January 2025', '-'],
    ['Minutes of 12 May 2024 and 3 June 2025', '12 May 2024'],
    ['Protokoll vecka 12 2025', '-'],
    ['Budget 2025', '-'],
    ['Minutes 31 June 2025', '-'],
    ['Minutes of the meeting held on 13 January', '-'],
    ['', '-'],
    [`${'x'.repeat(200)}1 ${'1 '.repeat(500)}`, '-'],
  ];
  for (const [title, expected, dayFirst] of titles) {
    it(`finds ${expected === '-' ? 'no date' : `"${expected}"`} in "${title.slice(0, 60)}"`, () => {
      const found = dateInTitle(title, dayFirst ?? false);
      assert.equal(found ? title.slice(found.start, found.end) : '-', expected);
    });
  }

  it('is the date of a summary in a series, also when the day of the week is wrong', () => {
    const summary = summarizeMinutes('a.minutes', swedish('onsdag 18 mars 2025'), { today: TODAY });
    assert.equal(summary.date && isoDate(summary.date), '2025-03-18');
  });
});
