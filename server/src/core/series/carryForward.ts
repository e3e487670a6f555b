import { isoDate, type CalendarDate } from '../dates/dateValue';
import { attendeeLine } from '../model/party';
import { nameKey } from '../text/names';
import { compareMeetings } from './rollup';
import type { MeetingSummary, SeriesAction, SummaryItem } from './types';
import { DEFAULT_STANDING_ITEMS, seriesWords } from './words';

export interface NextMeetingOptions {
  /** The date of the new meeting. */
  readonly date: CalendarDate;
  /** The open actions of the series, listed under the follow-up item. */
  readonly openActions: readonly SeriesAction[];
  /** Titles of standing items; the defaults (`DEFAULT_STANDING_ITEMS`) when empty or absent. */
  readonly standingItems?: readonly string[];
}

const titleKey = (title: string): string => nameKey(title).replace(/[.:]+$/u, '').trim();

/** What joins two standing items in one title: `Stående punkter och övriga frågor`, `Welcome and apologies`. */
const TITLE_JOINS = /\s*(?:,|&|\s(?:och|samt|and)\s)\s*/u;

/**
 * Whether an item with `title` comes back at every meeting: its title is a standing item's, or
 * it joins standing items (`Stående punkter och övriga frågor`). Compared without case and a
 * final `.` or `:`.
 */
export function isStandingItem(title: string, standingItems?: readonly string[]): boolean {
  const list = standingItems && standingItems.length > 0 ? standingItems : DEFAULT_STANDING_ITEMS;
  const standing = new Set(list.map(titleKey));
  const key = titleKey(title);
  if (standing.has(key)) return true;
  const parts = key.split(TITLE_JOINS).map((part) => part.replace(/[.:]+$/u, '').trim());
  return parts.length > 1 && parts.every((part) => part === '' || standing.has(part)) && parts.some((part) => part !== '');
}

/**
 * The text of the next meeting of a series: the previous meeting's title, meeting name and place,
 * the new date, its attendees (present and absent alike, each with their party, organisation and
 * role but without the last meeting's attendance note) as the starting attendance list, its
 * standing items, and an item "Uppföljning av uppdrag" / "Follow-up of actions" listing every
 * open action of the series with its assignees, deadline and where it was decided. The follow-up
 * lists the actions as bullets, not as `Uppdrag:` lines, so they are not counted again as new
 * actions; to report one done, write it again as an action with `Status: klar`. The follow-up
 * stands after the standing items that opened the previous meeting (opening, agenda …) and before
 * the rest. Written in the previous meeting's language.
 */
export function nextMeetingText(previous: MeetingSummary, options: NextMeetingOptions): string {
  const words = seriesWords(previous.language);
  const lines: string[] = [previous.title ?? words.title];
  // The fields' keywords as the previous meeting wrote them (`Location:`, `Sammanträdesdatum:`).
  const keyword = previous.keywords ?? {};
  if (previous.meeting) lines.push(`${keyword.meeting ?? words.meeting}: ${previous.meeting}`);
  lines.push(`${keyword.date ?? words.date}: ${isoDate(options.date)}`);
  if (previous.place) lines.push(`${keyword.place ?? words.place}: ${previous.place}`);
  lines.push('', keyword.present ?? words.present);
  const seen = new Set<string>();
  for (const attendee of previous.attendees) {
    const key = nameKey(attendee.name);
    if (seen.has(key)) continue;
    seen.add(key);
    // Who the person is — party, organisation, role — stays; how they attended the last meeting
    // (`digitalt from p 4`, `p 2`) was that meeting's.
    lines.push(attendeeLine(attendee));
  }

  const followTitle = titleKey(words.followUpTitle);
  const standing = previous.items.filter((item) => isStandingItem(item.title, options.standingItems) && titleKey(item.title) !== followTitle);
  const firstOther = previous.items.find((item) => !isStandingItem(item.title, options.standingItems) && titleKey(item.title) !== followTitle);
  const opening = firstOther ? standing.filter((item) => item.number < firstOther.number) : [];
  const closing = standing.filter((item) => !opening.includes(item));
  // A protokoll numbers its paragraphs on from one meeting to the next (`§ 46` follows `§ 45`).
  const paragraphs = previous.items.length > 0 && previous.items.every((item) => item.paragraphSign);
  let number = paragraphs ? Math.max(...previous.items.map((item) => item.number)) : 0;
  const heading = (title: string) => lines.push('', paragraphs ? `§ ${++number} ${title}` : `${++number}. ${title}`);
  const bodyless = (items: readonly SummaryItem[]) => {
    for (const item of items) heading(item.title);
  };
  bodyless(opening);
  heading(words.followUpTitle);
  if (options.openActions.length === 0) lines.push(words.noOpenActions);
  for (const action of options.openActions) {
    const who = action.assignees.length > 0 ? action.assignees.join(', ') : words.noAssignee;
    // Where the action was given, not where it was last reported on.
    const given = action.given ?? action;
    const note = words.followUpNote(action.deadline && isoDate(action.deadline), given.meetingDate && isoDate(given.meetingDate), given.itemNumber);
    lines.push(`- ${who}: ${action.task || '…'} ${note}`);
  }
  bodyless(closing);
  if (previous.recorder) lines.push('', `${keyword.recorder ?? words.recorder}: ${[previous.recorder, previous.recorderRole].filter(Boolean).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** The newest meeting of `meetings` dated before `date` (or the newest undated one when none is dated). */
export function latestMeeting(meetings: readonly MeetingSummary[]): MeetingSummary | undefined {
  return [...meetings].sort(compareMeetings).at(-1);
}

/** A full date in a file name, and what stands before and after it. */
const DAY_IN_NAME = /^(.*?)(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)(.*)$/s;
/** A year and month without a day (`styrelsen-2024-05`), and what stands before and after. */
const MONTH_IN_NAME = /^(.*?)(?<!\d)\d{4}-\d{2}(?!\d)(?!-\d{2}(?!\d))(.*)$/s;

/**
 * The file name of the next meeting, in the folder's pattern: the previous file's name (without
 * its extension) with its date replaced by the new one — `YYYY-MM-DD`, or `YYYY-MM` when the
 * folder names its files by month (`styrelsen-2024-05-02.minutes` → `styrelsen-2024-06-11.minutes`,
 * `board-2026-10.minutes` → `board-2026-12.minutes`) — else `YYYY-MM-DD.minutes`. A counter the
 * previous name had (`2024-05-14-2`) is not carried over; `-2`, `-3` … are added while the name
 * is taken. Always ends in `.minutes`.
 */
export function nextFileName(previousName: string | undefined, date: CalendarDate, taken: (name: string) => boolean): string {
  const iso = isoDate(date);
  const stem = previousName?.replace(/\.[^.]*$/, '');
  const withoutCounter = (rest: string) => rest.replace(/-\d{1,3}$/, '');
  const day = stem === undefined ? null : DAY_IN_NAME.exec(stem);
  const month = stem === undefined || day ? null : MONTH_IN_NAME.exec(stem);
  const base = day ? `${day[1] ?? ''}${iso}${withoutCounter(day[2] ?? '')}` : month ? `${month[1] ?? ''}${iso.slice(0, 7)}${withoutCounter(month[2] ?? '')}` : iso;
  const name = `${base}.minutes`;
  if (!taken(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}.minutes`;
    if (!taken(candidate)) return candidate;
  }
}
