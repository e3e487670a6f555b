import assert from 'node:assert/strict';
import { timeAndPlaceIn } from '../../server/src/core/dates/fieldDate';
import { analyzeMinutes, buildPublishedMinutes, complete, hover, isoDate, semanticTokens, summarizeMinutes } from '../../server/src/core/index';
import { joinLines } from '../helpers/expect';

/**
 * The meeting date as protokoll and committee headers write it: in a field of its own under
 * another name (`Sammanträdesdag:`, `Datum och tid:`, `Date/time:`), or inside a field that says
 * when and where (`Plats och tid: Kommunhuset, 2025-02-18 kl. 18.00–20.45`). Each row is a
 * header, and what the document makes of it: the meeting date, each field's kind with the date
 * it read and the place (the text each covers), the diagnostics with the text they cover, and the
 * year-less deadline `15/4` / `15 April` of the one item, which takes the meeting's year (else
 * today's, 2027).
 */

const TODAY = { year: 2027, month: 1, day: 15 };

interface Reading {
  readonly date: string;
  readonly fields: readonly string[];
  readonly diagnostics: readonly string[];
  readonly deadline: string;
}

function swedish(...header: string[]): string {
  return joinLines('Protokoll', ...header, '', 'NÄRVARANDE', 'Eva Berg', '', '§ 1 Budget', 'Uppdrag: Eva Berg – ring banken. Senast: 15/4', '');
}

function english(...header: string[]): string {
  return joinLines('Minutes', ...header, '', 'PRESENT', 'Jane Smith', '', '1. Budget', 'Action: Jane Smith – call the bank. Due: 15 April', '');
}

function reading(text: string): Reading {
  const analysis = analyzeMinutes(text, { locale: 'en', today: TODAY });
  const deadline = analysis.document.items[0]?.body.find((b) => b.kind === 'action')?.deadline?.date;
  return {
    date: analysis.meetingDate ? isoDate(analysis.meetingDate) : '-',
    fields: analysis.document.headerFields.map((f) => [f.kind, f.date && JSON.stringify(f.date.text.text), f.place && `at ${JSON.stringify(f.place.text)}`].filter(Boolean).join(' ')),
    diagnostics: analysis.diagnostics.map((d) => `${d.code} ${JSON.stringify(text.slice(d.span.start, d.span.end))}`),
    deadline: deadline?.date ? isoDate(deadline.date) : `${deadline?.problem}`,
  };
}

