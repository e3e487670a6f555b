import type { CalendarDate, DateValue } from '../dates/dateValue';
import type { MeetingDocument } from './types';

/**
 * The date a written meeting date gives the meeting: its date, or — when only the day of the
 * week written with it is wrong (`Datum: onsdag 18 mars 2025`, a Tuesday) — the date its day,
 * month and year name. That is reported as `invalid-date`, but one of the two is a slip and the
 * year surely is not: the meeting keeps its date, so that year-less deadlines are placed in its
 * year and compared with it.
 */
export function meetingDateIn(value: DateValue | undefined): CalendarDate | undefined {
  return value?.date ?? (value?.problem === 'weekday' ? value.named : undefined);
}

/**
 * The date the first `Datum:` field that gives one gives the meeting (`meetingDateIn`); a field
 * that says when and where (`Plats och tid: Kommunhuset, 2025-02-18 kl. 18.00`) gives the date
 * found in it.
 */
export function fieldMeetingDate(document: Pick<MeetingDocument, 'headerFields'>): CalendarDate | undefined {
  for (const field of document.headerFields) {
    if (field.kind !== 'date' && field.kind !== 'timeAndPlace') continue;
    const date = meetingDateIn(field.date);
    if (date) return date;
  }
  return undefined;
}

/** The meeting's date: that of `Datum:` (`fieldMeetingDate`), else the full date in the title. */
export function meetingDateOf(document: Pick<MeetingDocument, 'headerFields' | 'titleDate'>): CalendarDate | undefined {
  return fieldMeetingDate(document) ?? meetingDateIn(document.titleDate);
}
