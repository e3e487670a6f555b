import { addWeeks, format } from 'date-fns';
import { enUS, sv } from 'date-fns/locale';
import type { CalendarDate } from '../dates/dateValue';
import type { Lang } from '../model/types';

const LOCALES = { sv, en: enUS } as const;

/** A date in the local calendar of date-fns (no time zone arithmetic is involved: noon avoids DST edges). */
function toDate(date: CalendarDate): Date {
  return new Date(date.year, date.month - 1, date.day, 12);
}

/** "fredag 8 mars 2024" / "Friday 8 March 2024". */
export function longDate(date: CalendarDate, lang: Lang): string {
  return format(toDate(date), 'EEEE d MMMM yyyy', { locale: LOCALES[lang] });
}

/** The date `weeks` weeks after `date`, with date-fns doing the calendar arithmetic. */
export function weeksAfter(date: CalendarDate, weeks: number): CalendarDate {
  const d = addWeeks(toDate(date), weeks);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}
