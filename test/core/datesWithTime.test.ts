import assert from 'node:assert/strict';
import { analyzeMinutes, hover, isoDate, parseDate, type Lang } from '../../server/src/core/index';
import { joinLines } from '../helpers/expect';

/**
 * Dates with a time of day after them (`Datum: 11 mars 2025, kl. 13.00–15.00`) and week numbers
 * (`Senast: v. 12`), as a Swedish secretary writes them, through the whole analysis: diagnostics
 * and their ranges, the meeting year, `deadline-before-meeting` and hover.
 */

const TODAY = { year: 2024, month: 3, day: 1 };

function minutes(date: string, ...body: string[]): string {
  return joinLines('Protokoll', `Datum: ${date}`, '', 'NÄRVARANDE', 'Eva Hessman, Göteborg', '', '1. Budget', ...body, '');
}

function english(date: string, ...body: string[]): string {
  return joinLines('Minutes', `Date: ${date}`, '', 'PRESENT', 'Eva Hessman, Gothenburg', '', '1. Budget', ...body, '');
}

/** Each diagnostic as `code "the text it covers": message`. */
function diagnostics(text: string, locale: Lang = 'sv'): string[] {
  return analyzeMinutes(text, { locale, today: TODAY }).diagnostics.map((d) => `${d.code} ${JSON.stringify(text.slice(d.span.start, d.span.end))}: ${d.message}`);
}

/** The deadline of the first action of `text`. */
function firstDeadline(text: string) {
  const action = analyzeMinutes(text, { today: TODAY }).document.items[0]?.body.find((b) => b.kind === 'action');
  return action?.kind === 'action' ? action.deadline?.date : undefined;
}

function value(text: string, meetingYear?: number) {
  return parseDate({ text, span: { start: 10, end: 10 + text.length } }, meetingYear);
}

describe('dates with a time of day', () => {
  const meetingDates = [
    minutes('11 mars 2025, kl. 13.00–15.00'),
    minutes('2025-03-11 kl. 13.00'),
    minutes('2025-03-11 13:00-15:00'),
    minutes('tisdag 11 mars 2025 kl 9–12'),
    english('11 March 2025, 7.30 pm'),
    english('2025-03-11 at 10:00'),
  ];
  for (const text of meetingDates) {
    it(`reads the meeting date of "${text.split('\n')[1] ?? ''}" without a diagnostic`, () => {
      assert.deepEqual(diagnostics(text, text.startsWith('Minutes') ? 'en' : 'sv'), []);
      const field = analyzeMinutes(text, { today: TODAY }).document.headerFields.find((f) => f.kind === 'date');
      assert.equal(field?.date?.date && isoDate(field.date.date), '2025-03-11');
    });
  }

  it('keeps a note in parentheses after a deadline, and publishes it after the date', () => {
    const v = firstDeadline(minutes('2025-03-08', 'Uppdrag: Eva Hessman – ring. Senast: 30 juni 2025 (preliminärt)'));
    assert.deepEqual([v?.text.text, v?.date && isoDate(v.date), v?.note, v?.time], ['30 juni 2025 (preliminärt)', '2025-06-30', 'preliminärt', undefined]);
    assert.deepEqual(diagnostics(minutes('2025-03-08', 'Uppdrag: Eva Hessman – ring. Senast: 30 juni 2025 (preliminärt)')), []);
  });

  it('keeps the time as written and the date node as written', () => {
    const v = value('11 mars 2025, kl. 13.00–15.00');
    assert.deepEqual([v.text.text, v.text.span, v.time, v.week, v.yearImplied], ['11 mars 2025, kl. 13.00–15.00', { start: 10, end: 39 }, 'kl. 13.00–15.00', undefined, false]);
    assert.equal(value('2025-03-11').time, undefined);
  });

  it('takes the meeting year for year-less deadlines from a meeting date with a time', () => {
    const text = minutes('11 mars 2025, kl. 13.00–15.00', 'Uppdrag: Eva Hessman – ring kommunen. Senast: 14 juni');
    const date = firstDeadline(text)?.date;
    assert.equal(date && isoDate(date), '2025-06-14');
  });

  it('still warns about a deadline before a meeting date with a time, on the deadline as written', () => {
    const text = minutes('11 mars 2025 kl. 13.00', 'Uppdrag: Eva Hessman – ring kommunen. Senast: 2025-03-10 kl. 12');
    assert.deepEqual(diagnostics(text), ['deadline-before-meeting "2025-03-10 kl. 12": Sista dag 2025-03-10 är före mötesdagen 2025-03-11.']);
  });

  it('reports a date that is wrong, or a time that is not one, on the whole text as written', () => {
    assert.deepEqual(diagnostics(minutes('måndag 11 mars 2025 kl 9–12')), ['invalid-date "måndag 11 mars 2025 kl 9–12": "måndag 11 mars 2025 kl 9–12" stämmer inte: 2025-03-11 är en tisdag.']);
    assert.deepEqual(diagnostics(minutes('11 mars 2025, kl. 25.00')), [
      'invalid-date "11 mars 2025, kl. 25.00": "11 mars 2025, kl. 25.00" går inte att läsa som ett datum. Skriv t.ex. 2024-03-15 eller 15 mars 2024.',
    ]);
  });

  it('hovers over the whole meeting date, time included', () => {
    const text = minutes('11 mars 2025, kl. 13.00–15.00');
    const result = hover(analyzeMinutes(text, { locale: 'sv', today: TODAY }), text.indexOf('kl.'));
    assert.deepEqual(result && { markdown: result.markdown, over: text.slice(result.span.start, result.span.end) }, {
      markdown: '**tisdag 11 mars 2025**  \n2025\\-03\\-11',
      over: '11 mars 2025, kl. 13.00–15.00',
    });
  });
});

