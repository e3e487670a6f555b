import { textNode } from '../text/span';
import { isWhiteSpace } from '../text/whiteSpace';
import type { DateValue } from './dateValue';
import { besideTimeOfDay, parseDate } from './parseDate';
import { firstDateIn, type Stretch } from './titleDate';

/** The most words a time of day after a date takes: `kl. 13.00 – 15.00`, `at 7 to 9 pm`. */
const TIME_WORDS = 5;

/** What a field that says when and where holds: where its date and its place stand in its value. */
export interface TimeAndPlace {
  /** The date with the time of day after it: `2025-02-18 kl. 18.00–20.45`. */
  readonly date?: Stretch;
  /** The place: `Kommunhuset`. */
  readonly place?: Stretch;
}

/** A date in a field that names itself one: it may not exist or be ambiguous, which is reported, but not be a week. */
const anyDate = (value: DateValue): boolean => value.week === undefined && value.problem !== 'unreadable';
/** A date without a year of its own, which takes the current year: only one that exists, for such a value holds numbers of other kinds (`Storgatan 45/3`). */
const realDate = (value: DateValue): boolean => value.week === undefined && (value.date !== undefined || value.problem === 'weekday');

/**
 * Where the date and the place stand in the value of a field that says when and where the
 * meeting was held (`Plats och tid: Kommunhuset, 2025-02-18 kl. 18.00–20.45`, `Tid och plats:
 * 18 februari 2025 kl 18.00, Kommunhuset`, `Venue and date: Village Hall, Monday 10th March
 * 2025`), as offsets into `value`.
 *
 * The date is found as in a title (`firstDateIn`), with the day of the week before it and the
 * time of day after it: the first date with a year of its own — also one that does not exist or
 * is ambiguous, which `invalid-date` then reports — or, when there is none, the first that reads
 * in `year` (the current year: `18 februari kl. 18.00`), if it exists. A value may hold no date
 * (`Kommunhuset, kl. 13.00–16.00`, when `Sammanträdesdatum:` gives it).
 *
 * The place is what stands before the date, or after it when nothing does, without a time of
 * day, the separators next to it and the little words that join it to the date (`i`, `på`,
 * `in`, `at`, `on`); it holds a letter.
 */
export function timeAndPlaceIn(value: string, year: number | undefined, dayFirst: boolean): TimeAndPlace {
  const find = (readYear: number | undefined, accept: (value: DateValue) => boolean) =>
    firstDateIn(value, (start, end) => accept(parseDate(textNode(value.slice(start, end), start, end), readYear, dayFirst)), TIME_WORDS);
  const date = find(undefined, anyDate) ?? (year === undefined ? undefined : find(year, realDate));
  const place = (date && placeIn(value, 0, date.start)) ?? placeIn(value, date?.end ?? 0, value.length);
  const found: { date?: Stretch; place?: Stretch } = {};
  if (date) found.date = date;
  if (place) found.place = place;
  return found;
}

/** A joining word before a place: `i Kommunhuset`, `at the Village Hall`. */
const JOIN_BEFORE = /^(?:i|på|in|at)\s+/iu;
/** A joining word after a place: `Village Hall on`. */
const JOIN_AFTER = /\son$/iu;

/** White space, `,`, `;`, `:` and the dashes: what separates a place from a date and a time. */
function isSeparator(code: number): boolean {
  return isWhiteSpace(code) || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x2d || code === 0x2013 || code === 0x2014;
}

/** The place in `value` between `from` and `to`: without a time of day and what joins it to the date; undefined when no letter is left. */
function placeIn(value: string, from: number, to: number): Stretch | undefined {
  let start = from;
  let end = to;
  const trim = () => {
    while (start < end && isSeparator(value.charCodeAt(start))) start++;
    while (end > start && isSeparator(value.charCodeAt(end - 1))) end--;
  };
  trim();
  const beside = besideTimeOfDay(value.slice(start, end));
  end = start + beside.end;
  start += beside.start;
  trim();
  start += JOIN_BEFORE.exec(value.slice(start, end))?.[0].length ?? 0;
  if (JOIN_AFTER.test(value.slice(start, end))) end -= 3;
  trim();
  return start < end && /\p{L}/u.test(value.slice(start, end)) ? { start, end } : undefined;
}
