import { addDays, lastDayOfMonth } from 'date-fns';
import { memoByString } from '../text/memo';
import type { TextNode } from '../text/span';
import { monthNumber, parseDate, weekdayNumber } from './parseDate';
import { weekdayOf, type CalendarDate, type DateValue, type DeadlineWords } from './dateValue';

/**
 * Deadlines written in words rather than as a date, as secretaries write them when there is no
 * date to give: `Senast: snarast`, `Senast: till nästa möte`, `Due: ASAP`, `Due: TBC`. Such a
 * deadline is what the secretary meant, not a date that could not be read: it gets no
 * `invalid-date`, is published as written, and has no calendar date to compare or sort by.
 *
 * Each phrase is compared whole, in lower case, with white space collapsed and a final full stop
 * or exclamation mark left out: `snarast möjligt`, `Till nästa möte.`; anything else (`snart
 * kanske`) is read as a date, as before.
 */
/** The fixed phrases; a time of the year (`season`) is read by `SEASON`. */
const PHRASES: Readonly<Record<Exclude<DeadlineWords, 'season'>, readonly string[]>> = {
  soon: [
    'snarast', 'snarast möjligt', 'så snart som möjligt', 'så snart det går', 'så fort som möjligt', 'så fort det går', 'omgående', 'omedelbart', 'genast', 'skyndsamt',
    'asap', 'a.s.a.p', 'as soon as possible', 'immediately', 'urgent', 'urgently', 'straight away', 'straightaway', 'at once', 'now',
  ],
  nextMeeting: [
    'nästa möte', 'till nästa möte', 'tills nästa möte', 'inför nästa möte', 'före nästa möte', 'innan nästa möte', 'vid nästa möte', 'senast nästa möte', 'till kommande möte', 'inför kommande möte', 'innan nästa sammanträde', 'nästa sammanträde', 'till nästa sammanträde', 'inför nästa sammanträde', 'före nästa sammanträde', 'vid nästa sammanträde',
    'next meeting', 'the next meeting', 'by the next meeting', 'before the next meeting', 'at the next meeting', 'for the next meeting', 'by next meeting', 'before next meeting', 'at next meeting', 'for next meeting',
  ],
  ongoing: ['löpande', 'fortlöpande', 'kontinuerligt', 'pågående', 'tills vidare', 'ongoing', 'on-going', 'continuous', 'continuing', 'rolling'],
  undecided: [
    'ej bestämt', 'inte bestämt', 'ej fastställt', 'inte fastställt', 'meddelas senare', 'bestäms senare', 'bestäms vid nästa möte',
    'tbc', 'tbd', 'tba', 'to be confirmed', 'to be decided', 'to be agreed', 'to be announced', 'to be determined',
  ],
};

const BY_PHRASE: ReadonlyMap<string, DeadlineWords> = new Map(
  (Object.entries(PHRASES) as [DeadlineWords, readonly string[]][]).flatMap(([kind, phrases]) => phrases.map((p): [string, DeadlineWords] => [p, kind])),
);

/**
 * A time of the year rather than a day, with the words that may stand before it and a year after
 * it: `efter sommaren`, `före jul`, `till hösten`, `under våren 2025`, `halvårsskiftet`, `by
 * Easter`, `spring term`, `after the summer holidays`, `year end`. Secretaries mean it, and no one
 * day is meant: it is read as deadline words (`season`), not as a date that could not be read.
 */
const SEASON =
  /^(?:(?:efter|före|till|tills|under|i|innan|inför|senast|kring|runt|fram\s+till|by|before|after|until|in|over|during|for|at|around|end\s+of)\s+(?:the\s+)?)?(?:sommaren|sommar|hösten|höst|våren|vår|vintern|vinter|jul|julen|påsk|påsken|midsommar|nyår|nyåret|årsskiftet|halvårsskiftet|(?:sommar|jul|sport|höst|påsk)lovet|semestern|semestrarna|(?:spring|summer|autumn|fall|winter)(?:\s+(?:term|half-term|holidays?|break|recess))?|easter(?:\s+(?:holidays?|break))?|christmas(?:\s+(?:holidays?|break))?|xmas|new\s+year|the\s+new\s+year|year[-\s]end|half[-\s]term|the\s+holidays)(?:\s+\d{4})?$/;