describe('the meeting date in header fields', () => {
  const cases: [string, string, Reading][] = [
    [
      '`Sammanträdesdag:` is the meeting date',
      swedish('Sammanträdesdag: 2025-02-18'),
      { date: '2025-02-18', fields: ['date "2025-02-18"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Datum och tid:` is the meeting date with its time',
      swedish('Datum och tid: 2025-02-18, kl. 13.00–15.00'),
      { date: '2025-02-18', fields: ['date "2025-02-18, kl. 13.00–15.00"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Datum/tid:` with the day of the week',
      swedish('Datum/tid: tisdag 18 februari 2025 kl. 13.00'),
      { date: '2025-02-18', fields: ['date "tisdag 18 februari 2025 kl. 13.00"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Date and time:`',
      english('Date and time: Tuesday 18 February 2025, 7.30 pm'),
      { date: '2025-02-18', fields: ['date "Tuesday 18 February 2025, 7.30 pm"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Date/time:` in capitals',
      english('DATE/TIME: 18/02/2025 AT 19:00'),
      { date: '2025-02-18', fields: ['date "18/02/2025 AT 19:00"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Datum och tid:` without a date is a date that cannot be read',
      swedish('Datum och tid: kl. 13.00'),
      { date: '-', fields: ['date "kl. 13.00"'], diagnostics: ['invalid-date "kl. 13.00"'], deadline: '2027-04-15' },
    ],
    [
      '`Datum och tid:` with a date that does not exist',
      swedish('Datum och tid: 2025-02-30 kl. 13.00'),
      { date: '-', fields: ['date "2025-02-30 kl. 13.00"'], diagnostics: ['invalid-date "2025-02-30 kl. 13.00"'], deadline: '2027-04-15' },
    ],
    [
      'a key of another shape is not one of them',
      swedish('Datumtid: 2025-02-18'),
      { date: '-', fields: ['other'], diagnostics: ['missing-date "Protokoll"', 'unknown-header-field "Datumtid"'], deadline: '2027-04-15' },
    ],
    // When and where in one field: the date found in the value, with its day of the week and its
    // time, is the meeting's; the place stands before it or after it.
    [
      '`Plats och tid:` with the place first',
      swedish('Plats och tid: Kommunhuset, 2025-02-18 kl. 18.00–20.45'),
      { date: '2025-02-18', fields: ['timeAndPlace "2025-02-18 kl. 18.00–20.45" at "Kommunhuset"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Tid och plats:` with the place last',
      swedish('Tid och plats: 18 februari 2025 kl 18.00, Kommunhuset'),
      { date: '2025-02-18', fields: ['timeAndPlace "18 februari 2025 kl 18.00" at "Kommunhuset"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      'a place of two parts and a day of the week',
      swedish('Plats och tid: Kommunhuset, Sammanträdesrum Tellus, tisdag 18 februari 2025 kl. 13.00-15.30'),
      { date: '2025-02-18', fields: ['timeAndPlace "tisdag 18 februari 2025 kl. 13.00-15.30" at "Kommunhuset, Sammanträdesrum Tellus"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      'an abbreviated day of the week and day and month in figures',
      swedish('Plats och tid: Kommunhuset, tis. 18/2 2025 kl. 18'),
      { date: '2025-02-18', fields: ['timeAndPlace "tis. 18/2 2025 kl. 18" at "Kommunhuset"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`i` before the place',
      swedish('Tid och plats: 2025-02-18 kl 18.00 i Kommunhuset'),
      { date: '2025-02-18', fields: ['timeAndPlace "2025-02-18 kl 18.00" at "Kommunhuset"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      'in capitals',
      swedish('PLATS OCH TID: KOMMUNHUSET, 18 FEBRUARI 2025 KL. 18.00'),
      { date: '2025-02-18', fields: ['timeAndPlace "18 FEBRUARI 2025 KL. 18.00" at "KOMMUNHUSET"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      'a date without a year takes the current year, as `Datum:` does',
      swedish('Tid och plats: 18 februari kl 18.00, Kommunhuset'),
      { date: '2027-02-18', fields: ['timeAndPlace "18 februari kl 18.00" at "Kommunhuset"'], diagnostics: [], deadline: '2027-04-15' },
    ],
    [
      'the date from `Sammanträdesdatum:`, the time and place from `Plats och tid:`',
      swedish('Sammanträdesdatum: 2025-02-18', 'Plats och tid: Kommunhuset, kl. 13.00–16.00'),
      { date: '2025-02-18', fields: ['date "2025-02-18"', 'timeAndPlace at "Kommunhuset"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Venue and date:` with the day in capitals',
      english('Venue and date: Village Hall, MONDAY 10TH MARCH 2025 at 7.30 pm'),
      { date: '2025-03-10', fields: ['timeAndPlace "MONDAY 10TH MARCH 2025 at 7.30 pm" at "Village Hall"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Time and place:` with the time first',
      english('Time and place: 7.30 pm, 10 March 2025, Village Hall'),
      { date: '2025-03-10', fields: ['timeAndPlace "10 March 2025" at "Village Hall"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Date and venue:` with `at` before the place',
      english('Date and venue: 10 March 2025 at 7.30 pm at the Village Hall'),
      { date: '2025-03-10', fields: ['timeAndPlace "10 March 2025 at 7.30 pm" at "the Village Hall"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    // What is wrong with the date is reported on the date, as for `Datum:`.
    [
      'a date that does not exist',
      swedish('Plats och tid: Kommunhuset, 2025-02-30 kl. 18.00'),
      { date: '-', fields: ['timeAndPlace "2025-02-30 kl. 18.00" at "Kommunhuset"'], diagnostics: ['invalid-date "2025-02-30 kl. 18.00"'], deadline: '2027-04-15' },
    ],
    [
      'a wrong day of the week keeps the date',
      swedish('Plats och tid: Kommunhuset, onsdag 18 februari 2025 kl. 18.00'),
      { date: '2025-02-18', fields: ['timeAndPlace "onsdag 18 februari 2025 kl. 18.00" at "Kommunhuset"'], diagnostics: ['invalid-date "onsdag 18 februari 2025 kl. 18.00"'], deadline: '2025-04-15' },
    ],
    [
      'an ambiguous date in an English header',
      english('Venue and date: Village Hall on 03/04/2025'),
      { date: '-', fields: ['timeAndPlace "03/04/2025" at "Village Hall"'], diagnostics: ['invalid-date "03/04/2025"'], deadline: '2027-04-15' },
    ],
    // No date: the field gives the place only, and the meeting has no date.
    [
      'a time and a place only',
      swedish('Plats och tid: Kommunhuset, kl. 13.00–16.00'),
      { date: '-', fields: ['timeAndPlace at "Kommunhuset"'], diagnostics: ['missing-date "Protokoll"'], deadline: '2027-04-15' },
    ],
    [
      'a number with a slash in an address is no date without a year',
      swedish('Plats och tid: Storgatan 45/3, kl. 18'),
      { date: '-', fields: ['timeAndPlace at "Storgatan 45/3"'], diagnostics: ['missing-date "Protokoll"'], deadline: '2027-04-15' },
    ],
    [
      'a week is no meeting date',
      swedish('Plats och tid: Kommunhuset, vecka 8 2025'),
      { date: '-', fields: ['timeAndPlace at "Kommunhuset, vecka 8 2025"'], diagnostics: ['missing-date "Protokoll"'], deadline: '2027-04-15' },
    ],
    [
      'an empty field',
      swedish('Plats och tid:'),
      { date: '-', fields: ['timeAndPlace'], diagnostics: ['missing-date "Protokoll"'], deadline: '2027-04-15' },
    ],
    [
      'a key the language does not know is still unknown',
      swedish('Plats och datum och tid: Kommunhuset, 2025-02-18'),
      { date: '-', fields: ['other'], diagnostics: ['missing-date "Protokoll"', 'unknown-header-field "Plats och datum och tid"'], deadline: '2027-04-15' },
    ],
    [
      '`Datum:` with the place after the date: the date found in the value',
      swedish('Datum: 2025-02-18, Kommunhuset'),
      { date: '2025-02-18', fields: ['date "2025-02-18"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Datum:` with a street and its number after the date: the date found in the value',
      swedish('Datum: 2025-02-18, Storgatan 45'),
      { date: '2025-02-18', fields: ['date "2025-02-18"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Datum:` with a time of day that is none, or a figure and no word, after the date: reported whole',
      swedish('Datum: 11 mars 2025, kl. 25.00'),
      { date: '-', fields: ['date "11 mars 2025, kl. 25.00"'], diagnostics: ['invalid-date "11 mars 2025, kl. 25.00"'], deadline: '2027-04-15' },
    ],
    [
      '`Datum:` with a bare figure after the date: reported whole',
      swedish('Datum: 2025-02-18, 45'),
      { date: '-', fields: ['date "2025-02-18, 45"'], diagnostics: ['invalid-date "2025-02-18, 45"'], deadline: '2027-04-15' },
    ],
    [
      '`Date:` with words after the date',
      english('Date: 4 March 2025 in the Village Hall'),
      { date: '2025-03-04', fields: ['date "4 March 2025"'], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Datum:` with an impossible date among words: reported at the date',
      swedish('Datum: 2025-02-30, Kommunhuset'),
      { date: '-', fields: ['date "2025-02-30"'], diagnostics: ['invalid-date "2025-02-30"'], deadline: '2027-04-15' },
    ],
    [
      '`Datum:` with no date among its words stays an unreadable date',
      swedish('Datum: Storgatan 45/3'),
      { date: '-', fields: ['date "Storgatan 45/3"'], diagnostics: ['invalid-date "Storgatan 45/3"'], deadline: '2027-04-15' },
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(reading(text), expected));
  }

  it('ends an attendance list, as every known field does', () => {
    const text = joinLines('Protokoll', 'NÄRVARANDE', 'Eva Berg', 'Plats och tid: Kommunhuset, 2025-02-18 kl. 18.00', '', '§ 1 Budget', '');
    const { document } = analyzeMinutes(text, { locale: 'sv', today: TODAY });
    assert.deepEqual(
      [document.sections[0]?.attendees.map((a) => a.name.text), document.headerFields.map((f) => f.kind)],
      [['Eva Berg'], ['timeAndPlace']],
    );
  });

  it('counts the keys as Swedish or English, so that `15/4` under a Swedish one is day first', () => {
    const text = joinLines('Protokoll', 'Plats och tid: Kommunhuset, 3/4 2025 kl. 18', '', '§ 1 Budget', '');
    const analysis = analyzeMinutes(text, { locale: 'sv', today: TODAY });
    assert.equal(analysis.meetingDate && isoDate(analysis.meetingDate), '2025-04-03');
    const english = analyzeMinutes(text.replace('Plats och tid', 'Time and place'), { locale: 'en', today: TODAY });
    assert.deepEqual(english.diagnostics.map((d) => d.code), ['invalid-date']);
  });
});

describe('a field that says when and where, in the editor and the published minutes', () => {
  const text = swedish('Plats och tid: Kommunhuset, tisdag 18 februari 2025 kl. 18.00–20.45');
  const analysis = analyzeMinutes(text, { locale: 'sv', today: TODAY });

  it('hovers over its date as over a `Datum:` value, and nowhere else in it', () => {
    const date = hover(analysis, text.indexOf('februari'));
    assert.equal(date && text.slice(date.span.start, date.span.end), 'tisdag 18 februari 2025 kl. 18.00–20.45');
    assert.match(date?.markdown ?? '', /tisdag 18 februari 2025/);
    assert.equal(hover(analysis, text.indexOf('Kommunhuset')), undefined);
  });

  it('colours its date as a date', () => {
    const dates = semanticTokens(analysis).filter((t) => t.type === 'date');
    assert.deepEqual(
      dates.map((t) => text.slice(t.span.start, t.span.end)),
      ['tisdag 18 februari 2025 kl. 18.00–20.45', '15/4'],
    );
  });

  it('publishes the value as written, under the key as written', () => {
    const minutes = buildPublishedMinutes(analysis, 'sv');
    assert.deepEqual(
      minutes.fields.map((f) => [f.kind, f.label, f.value]),
      [['timeAndPlace', 'Plats och tid', 'Kommunhuset, tisdag 18 februari 2025 kl. 18.00–20.45']],
    );
    assert.deepEqual(
      buildPublishedMinutes(analysis, 'en').fields.map((f) => f.label),
      ['Time and place'],
    );
  });

  it('gives a series its date and its place', () => {
    const summary = summarizeMinutes('ks.minutes', text, { today: TODAY });
    assert.deepEqual([summary.date && isoDate(summary.date), summary.place], ['2025-02-18', 'Kommunhuset']);
  });

  it('leaves `Datum:`, `Tid:` and `Plats:` out of the keys offered, and is not offered itself', () => {
    const offered = (header: string) => {
      const doc = joinLines('Protokoll', header, '', '', 'NÄRVARANDE', 'Eva Berg', '', '§ 1 Budget', '');
      const at = doc.indexOf('\n\n') + 1;
      return complete(analyzeMinutes(doc, { locale: 'sv', today: TODAY }), at)
        .items.filter((i) => i.kind === 'keyword' && i.label.endsWith(':'))
        .map((i) => i.label);
    };
    const withDate = offered('Plats och tid: Kommunhuset, 2025-02-18 kl. 18.00');
    const withoutDate = offered('Plats och tid: Kommunhuset, kl. 18.00');
    assert.deepEqual(
      ['Datum:', 'Tid:', 'Plats:', 'Plats och tid:'].map((key) => [key, withDate.includes(key), withoutDate.includes(key)]),
      [
        ['Datum:', false, true],
        ['Tid:', false, false],
        ['Plats:', false, false],
        ['Plats och tid:', false, false],
      ],
    );
  });
});

describe('the date and the place in a value that says when and where', () => {
  // The value, and the date and the place found in it ('-': none), read in 2027, day first.
  const values: [string, string, string][] = [
    ['Kommunhuset, 2025-02-18 kl. 18.00–20.45', '2025-02-18 kl. 18.00–20.45', 'Kommunhuset'],
    ['2025-02-18, kl. 13.00 – 15.00, Stora salen', '2025-02-18, kl. 13.00 – 15.00', 'Stora salen'],
    ['Stadshuset, sal 2, den 18 februari 2025', 'den 18 februari 2025', 'Stadshuset, sal 2'],
    ['Village Hall on Monday, 10th March 2025, 7 to 9 pm', 'Monday, 10th March 2025, 7 to 9 pm', 'Village Hall'],
    ['kl. 18.00, 18 februari 2025, Kommunhuset', '18 februari 2025', 'Kommunhuset'],
    ['Kommunhuset (sal 2), 2025-02-18 (prel.)', '2025-02-18 (prel.)', 'Kommunhuset (sal 2)'],
    ['18/2 kl. 18, Kommunhuset', '18/2 kl. 18', 'Kommunhuset'],
    ['2025-02-18 kl. 18.00', '2025-02-18 kl. 18.00', '-'],
    // A date with a year of its own is preferred to one without.
    ['Storgatan 15/3, 2025-02-18', '2025-02-18', 'Storgatan 15/3'],
    // No date.
    ['Kommunhuset, kl. 13.00–16.00', '-', 'Kommunhuset'],
    ['kl. 13.00–16.00 i Kommunhuset', '-', 'Kommunhuset'],
    ['Kommunhuset', '-', 'Kommunhuset'],
    ['Rum 12, plan 3', '-', 'Rum 12, plan 3'],
    ['Storgatan 45/3', '-', 'Storgatan 45/3'],
    ['kl. 18.00', '-', '-'],
    ['', '-', '-'],
    // Only short words and the first hundred are read, as in a title.
    [`${'x'.repeat(30)}2025-02-18`, '-', `${'x'.repeat(30)}2025-02-18`],
    [`${'ord '.repeat(100)}2025-02-18`, '-', `${'ord '.repeat(100)}2025-02-18`],
  ];
  for (const [value, date, place] of values) {
    it(`finds ${date === '-' ? 'no date' : JSON.stringify(date)} and ${place === '-' ? 'no place' : JSON.stringify(place.slice(0, 40))} in ${JSON.stringify(value.slice(0, 50))}`, () => {
      const found = timeAndPlaceIn(value, 2027, true);
      const text = (stretch: { start: number; end: number } | undefined) => (stretch ? value.slice(stretch.start, stretch.end) : '-');
      assert.deepEqual([text(found.date), text(found.place)], [date, place]);
    });
  }

  it('reads a date without a year only when given a year', () => {
    assert.deepEqual(timeAndPlaceIn('18 februari kl. 18, Kommunhuset', undefined, true), { place: { start: 0, end: 31 } });
  });
});
