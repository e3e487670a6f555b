import { isExists, isValid, parse } from 'date-fns';
import { enGB, enUS, sv } from 'date-fns/locale';
import { memoByString } from '../text/memo';
import { withoutInvisible } from '../text/names';
import type { TextNode } from '../text/span';
import { weekdayOf, type CalendarDate, type DateValue } from './dateValue';
import { allowDecomposed } from '../syntax/keywords';

/**
 * Reads the dates the language accepts: ISO `2024-03-15`, `15 mars 2024`, `15 March 2024`,
 * `March 15, 2024`, and the same without a year (`14 juni`), which takes the meeting's year.
 * Month names are read by date-fns with its Swedish and English locales; ISO dates are checked
 * with date-fns' `isExists`, so `2024-02-30` is impossible rather than silently moved.
 */

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Day, month word, optional year; the month word is checked by date-fns, not here. */
const DAY_MONTH = /^(\d{1,2})\.?\s+(\p{L}{3,})\.?(?:,?\s+(\d{4}))?$/u;
const MONTH_DAY = /^(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/u;

const LOCALES = [sv, enGB, enUS];

function fromParts(year: number, month: number, day: number): CalendarDate | 'impossible' {
  return isExists(year, month - 1, day) ? { year, month, day } : 'impossible';
}

/** Abbreviations people write that the locales do not know. */
const ALIASES: Readonly<Record<string, string>> = { sept: 'sep', febr: 'feb' };

/** Month number (1–12) for a Swedish or English month name or abbreviation, via date-fns locales. */
export function monthNumber(written: string): number | undefined {
  const word = ALIASES[written.toLowerCase()] ?? written;
  const reference = new Date(2000, 0, 1);
  for (const locale of LOCALES) {
    const d = parse(`1 ${word}`, 'd MMMM', reference, { locale });
    if (isValid(d)) return d.getMonth() + 1;
  }
  return undefined;
}

/**
 * A day of the week before the date (`måndag 15 mars 2024`, `Monday, 15 March 2024`,
 * `måndagen den 15 mars`) and Swedish `den` (`den 15 mars 2024`): group 1 is the weekday, Monday
 * first in `WEEKDAYS`.
 */
const WEEKDAY_PREFIX = new RegExp(`^(?:(${allowDecomposed('måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag')}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:en)?\\.?,?\\s+)?(?:den\\s+)?`, 'iu');
const WEEKDAYS: readonly (readonly string[])[] = [
  ['måndag', 'monday', 'mon'],
  ['tisdag', 'tuesday', 'tue', 'tues'],
  ['onsdag', 'wednesday', 'wed'],
  ['torsdag', 'thursday', 'thu', 'thur', 'thurs'],
  ['fredag', 'friday', 'fri'],
  ['lördag', 'saturday', 'sat'],
  ['söndag', 'sunday', 'sun'],
];

/** What a date says, with a written day of the week checked against it. */
function readWithWeekday(text: string, year: number): CalendarDate | 'impossible' | 'unreadable' | { readonly weekday: CalendarDate } {
  const prefix = WEEKDAY_PREFIX.exec(text);
  const rest = prefix ? text.slice(prefix[0].length) : text;
  const date = readWithYear(rest, year);
  const written = prefix?.[1]?.normalize('NFC').toLowerCase();
  if (typeof date === 'string' || written === undefined) return date;
  if (WEEKDAYS[weekdayOf(date)]?.includes(written)) return date;
  // Without a year of its own, a date whose day of the week fits the next year is in that year:
  // `Senast: fredag 10 januari` at a meeting in December 2024 is 2025-01-10.
  if (!/\d{4}/.test(rest)) {
    const next = readWithYear(rest, year + 1);
    if (typeof next !== 'string' && WEEKDAYS[weekdayOf(next)]?.includes(written)) return next;
  }
  return { weekday: date };
}

function readWithYear(text: string, year: number): CalendarDate | 'impossible' | 'unreadable' {
  const iso = ISO.exec(text);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dm = DAY_MONTH.exec(text) ?? undefined;
  const md = dm ? undefined : MONTH_DAY.exec(text) ?? undefined;
  const dayText = dm ? dm[1] : md?.[2];
  const monthText = dm ? dm[2] : md?.[1];
  const yearText = dm ? dm[3] : md?.[3];
  if (dayText === undefined || monthText === undefined) return 'unreadable';
  const month = monthNumber(monthText);
  if (month === undefined) return 'unreadable';
  return fromParts(yearText ? Number(yearText) : year, month, Number(dayText));
}

/**
 * Reading month names costs tens of microseconds and documents repeat their dates, so each
 * written date is read once. The key is the text, with the meeting year after a line break (which
 * the collapsed text cannot hold) when the text has no year of its own.
 */
const readRemembered = memoByString((key): ReturnType<typeof readWithWeekday> => {
  const [text = '', year] = key.split('\n');
  if (year === undefined && !/\d{4}/.test(text)) return 'unreadable';
  return readWithWeekday(text, Number(year ?? 0));
});

/** What a written date says, without its node: the part of a `DateValue` that depends on the text alone. */
type Reading = Omit<DateValue, 'text'>;

function read(written: string, meetingYear: number | undefined): Reading {
  // A full stop ending the sentence (`Datum: 15 mars 2024.`) is not part of the date.
  // Invisible format characters pasted with the date (a zero-width space, a direction mark) are not part of it.
  const text = withoutInvisible(written).trim().replace(/\s+/g, ' ').replace(/(?<=\d)\.$/, '');
  const hasYear = /\d{4}/.test(text);
  const result = readRemembered(hasYear || meetingYear === undefined ? text : `${text}\n${meetingYear}`);
  if (typeof result === 'string') return { problem: result, yearImplied: !hasYear };
  if ('weekday' in result) return { problem: 'weekday', named: result.weekday, yearImplied: !hasYear };
  return { date: result, yearImplied: !hasYear };
}

/**
 * The readings of written dates, by the text exactly as written, one store per meeting year: a
 * long document repeats its deadlines, and a date read before costs one lookup.
 */
const readingsByYear = new Map<number | undefined, (written: string) => Reading>();

function readingsFor(meetingYear: number | undefined): (written: string) => Reading {
  let readings = readingsByYear.get(meetingYear);
  if (!readings) {
    if (readingsByYear.size >= 100) readingsByYear.clear();
    readings = memoByString((written) => read(written, meetingYear));
    readingsByYear.set(meetingYear, readings);
  }
  return readings;
}

/**
 * Parses a written date. `meetingYear` supplies the year when the text has none; without it such a
 * date is unreadable. Never throws.
 */
export function parseDate(node: TextNode, meetingYear?: number): DateValue {
  const reading = readingsFor(meetingYear)(node.text);
  if (reading.date) return { text: node, date: reading.date, yearImplied: reading.yearImplied };
  if (reading.named) return { text: node, problem: reading.problem, named: reading.named, yearImplied: reading.yearImplied };
  return { text: node, problem: reading.problem, yearImplied: reading.yearImplied };
}