/**
 * What a deadline's words say, if they are one of the phrases (`soon` for `snarast`); undefined
 * otherwise. Remembered per text: the ends of tasks are asked again on every analysis.
 */
export function deadlineWords(text: string): DeadlineWords | undefined {
  return wordsOf(text) ?? undefined;
}

/** `deadlineWords`, with `null` for none: the memo keeps no `undefined`. */
const wordsOf = memoByString((text): DeadlineWords | null => {
  const key = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.!]+$/, '').trimEnd();
  return BY_PHRASE.get(key) ?? (SEASON.test(key) ? 'season' : null);
}, 2000);

/**
 * A month as a deadline, with or without a year and with the words that may stand before it:
 * `april`, `april 2025`, `i april`, `slutet av april`, `i mitten av april`, `början av maj`, `sista
 * mars`, `end of April`, `end April`, `by the end of April 2025`, `mid-April`, `early May`, `late
 * June`, `in April`. Group 1 is the month word (read by `monthNumber`), group 2 the year.
 */
const MONTH_DEADLINE =
  /^(?:(?:senast\s+)?(?:i\s+)?(?:slutet|mitten|början)\s+av\s+|sista\s+|(?:by\s+)?(?:the\s+)?end\s+(?:of\s+)?|(?:by\s+)?mid-\s*|mid\s+|early\s+|late\s+|in\s+|i\s+|under\s+|during\s+)?(\p{L}{3,})\.?(?:,?\s+(\d{4}))?$/iu;

/**
 * The month a deadline names, if it names one (`MONTH_DEADLINE`): its last day, in the year
 * written or else the meeting's (none without either).
 */
function monthDeadline(text: string, meetingYear: number | undefined): { date: CalendarDate; month: number; yearImplied: boolean } | undefined {
  const m = MONTH_DEADLINE.exec(text.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/\.$/, ''));
  const month = m?.[1] === undefined ? undefined : monthNumber(m[1]);
  if (!m || month === undefined) return undefined;
  const year = m[2] !== undefined ? Number(m[2]) : meetingYear;
  if (year === undefined) return undefined;
  const last = lastDayOfMonth(new Date(year, month - 1, 1)).getDate();
  return { date: { year, month, day: last }, month, yearImplied: m[2] === undefined };
}

/**
 * A quarter of the year as a deadline: `Q2`, `Q2 2025`, `2025 Q2`, `Q2/2025`, `kvartal 2`, `andra
 * kvartalet`, `under första kvartalet 2025`, `by the end of Q3`. Group 1 or 3 is the quarter's
 * number, group 2 or 4 its word, group 5 or 6 the year.
 */
const QUARTER_DEADLINE =
  /^(?:(?:senast\s+|by\s+)?(?:(?:i\s+)?slutet\s+av\s+|(?:the\s+)?end\s+of\s+)?(?:under\s+|i\s+|in\s+|during\s+)?(?:(?:the\s+)?)?)(?:(?:(\d{4})\s*[-/]?\s*)?q([1-4])(?:\s*[-/]?\s*(\d{4}))?|(?:kvartal|quarter)\s+([1-4])(?:\s+(\d{4}))?|(första|andra|tredje|fjärde|first|second|third|fourth)\s+(?:kvartalet|quarter)(?:\s+(?:of\s+)?(\d{4}))?)$/;

const QUARTER_WORDS: Readonly<Record<string, number>> = { första: 1, andra: 2, tredje: 3, fjärde: 4, first: 1, second: 2, third: 3, fourth: 4 };

