import assert from 'node:assert/strict';
import { analyzeMinutes, hover, isoDate, parseDeadline } from '../../server/src/core/index';

/**
 * Deadlines written in words or as a month (`dates/deadlineWords.ts`): `Senast: snarast`, `Due:
 * next meeting`, `Senast: slutet av april`. Each is read as the deadline it is, not reported as a
 * date that cannot be read; anything else is read as a date, as before.
 */

/** Reads `text` as a deadline in meeting year `year`: the ISO date (and `month` when a month was named), the words, or the problem. */
function check(text: string, expected: string, year: number | undefined): void {
  // A meeting on Monday 10 March 2025, when there is a year.
  const value = parseDeadline({ text, span: { start: 0, end: text.length } }, year, true, year === undefined ? undefined : { year: 2025, month: 3, day: 10 });
  const weeks = value.weeks ? ` ${isoDate(value.weeks.first)} ${isoDate(value.weeks.second)}` : '';
  const got = value.date ? `${isoDate(value.date)}${value.month !== undefined ? ' month' : ''}${value.quarter !== undefined ? ' quarter' : ''}` : value.words ? `words:${value.words}` : `${value.problem}${weeks}`;
  assert.equal(got, expected, text);
}

describe('deadlines in words and months (deadlineWords.ts)', () => {
  const cases: [string, string, number?][] = [
    // As soon as possible.
    ['snarast', 'words:soon'],
    ['Snarast.', 'words:soon'],
    ['snarast möjligt', 'words:soon'],
    ['så  snart som möjligt', 'words:soon'],
    ['omgående', 'words:soon'],
    ['omga\u030aende', 'words:soon'],
    ['ASAP', 'words:soon'],
    ['a.s.a.p.', 'words:soon'],
    ['As soon as possible', 'words:soon'],
    ['immediately', 'words:soon'],
    // By the next meeting.
    ['till nästa möte', 'words:nextMeeting'],
    ['Inför nästa sammanträde', 'words:nextMeeting'],
    ['next meeting', 'words:nextMeeting'],
    ['by the next meeting', 'words:nextMeeting'],
    // Ongoing, and not decided yet.
    ['löpande', 'words:ongoing'],
    ['tills vidare', 'words:ongoing'],
    ['Ongoing', 'words:ongoing'],
    ['TBC', 'words:undecided'],
    ['to be confirmed', 'words:undecided'],
    ['meddelas senare', 'words:undecided'],
    // A month: its last day, in the year written or the meeting's.
    ['april', '2025-04-30 month'],
    ['April 2026', '2026-04-30 month'],
    ['i april', '2025-04-30 month'],
    ['slutet av februari', '2025-02-28 month'],
    ['i slutet av februari 2024', '2024-02-29 month'],
    ['mitten av maj', '2025-05-31 month'],
    ['början av juni.', '2025-06-30 month'],
    ['end of April', '2025-04-30 month'],
    ['by the end of April 2025', '2025-04-30 month'],
    ['mid-May', '2025-05-31 month'],
    ['early June', '2025-06-30 month'],
    ['sept', '2025-09-30 month'],
    ['end April', '2025-04-30 month'],
    ['by mid-April', '2025-04-30 month'],
    ['sista mars', '2025-03-31 month'],
    ['senast i slutet av maj', '2025-05-31 month'],
    // A quarter: its last day.
    ['Q2', '2025-06-30 quarter'],
    ['q4 2026', '2026-12-31 quarter'],
    ['2026 Q1', '2026-03-31 quarter'],
    ['Q3/2025', '2025-09-30 quarter'],
    ['kvartal 1', '2025-03-31 quarter'],
    ['andra kvartalet', '2025-06-30 quarter'],
    ['under första kvartalet 2026', '2026-03-31 quarter'],
    ['by the end of Q3', '2025-09-30 quarter'],
    ['third quarter of 2025', '2025-09-30 quarter'],
    ['Q5', 'unreadable'],
    ['Q2', 'unreadable', undefined],
    // A time of the year: words, no day.
    ['efter sommaren', 'words:season'],
    ['före jul', 'words:season'],
    ['till hösten', 'words:season'],
    ['Under våren 2025', 'words:season'],
    ['halvårsskiftet', 'words:season'],
    ['efter sommarlovet', 'words:season'],
    ['Spring term', 'words:season'],
    ['by Easter', 'words:season'],
    ['after the summer holidays', 'words:season'],
    ['year end', 'words:season'],
    ['innan nästa möte', 'words:nextMeeting'],
    ['sommarens slut kanske', 'unreadable'],
    // Without a meeting year, a month without one is not a date.
    ['april', 'unreadable', undefined],
    // Dates are read as dates, as before.
    ['2025-04-15', '2025-04-15'],
    ['15 april', '2025-04-15'],
    ['v. 14', '2025-04-06'],
    ['2025-02-30', 'impossible'],
    // Anything else is still a date that cannot be read.
    ['snart kanske', 'unreadable'],
    ['nästa vecka', 'unreadable'],
    // A day of the week: the first such day after the meeting (Monday 10 March 2025).
    ['fredag', '2025-03-14'],
    ['på fredag', '2025-03-14'],
    ['Fredagen', '2025-03-14'],
    ['senast torsdag', '2025-03-13'],
    ['måndag', '2025-03-17'],
    ['Friday', '2025-03-14'],
    ['by Friday', '2025-03-14'],
    ['Sunday', '2025-03-16'],
    // Abbreviated, as calendars write them.
    ['fre', '2025-03-14'],
    ['senast tors.', '2025-03-13'],
    ['by Fri', '2025-03-14'],
    ['fr', 'unreadable'],
    ['fredag', 'unreadable', undefined],
    // `nästa fredag` / `next Friday`: this week's or the next is the writer's, and both are said.
    ['nästa fredag', 'nextWeekday 2025-03-14 2025-03-21'],
    ['Senast nästa fredag.', 'nextWeekday 2025-03-14 2025-03-21'],
    ['next Friday', 'nextWeekday 2025-03-14 2025-03-21'],
    ['by next Monday', 'nextWeekday 2025-03-17 2025-03-24'],
    ['nästa fredag', 'unreadable', undefined],
    ['nästa möte', 'words:nextMeeting'],
    ['next fridge', 'unreadable'],
    ['snarast eller i april', 'unreadable'],
    ['aprilskämt', 'unreadable'],
  ];
  for (const c of cases) {
    const [text, expected] = c;
    it(`${JSON.stringify(text)} → ${expected}`, () => check(text, expected, c.length > 2 ? c[2] : 2025));
  }

  const doc = [
    'Styrelsemöte',
    'Datum: 2025-03-10',
    '',
    'NÄRVARANDE',
    'Eva Berg, ordförande',
    'Per Ek, sekreterare',
    '',
    '1. Budget',
    'Uppdrag: Eva Berg – ta fram ett förslag. Senast: snarast',
    'Uppdrag: Per Ek – boka lokal. Senast: till nästa möte',
    'Uppdrag: Per Ek – ring banken. Senast: slutet av april',
    'Uppdrag: Per Ek – skriv brevet. Senast: januari',
    'Uppdrag: Eva Berg – kontakta kommunen. Senast: snart kanske',
    'Uppdrag: Eva Berg – boka möte. Senast: fredag',
    'Uppdrag: Eva Berg – se över taxan. Senast: efter sommaren',
    'Uppdrag: Per Ek – redovisa. Senast: Q2',
    '',
  ].join('\n');

  it('gives no invalid-date for a deadline in words or a month, and one for anything else', () => {
    const analysis = analyzeMinutes(doc, { locale: 'sv' });
    const found = analysis.diagnostics.map((d) => `${d.code} ${doc.slice(d.span.start, d.span.end)}`);
    assert.deepEqual(found, ['deadline-before-meeting januari', 'invalid-date snart kanske']);
  });

  it('says which two days a deadline on the next day of a week may mean, in Swedish and English; at the end of a task it stays in the task', () => {
    const text = [
      'Styrelsemöte',
      'Datum: 2025-03-10',
      '',
      'NÄRVARANDE',
      'Eva Berg',
      '',
      '1. Budget',
      'Uppdrag: Eva Berg – boka lokal. Senast: nästa fredag',
      'Action: Eva Berg – send the draft by next Friday',
      '',
    ].join('\n');
    const messages = (locale: 'sv' | 'en') => analyzeMinutes(text, { locale }).diagnostics.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}: ${d.message}`);
    assert.deepEqual(messages('sv'), ['invalid-date nästa fredag: "nästa fredag" kan betyda två dagar: den första efter mötet (2025-03-14) eller den veckan efter (2025-03-21). Skriv det datum som avses: 2025-03-14 eller 2025-03-21.']);
    assert.deepEqual(messages('en'), ['invalid-date nästa fredag: "nästa fredag" can mean two days: the first after the meeting (2025-03-14) or the one a week later (2025-03-21). Write the date meant: 2025-03-14 or 2025-03-21.']);
    const second = analyzeMinutes(text).document.items[0]?.body[1];
    assert.ok(second?.kind === 'action');
    assert.equal(second.task?.text, 'send the draft by next Friday');
    assert.equal(second.deadline, undefined);
  });

  it('keeps a meeting date in words an invalid-date: only deadlines are read so', () => {
    const analysis = analyzeMinutes(doc.replace('Datum: 2025-03-10', 'Datum: snarast'), { locale: 'sv' });
    assert.ok(analysis.diagnostics.some((d) => d.code === 'invalid-date' && d.span.start === doc.indexOf('2025-03-10')));
  });

  it('says on hover what a deadline in words means, that a month stands for its last day and a day of the week for the first after the meeting', () => {
    for (const [locale, soon, month, weekday, season, quarter] of [
      ['sv', 'Så snart som möjligt: en tidsgräns i ord, utan datum.', 'Månadens sista dag.', 'Den första sådana dagen efter mötet.', 'En tid på året: en tidsgräns i ord, utan datum.', 'Kvartalets sista dag.'],
      ['en', 'As soon as possible: a deadline in words, with no date.', "The month's last day.", 'The first such day after the meeting.', 'A time of the year: a deadline in words, with no date.', "The quarter's last day."],
    ] as const) {
      const analysis = analyzeMinutes(doc, { locale });
      assert.equal(hover(analysis, doc.indexOf('snarast') + 2)?.markdown, soon);
      const monthHover = hover(analysis, doc.indexOf('slutet av april') + 2)?.markdown ?? '';
      assert.match(monthHover, /30/);
      assert.ok(monthHover.includes(month), monthHover);
      const weekdayHover = hover(analysis, doc.indexOf('fredag') + 2)?.markdown ?? '';
      assert.match(weekdayHover, /14/);
      assert.ok(weekdayHover.includes(weekday), weekdayHover);
      assert.equal(hover(analysis, doc.indexOf('efter sommaren') + 2)?.markdown, season);
      const quarterHover = hover(analysis, doc.indexOf('Q2') + 1)?.markdown ?? '';
      assert.ok(quarterHover.includes('30') && quarterHover.includes(quarter), quarterHover);
    }
  });
});
