import { endOfISOWeek, getISOWeek, getISOWeeksInYear, isExists, isValid, parse, setISODay, setISOWeek } from 'date-fns';
import { enGB, enUS, sv } from 'date-fns/locale';
import { memoByString } from '../text/memo';
import { withoutInvisible } from '../text/names';
import type { Mutable } from '../model/mutable';
import type { TextNode } from '../text/span';
import { weekdayOf, type CalendarDate, type DateValue } from './dateValue';
import { allowDecomposed } from '../syntax/keywords';

/**
 * Reads the dates the language accepts: ISO `2024-03-15`, `15 mars 2024`, `15 March 2024`,
 * `March 15, 2024`, and the same without a year (`14 juni`), which takes the meeting's year.
 * Month names are read by date-fns with its Swedish and English locales; ISO dates are checked
 * with date-fns' `isExists`, so `2024-02-30` is impossible rather than silently moved.
 * ISO weeks (`v. 12`, `vecka 12 2025`, `week 12`, `w/c 17 March`) are read as the week's Sunday,
 * with date-fns' ISO-week helpers. A time of day after a date (`2025-03-11 kl. 13.00–15.00`) is
 * set aside: the date is read without it.
 */

/**
 * The dashes that stand between the parts of a numeric date: `-`, and what a word processor puts
 * there instead of it — Word's non-breaking hyphen U+2011, the hyphen U+2010, the figure dash
 * U+2012, the en and em dashes U+2013 and U+2014, the minus sign U+2212. They look alike, so they
 * are read alike.
 */
export const DASHES = '\\-\u2010-\u2014\u2212';
const ISO = new RegExp(`^(\\d{4})[${DASHES}](\\d{1,2})[${DASHES}](\\d{1,2})$`, 'u');
/**
 * Day, month word, optional year; the month word is checked by date-fns, not here. The day may be
 * written as an ordinal (`12th March`, `1st of April`, `15:e mars`, `1:a april`), in any case, as
 * a title in capitals writes it (`10TH MARCH 2025`).
 */
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th|:a|:e)?\.?\s+(?:of\s+)?(\p{L}{3,})\.?(?:,?\s+(\d{4}))?$/iu;
/**
 * Day and month in figures with a slash, as Swedish and British writers put them: `15/3`,
 * `14/01/2025`, `15/3 2025`, and the Swedish `15/3-25` (a dash before a two-digit year). Groups:
 * the first number, the second, the year after `/` or a dash (two or four digits), the year after
 * a space (four digits). Which number is the day is decided by `numericDate`.
 */
const SLASHED = new RegExp(`^(\\d{1,2})/(\\d{1,2})(?:[/${DASHES}](\\d{4}|\\d{2})| (\\d{4}))?$`, 'u');
/** The same with full stops, always with a year: `15.3.2025`, `15.03.25`. (`15.3` alone may be a time of day.) */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
/**
 * Whether a date in figures ends in a two-digit year (`15/3-25`, `14/01/25`, `15.3.25`): a year
 * of its own, as much as `2025` is.
 */
const SHORT_YEAR = new RegExp(`(?:^|\\s)\\d{1,2}(?:/\\d{1,2}[/${DASHES}]|\\.\\d{1,2}\\.)\\d{2}$`, 'u');

