import type { CalendarDate } from '../../core';

/** The local calendar date: the day the user thinks it is, for overdue actions and new meetings. */
export function today(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