/** The quarter a deadline names (`QUARTER_DEADLINE`): its last day, in the year written or else the meeting's. */
function quarterDeadline(text: string, meetingYear: number | undefined): { date: CalendarDate; quarter: number; yearImplied: boolean } | undefined {
  const m = QUARTER_DEADLINE.exec(text.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ').replace(/\.$/, ''));
  if (!m) return undefined;
  const quarter = Number(m[2] ?? m[4] ?? QUARTER_WORDS[m[6] ?? '']);
  const written = m[1] ?? m[3] ?? m[5] ?? m[7];
  const year = written !== undefined ? Number(written) : meetingYear;
  if (!quarter || year === undefined) return undefined;
  const month = quarter * 3;
  return { date: { year, month, day: lastDayOfMonth(new Date(year, month - 1, 1)).getDate() }, quarter, yearImplied: written === undefined };
}

/**
 * A day of the week as a deadline, with the words that may stand before it: `fredag`, `på
 * fredag`, `senast fredag`, `Friday`, `by Friday`, `on Friday`, `before Friday`. Group 1 is the
 * day. (`nästa fredag` and `next Friday` are `NEXT_WEEKDAY`'s: whether they mean this week's or
 * the next is the writer's.)
 */
const WEEKDAY_DEADLINE = /^(?:(?:på|till|senast|före|innan|by|on|before)\s+)?(\p{L}{3,})\.?$/iu;

/** `nästa fredag`, `senast nästa fredag`, `next Friday`, `by next Friday`: group 1 is the day. */
const NEXT_WEEKDAY = /^(?:(?:på|till|senast|före|innan|by|on|before)\s+)?(?:nästa|next)\s+(\p{L}{3,})\.?$/iu;

/** The first day after `meeting` that is the day of the week a deadline names (`WEEKDAY_DEADLINE`). */
function weekdayDeadline(text: string, meeting: CalendarDate | undefined): CalendarDate | undefined {
  return meeting && dayAfter(meeting, weekdayIn(WEEKDAY_DEADLINE, text));
}

/**
 * The two days a deadline such as `nästa fredag` may mean (`NEXT_WEEKDAY`): the first day after
 * `meeting` that is the day named, and the same day a week later.
 */
function nextWeekday(text: string, meeting: CalendarDate | undefined): { first: CalendarDate; second: CalendarDate } | undefined {
  const first = meeting && dayAfter(meeting, weekdayIn(NEXT_WEEKDAY, text));
  return first && { first, second: plusDays(first, 7) };
}

/** The day of the week (`weekdayNumber`) that `pattern`'s group 1 names in `text`, if it names one. */
function weekdayIn(pattern: RegExp, text: string): number | undefined {
  const m = pattern.exec(text.normalize('NFC').trim().replace(/\s+/g, ' '));
  return m?.[1] === undefined ? undefined : weekdayNumber(m[1]);
}

/** The first day after `meeting` that is day `day` of the week (0 Monday … 6 Sunday). */
function dayAfter(meeting: CalendarDate, day: number | undefined): CalendarDate | undefined {
  if (day === undefined) return undefined;
  return plusDays(meeting, ((day - weekdayOf(meeting) + 6) % 7) + 1);
}

function plusDays(date: CalendarDate, days: number): CalendarDate {
  const d = addDays(new Date(date.year, date.month - 1, date.day, 12), days);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/**
 * A deadline's value: the date it names (`parseDate`); or, when it cannot be read as one, the
 * deadline in words it is (`Senast: snarast`, `före jul`, `deadlineWords`), with no date and no
 * problem; or the last day of the month it names (`Senast: slutet av april`) or of the quarter
 * (`Due: Q2`); or the first day after the meeting that is the day of the week it names (`Due:
 * Friday`, given the meeting's date). `nästa fredag` (`next Friday`) is no date but the problem
 * `nextWeekday`, with the two days it may mean.
 */
export function parseDeadline(node: TextNode, meetingYear?: number, dayFirst = false, meetingDate?: CalendarDate): DateValue {
  const value = parseDate(node, meetingYear, dayFirst);
  if (value.problem !== 'unreadable') return value;
  // Before the months: `jul` alone is Christmas (`före jul`), not July.
  const words = deadlineWords(node.text);
  if (words) return { text: node, words, yearImplied: false };
  const month = monthDeadline(node.text, meetingYear);
  if (month) return { text: node, ...month };
  const quarter = quarterDeadline(node.text, meetingYear);
  if (quarter) return { text: node, ...quarter };
  const weekday = weekdayDeadline(node.text, meetingDate);
  if (weekday) return { text: node, date: weekday, afterMeeting: true, yearImplied: false };
  const weeks = nextWeekday(node.text, meetingDate);
  if (weeks) return { text: node, problem: 'nextWeekday', weeks, yearImplied: false };
  return value;
}