describe('dates as week numbers', () => {
  for (const written of ['v. 12', 'v 12', 'v12', 'vecka 12', 'vecka 12 2025']) {
    it(`"Senast: ${written}" is Sunday 23 March 2025 at a meeting in 2025`, () => {
      const text = minutes('2025-03-11', `Uppdrag: Eva Hessman – ring kommunen. Senast: ${written}`);
      assert.deepEqual(diagnostics(text), []);
      const date = firstDeadline(text);
      assert.deepEqual(date && [date.text.text, date.date && isoDate(date.date), date.week, date.yearImplied], [written, '2025-03-23', 12, written === 'vecka 12 2025' ? false : true]);
    });
  }

  it('"Due: week 12" in English, on a continuation line', () => {
    const text = english('2025-03-11', 'Action: Eva Hessman – call the council', '  Due: week 12');
    assert.deepEqual(diagnostics(text, 'en'), []);
  });

  it('week 53 in a year of 52 weeks, and week 0, are invalid dates', () => {
    assert.deepEqual(diagnostics(minutes('2025-03-11', 'Uppdrag: Eva Hessman – ring. Senast: vecka 53', 'Uppdrag: Eva Hessman – skriv. Senast: v. 0')), [
      'invalid-date "vecka 53": Datumet "vecka 53" finns inte.',
      'invalid-date "v. 0": Datumet "v. 0" finns inte.',
    ]);
    assert.deepEqual(diagnostics(minutes('2026-03-11', 'Uppdrag: Eva Hessman – ring. Senast: vecka 53')), []);
  });

  it('a low week without a year at a December meeting is in the meeting year, as `10 januari` is: the deadline is before the meeting', () => {
    assert.deepEqual(diagnostics(minutes('2024-12-12', 'Uppdrag: Eva Hessman – ring. Senast: v. 2', 'Uppdrag: Eva Hessman – skriv. Senast: v. 2 2025')), [
      'deadline-before-meeting "v. 2": Sista dag 2024-01-14 är före mötesdagen 2024-12-12.',
    ]);
  });

  it('hovers with the week\'s last day and says the year is the meeting\'s', () => {
    const text = minutes('2025-03-11', 'Uppdrag: Eva Hessman – ring. Senast: v. 12');
    const result = hover(analyzeMinutes(text, { locale: 'sv', today: TODAY }), text.indexOf('v. 12') + 1);
    assert.deepEqual(result && { markdown: result.markdown, over: text.slice(result.span.start, result.span.end) }, {
      markdown: '**söndag 23 mars 2025**  \n2025\\-03\\-23  \nÅret är mötets.',
      over: 'v. 12',
    });
  });

  it('a week commencing is the Sunday of that week', () => {
    const v = value('w/c 17 March', 2025);
    assert.deepEqual([v.date && isoDate(v.date), v.week, v.yearImplied], ['2025-03-23', 12, true]);
  });
});
