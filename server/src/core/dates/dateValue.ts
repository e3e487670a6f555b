import type { TextNode } from '../text/span';

/** A calendar date without time or zone. `month` is 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Why a written date could not be turned into a calendar date: `weekday` when it names a day of
 * the week the date does not fall on (`måndag 15 mars 2024`, a Friday); `ambiguous` when day and
 * month in figures make a date in either order (`03/04/2025`) and the document does not say which;
 * `nextWeekday` when a deadline names the next day of a week (`nästa fredag`, `next Friday`), which
 * is this week's for some writers and the next week's for others.
 */
export type DateProblem = 'impossible' | 'unreadable' | 'weekday' | 'ambiguous' | 'nextWeekday';

/**
 * What a deadline written in words says (`deadlineWords.ts`): as soon as possible (`snarast`,
 * `ASAP`), by the next meeting, ongoing (`löpande`), or not decided yet (`TBC`).
 */
export type DeadlineWords = 'soon' | 'nextMeeting' | 'ongoing' | 'undecided' | 'season';

/** A date as written in the document, and what it means. */
export interface DateValue {
  readonly text: TextNode;
  /** Present when the text names an existing date. */
  readonly date?: CalendarDate;
  /** Present when `date` is absent, unless the deadline is written in words (`words`). */
  readonly problem?: DateProblem;
  /**
   * Present, without `date` and `problem`, when a deadline is written in words rather than as a
   * date (`Senast: snarast`, `Due: next meeting`): what they say. Only deadlines are read so.
   */
  readonly words?: DeadlineWords;
  /** With the `weekday` problem: the date the day and month name, whose day of the week was written wrong. */
  readonly named?: CalendarDate;
  /** With the `ambiguous` problem: the date read day first (3 April) and month first (4 March). */
  readonly orders?: { readonly dayFirst: CalendarDate; readonly monthFirst: CalendarDate };
  /**
   * With the `nextWeekday` problem: the first day after the meeting that is the day named, and the
   * same day a week later — the two dates `nästa fredag` may mean.
   */
  readonly weeks?: { readonly first: CalendarDate; readonly second: CalendarDate };
  /** True when the text had no year and the meeting's year was taken. */
  readonly yearImplied: boolean;
  /**
   * Present when the text names an ISO week rather than a day (`v. 12`, `vecka 12 2025`,
   * `w/c 17 March`): the week's number. `date` is then the week's last day, its Sunday, or the
   * day of the week written before it (`fredag v. 12`). Such a date is best shown as written.
   */
  readonly week?: number;
  /**
   * Present when a deadline names a month rather than a day (`Senast: april`, `slutet av april
   * 2025`, `Due: end of April`): the month's number. `date` is then the month's last day. Such a
   * date is best shown as written.
   */
  readonly month?: number;
  /**
   * Present when a deadline names a quarter of the year (`Due: Q2`, `Senast: andra kvartalet
   * 2025`): the quarter's number. `date` is then the quarter's last day.
   */
  readonly quarter?: number;
  /**
   * Present when a deadline names a day of the week (`Senast: fredag`, `Due: Friday`): `date` is
   * then the first such day after the meeting.
   */
  readonly afterMeeting?: true;
  /**
   * Present when a time of day followed the date (`11 mars 2025, kl. 13.00–15.00`): that part, as
   * written with its spaces collapsed (`kl. 13.00–15.00`). It is not interpreted; `text` holds it too.
   */
  readonly time?: string;
  /**
   * Present when a note in parentheses followed the date (`30 juni 2025 (preliminärt)`): its text,
   * as written. It is not interpreted; `text` holds it too.
   */
  readonly note?: string;
}

/** `2024-03-08` for a calendar date. */
export function isoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Negative when `a` is before `b`, zero when equal, positive after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The day of the week of a date: 0 for Monday … 6 for Sunday (as Swedish and ISO weeks count). */
export function weekdayOf(d: CalendarDate): number {
  return (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7;
}
