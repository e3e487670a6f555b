import assert from 'node:assert/strict';
import { analyzeMinutes, isoDate } from '../../server/src/core/index';
import { joinLines } from '../helpers/expect';

/**
 * The meeting date as protokoll and committee headers write it: in a field of its own under
 * another name (`Sammanträdesdag:`, `Datum och tid:`, `Date/time:`). Each row is a header, and
 * what the document makes of it: the meeting date, each field's kind and the date it read (the
 * text the date covers), the diagnostics with the text they cover, and the year-less deadline
 * `15/4` / `15 April` of the one item, which takes the meeting's year (else today's, 2027).
 */

const TODAY = { year: 2027, month: 1, day: 15 };

interface Reading {
  readonly date: string;
  readonly fields: readonly (readonly [string, string?])[];
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
    fields: analysis.document.headerFields.map((f) => (f.date ? [f.kind, f.date.text.text] : [f.kind])),
    diagnostics: analysis.diagnostics.map((d) => `${d.code} ${JSON.stringify(text.slice(d.span.start, d.span.end))}`),
    deadline: deadline?.date ? isoDate(deadline.date) : `${deadline?.problem}`,
  };
}

describe('the meeting date in header fields', () => {
  const cases: [string, string, Reading][] = [
    [
      '`Sammanträdesdag:` is the meeting date',
      swedish('Sammanträdesdag: 2025-02-18'),
      { date: '2025-02-18', fields: [['date', '2025-02-18']], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Datum och tid:` is the meeting date with its time',
      swedish('Datum och tid: 2025-02-18, kl. 13.00–15.00'),
      { date: '2025-02-18', fields: [['date', '2025-02-18, kl. 13.00–15.00']], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Datum/tid:` with the day of the week',
      swedish('Datum/tid: tisdag 18 februari 2025 kl. 13.00'),
      { date: '2025-02-18', fields: [['date', 'tisdag 18 februari 2025 kl. 13.00']], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Date and time:`',
      english('Date and time: Tuesday 18 February 2025, 7.30 pm'),
      { date: '2025-02-18', fields: [['date', 'Tuesday 18 February 2025, 7.30 pm']], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Date/time:` in capitals',
      english('DATE/TIME: 18/02/2025 AT 19:00'),
      { date: '2025-02-18', fields: [['date', '18/02/2025 AT 19:00']], diagnostics: [], deadline: '2025-04-15' },
    ],
    [
      '`Datum och tid:` without a date is a date that cannot be read',
      swedish('Datum och tid: kl. 13.00'),
      { date: '-', fields: [['date', 'kl. 13.00']], diagnostics: ['invalid-date "kl. 13.00"'], deadline: '2027-04-15' },
    ],
    [
      '`Datum och tid:` with a date that does not exist',
      swedish('Datum och tid: 2025-02-30 kl. 13.00'),
      { date: '-', fields: [['date', '2025-02-30 kl. 13.00']], diagnostics: ['invalid-date "2025-02-30 kl. 13.00"'], deadline: '2027-04-15' },
    ],
    [
      'a key of another shape is not one of them',
      swedish('Datumtid: 2025-02-18'),
      { date: '-', fields: [['other']], diagnostics: ['missing-date "Protokoll"', 'unknown-header-field "Datumtid"'], deadline: '2027-04-15' },
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(reading(text), expected));
  }
});
