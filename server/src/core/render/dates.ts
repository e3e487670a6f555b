import { format } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import type { CalendarDate, DateValue } from '../dates/dateValue';
import { longDate } from '../features/dateWords';
import type { Lang } from '../model/types';

const LOCALES = { sv, en: enGB } as const;

/**
 * The meeting date in long form: "fredag 8 mars 2024" / "Friday 8 March 2024", with a time of day
 * written after it kept as written ("tisdag 11 mars 2025, kl. 13.00–15.00"); the text as written
 * when it is no date or a week.
 */
export function meetingDateText(value: DateValue, lang: Lang): string {
  if (!value.date || value.week !== undefined) return value.text.text;
  return withNote(withTime(longDate(value.date, lang), value.time), value.note);
}

/** A date with the note written after it in parentheses: "30 juni 2025 (preliminärt)". */
function withNote(date: string, note: string | undefined): string {
  return note === undefined ? date : `${date} (${note})`;
}

/** A date with the time of day written after it: "…, kl. 13.00–15.00", "… at 7.30 pm". */
function withTime(date: string, time: string | undefined): string {
  if (time === undefined) return date;
  return /^at\s/i.test(time) ? `${date} ${time}` : `${date}, ${time}`;
}

/** A deadline as published: "31 maj 2024" / "31 May 2024"; the text as written when it is no date or a week ("v. 12"). */
export function deadlineText(value: DateValue, lang: Lang): string {
  return value.date && value.week === undefined ? withNote(withTime(dayMonthYear(value.date, lang), value.time), value.note) : value.text.text;
}

function dayMonthYear(date: CalendarDate, lang: Lang): string {
  // Noon: no time-zone or daylight-saving edge can move the day.
  return format(new Date(date.year, date.month - 1, date.day, 12), 'd MMMM yyyy', { locale: LOCALES[lang] });
}