/** Whether `text` writes a year of its own: four digits, or a date in figures ending in two. */
function writesYear(text: string): boolean {
  return /\d{4}/.test(text) || SHORT_YEAR.test(text);
}
/** Month word, day (an ordinal in any case: `March 10th`, `MARCH 10TH`), optional year. */
const MONTH_DAY = /^(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/iu;

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
 * The days of the week, Monday first: Swedish and English, in full and abbreviated as calendars
 * and minutes abbreviate them (`tis`, `tors`, `Tue`, `Thurs`).
 */
const WEEKDAYS: readonly (readonly string[])[] = [
  ['måndag', 'monday', 'mån', 'mon'],
  ['tisdag', 'tuesday', 'tis', 'tue', 'tues'],
  ['onsdag', 'wednesday', 'ons', 'wed'],
  ['torsdag', 'thursday', 'tors', 'tor', 'thu', 'thur', 'thurs'],
  ['fredag', 'friday', 'fre', 'fri'],
  ['lördag', 'saturday', 'lör', 'sat'],
  ['söndag', 'sunday', 'sön', 'sun'],
];

/**
 * A day of the week before the date (`måndag 15 mars 2024`, `Monday, 15 March 2024`,
 * `måndagen den 15 mars`, `tis. 4 mars`, `TUE 4 MARCH`) and Swedish `den` (`den 15 mars 2024`):
 * group 1 is the weekday, one of `WEEKDAYS`' words.
 */
const WEEKDAY_PREFIX = new RegExp(
  `^(?:(${allowDecomposed(
    WEEKDAYS.flat()
      .sort((a, b) => b.length - a.length)
      .join('|'),
  )})(?:en)?\\.?,?\\s+)?(?:den\\s+)?`,
  'iu',
);

/**
 * The day of the week a word names, 0 for Monday … 6 for Sunday (as `weekdayOf` counts): Swedish
 * or English, in full, in the Swedish `-en` form (`fredagen`) or abbreviated as in `WEEKDAYS`, in
 * any case; undefined for any other word.
 */
export function weekdayNumber(written: string): number | undefined {
  const word = written.normalize('NFC').toLowerCase();
  const bare = word.endsWith('en') ? word.slice(0, -2) : word;
  const index = WEEKDAYS.findIndex((names) => names.includes(word) || names.includes(bare));
  return index < 0 ? undefined : index;
}

/**
 * A week number: `v. 12`, `v 12`, `v12`, `vecka 12`, `vecka 12 2025`, `week 12`, `wk 12, 2025`.
 * Group 1 is the week, group 2 the (ISO week-numbering) year.
 */
const WEEK = /^(?:v|vecka|week|wk)\.?\s*(\d{1,2})(?:,?\s+(\d{4}))?$/iu;
/** The week of a date: `w/c 17 March` ("week commencing"), `week commencing 17 March`; group 1 is the date. */
const WEEK_OF = /^(?:w\/c|w\.c\.|week commencing|week beginning)\s+(.+)$/iu;

/** A date read from a week: the ISO week's number and the day meant in it. */
interface WeekReading {
  readonly week: number;
  readonly date: CalendarDate;
}

/**
 * Day and month in figures that make a date in either order (`03/04/2025`), in a document whose
 * header does not say that the day comes first: the two dates they can be.
 */
interface Ambiguous {
  readonly dayFirst: CalendarDate;
  readonly monthFirst: CalendarDate;
}

/** What a written date says; `weekday` when a written day of the week does not fit the date. */
type Read = CalendarDate | 'impossible' | 'unreadable' | { readonly weekday: CalendarDate } | WeekReading | Ambiguous;

/** The calendar date of a `Date` made by date-fns in local time. */
function calendarDate(d: Date): CalendarDate {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** Noon on a day, in local time; `setFullYear` keeps years below 100 from being read as 19xx. */
function noonOf(year: number, month: number, day: number): Date {
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(year, month - 1, day);
  return d;
}

/**
 * Day `isoDay` (1 Monday … 7 Sunday; undefined: the week's end, Sunday) of ISO week `week` of
 * week-numbering year `weekYear`. Week 0, and week 53 in a year of 52 weeks, do not exist.
 */
function dayOfWeek(weekYear: number, week: number, isoDay: number | undefined): CalendarDate | 'impossible' {
  // 4 January is always in week 1 of its year.
  const inYear = noonOf(weekYear, 1, 4);
  if (week < 1 || week > getISOWeeksInYear(inYear)) return 'impossible';
  const inWeek = setISOWeek(inYear, week);
  return calendarDate(isoDay === undefined ? endOfISOWeek(inWeek) : setISODay(inWeek, isoDay));
}

/** A week (`v. 12`, `w/c 17 March`) read as a day, or undefined when `text` names no week. */
function readWeek(text: string, year: number, isoDay: number | undefined, dayFirst: boolean): Read | undefined {
  const week = WEEK.exec(text);
  if (week) {
    const number = Number(week[1]);
    const date = dayOfWeek(week[2] ? Number(week[2]) : year, number, isoDay);
    return date === 'impossible' ? date : { week: number, date };
  }
  const of = WEEK_OF.exec(text);
  if (!of || isoDay !== undefined) return undefined;
  const day = readWithWeekday(of[1] ?? '', year, dayFirst);
  if (typeof day === 'string' || 'weekday' in day || 'dayFirst' in day) return day;
  if ('week' in day) return 'unreadable';
  const start = noonOf(day.year, day.month, day.day);
  return { week: getISOWeek(start), date: calendarDate(endOfISOWeek(start)) };
}

/** What a date says, with a written day of the week checked against it. */
function readWithWeekday(text: string, year: number, dayFirst: boolean): Read {
  const prefix = WEEKDAY_PREFIX.exec(text);
  const rest = prefix ? text.slice(prefix[0].length) : text;
  const written = prefix?.[1]?.normalize('NFC').toLowerCase();
  const weekday = written === undefined ? -1 : WEEKDAYS.findIndex((names) => names.includes(written));
  // `fredag v. 12` is the Friday of week 12, `v. 12` its Sunday.
  const week = readWeek(rest, year, weekday < 0 ? undefined : weekday + 1, dayFirst);
  if (week !== undefined) return week;
  const date = readWithYear(rest, year, dayFirst);
  if (typeof date === 'string' || written === undefined) return date;
  const fits = (d: CalendarDate) => WEEKDAYS[weekdayOf(d)]?.includes(written) === true;
  // `torsdag 03/04/2025`: of the two dates, the one on that day of the week.
  if ('dayFirst' in date) return fits(date.dayFirst) === fits(date.monthFirst) ? date : fits(date.dayFirst) ? date.dayFirst : date.monthFirst;
  if (fits(date)) return date;
  // Without a year of its own, a date whose day of the week fits the next year is in that year:
  // `Senast: fredag 10 januari` at a meeting in December 2024 is 2025-01-10.
  if (!writesYear(rest)) {
    const next = readWithYear(rest, year + 1, dayFirst);
    if (typeof next !== 'string' && !('dayFirst' in next) && fits(next)) return next;
  }
  return { weekday: date };
}

/** A year as written: two digits are this century's (`25` is 2025). */
function fullYear(written: string): number {
  return written.length === 2 ? 2000 + Number(written) : Number(written);
}

/**
 * Day and month in figures, `first` and `second` as written. Read in the order that makes a date:
 * `15/3` day first, `3/14/2025` month first, as an American writes it. When both orders make a
 * different date (`03/04/2025`: 3 April, or 4 March to an American), a document whose header is
 * Swedish (`dayFirst`) means the day first; any other is ambiguous.
 */
function numericDate(year: number, first: number, second: number, dayFirst: boolean): CalendarDate | 'impossible' | Ambiguous {
  const dayMonth = fromParts(year, second, first);
  const monthDay = fromParts(year, first, second);
  if (dayMonth === 'impossible' || first === second) return monthDay;
  if (monthDay === 'impossible' || dayFirst) return dayMonth;
  return { dayFirst: dayMonth, monthFirst: monthDay };
}

function readWithYear(text: string, year: number, dayFirst: boolean): CalendarDate | 'impossible' | 'unreadable' | Ambiguous {
  const iso = ISO.exec(text);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const figures = SLASHED.exec(text) ?? DOTTED.exec(text);
  if (figures) {
    const written = figures[3] ?? figures[4];
    return numericDate(written === undefined ? year : fullYear(written), Number(figures[1]), Number(figures[2]), dayFirst);
  }
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
 * written date is read once. The key is `d` (day first) or `-`, then the text, with the meeting
 * year after a line break (which the collapsed text cannot hold) when the text has no year of its own.
 */
const readRemembered = memoByString((key): Read => {
  const [text = '', year] = key.slice(1).split('\n');
  if (year === undefined && !writesYear(text)) return 'unreadable';
  return readWithWeekday(text, Number(year ?? 0), key.startsWith('d'));
});

/** What a written date says, without its node: the part of a `DateValue` that depends on the text alone. */
type Reading = Omit<DateValue, 'text'>;

/** One time of day: `13`, `9.30`, `13:00`, `7 pm`, `7.30 p.m.`; groups: hour, minutes, `a`/`p`. */
const TIME = String.raw`(\d{1,2})(?:[.:](\d{2}))?(?:\s?([ap])\.?m\.?)?`;
/**
 * A time of day at the end of a date: `, kl. 13.00–15.00`, ` kl 9–12`, ` 13:00-15:00`,
 * `, 7.30 pm`, ` at 10:00`, ` klockan 13 till 15`. Groups: the marker (`kl.`, `at` …), the first
 * time's three, the second time's three.
 */
const TIME_SUFFIX = new RegExp(String.raw`(?:,\s*|\s+)(kl\.?\s*|klockan\s+|at\s+)?${TIME}(?:(?:\s*[${DASHES}]\s*|\s+(?:till|to)\s+)${TIME})?$`, 'iu');
/** A note in parentheses at the end of a date, and what stands before it: groups 1 and 2. */
const NOTE_SUFFIX = /^(.*?\S)\s*\(([^()]*)\)$/u;
/** A time suffix is at most this long: it is looked for in the text's last characters only, so a long pasted text costs no more than a date. */
const TIME_REACH = 64;

/** Whether hour, minutes and am/pm make a time of day: `25.00`, `13.75` and `13 pm` do not. */
function isTime(hour: string | undefined, minutes: string | undefined, half: string | undefined): boolean {
  const h = Number(hour);
  const m = minutes === undefined ? 0 : Number(minutes);
  if (m > 59) return false;
  if (half !== undefined) return h >= 1 && h <= 12;
  return h < 24 || (h === 24 && m === 0);
}

/**
 * Whether a match of `TIME_SUFFIX` or `TIME_PREFIX` is a time of day: its times exist, and a bare
 * hour (`15 mars 2024 13`) has `kl.`/`klockan`/`at` before it or starts a range (`9–12`).
 */
function isTimeOfDay(m: RegExpExecArray): boolean {
  const [, marker, h1, m1, half1, h2, m2, half2] = m;
  if (!isTime(h1, m1, half1) || (h2 !== undefined && !isTime(h2, m2, half2))) return false;
  return marker !== undefined || m1 !== undefined || half1 !== undefined || h2 !== undefined;
}

/** The date and the time of day when `text` ends in a time (`2025-03-11 kl. 13.00`), else undefined. */
function splitTime(text: string): { readonly date: string; readonly time: string } | undefined {
  const from = Math.max(0, text.length - TIME_REACH);
  const m = TIME_SUFFIX.exec(text.slice(from));
  if (!m || !isTimeOfDay(m)) return undefined;
  const date = text.slice(0, from + m.index);
  return date === '' ? undefined : { date, time: m[0].replace(/^[\s,]+/, '') };
}

/** A time of day at the start of a text, before white space, `,`, `;` or the end: `kl. 13.00–16.00, Kommunhuset`. Groups as `TIME_SUFFIX`'s. */
const TIME_PREFIX = new RegExp(String.raw`^(kl\.?\s*|klockan\s+|at\s+)?${TIME}(?:(?:\s*[${DASHES}]\s*|\s+(?:till|to)\s+)${TIME})?(?=[\s,;]|$)`, 'iu');

/**
 * Where `text` holds something besides a time of day at its start or its end, as a date's time is
 * set apart (`Kommunhuset, kl. 13.00–16.00` and `kl. 13.00–16.00, Kommunhuset` → `Kommunhuset`
 * and the separator next to it): the bounds of the rest. The whole text when it has no such time;
 * an empty stretch when it is nothing but one.
 */
export function besideTimeOfDay(text: string): { readonly start: number; readonly end: number } {
  const lead = TIME_PREFIX.exec(text);
  const start = lead && isTimeOfDay(lead) ? lead[0].length : 0;
  const split = splitTime(text.slice(start));
  return { start, end: split ? start + split.date.length : text.length };
}

/** What `text`, a date without a time of day, says in `meetingYear`. */
function readDatePart(text: string, meetingYear: number | undefined, dayFirst: boolean): Reading {
  const hasYear = writesYear(text);
  const result = readRemembered(`${dayFirst ? 'd' : '-'}${hasYear || meetingYear === undefined ? text : `${text}\n${meetingYear}`}`);
  if (typeof result === 'string') return { problem: result, yearImplied: !hasYear };
  if ('weekday' in result) return { problem: 'weekday', named: result.weekday, yearImplied: !hasYear };
  if ('dayFirst' in result) return { problem: 'ambiguous', orders: result, yearImplied: !hasYear };
  if ('week' in result) return { date: result.date, week: result.week, yearImplied: !hasYear };
  return { date: result, yearImplied: !hasYear };
}

function read(written: string, meetingYear: number | undefined, dayFirst: boolean): Reading {
  // A full stop ending the sentence (`Datum: 15 mars 2024.`) is not part of the date.
  // Invisible format characters pasted with the date (a zero-width space, a direction mark) are not part of it.
  const text = withoutInvisible(written).trim().replace(/\s+/g, ' ').replace(/(?<=\d)\.$/, '');
  const whole = readDatePart(text, meetingYear, dayFirst);
  if (whole.problem !== 'unreadable') return whole;
  // `Senast: 30 juni 2025 (preliminärt)`: the date, and a note that is kept as written.
  const noted = NOTE_SUFFIX.exec(text);
  if (noted?.[1] !== undefined && noted[2] !== undefined) {
    const reading = read(noted[1], meetingYear, dayFirst);
    if (reading.problem === 'unreadable') return whole;
    return reading.date ? { ...reading, note: noted[2].trim() } : reading;
  }
  // `Datum: 11 mars 2025, kl. 13.00–15.00`: the date, and a time of day that is kept as written.
  const split = splitTime(text);
  if (!split) return whole;
  const reading = readDatePart(split.date, meetingYear, dayFirst);
  if (reading.problem === 'unreadable') return whole;
  return reading.date ? { ...reading, time: split.time } : reading;
}

/**
 * The readings of written dates, by the text exactly as written, one store per meeting year, for
 * each order of day and month (`[either, day first]`): a long document repeats its deadlines, and
 * a date read before costs one lookup.
 */
const readingsByYear = [new Map<number | undefined, (written: string) => Reading>(), new Map<number | undefined, (written: string) => Reading>()] as const;

function readingsFor(meetingYear: number | undefined, dayFirst: boolean): (written: string) => Reading {
  const stores = readingsByYear[dayFirst ? 1 : 0];
  let readings = stores.get(meetingYear);
  if (!readings) {
    if (stores.size >= 100) stores.clear();
    readings = memoByString((written) => read(written, meetingYear, dayFirst));
    stores.set(meetingYear, readings);
  }
  return readings;
}

/**
 * Parses a written date. `meetingYear` supplies the year when the text has none; without it such a
 * date is unreadable. `dayFirst`: day and month in figures that make a date in either order
 * (`3/4`) are day first, as in a Swedish document; otherwise they are `ambiguous`. Never throws.
 */
export function parseDate(node: TextNode, meetingYear?: number, dayFirst = false): DateValue {
  const reading = readingsFor(meetingYear, dayFirst)(node.text);
  if (reading.date && reading.week === undefined && reading.time === undefined && reading.note === undefined) return { text: node, date: reading.date, yearImplied: reading.yearImplied };
  if (reading.date) {
    const value: Mutable<DateValue> = { text: node, date: reading.date, yearImplied: reading.yearImplied };
    if (reading.week !== undefined) value.week = reading.week;
    if (reading.time !== undefined) value.time = reading.time;
    if (reading.note !== undefined) value.note = reading.note;
    return value;
  }
  if (reading.named) return { text: node, problem: reading.problem, named: reading.named, yearImplied: reading.yearImplied };
  if (reading.orders) return { text: node, problem: reading.problem, orders: reading.orders, yearImplied: reading.yearImplied };
  return { text: node, problem: reading.problem, yearImplied: reading.yearImplied };
}
