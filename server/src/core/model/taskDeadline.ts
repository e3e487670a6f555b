import type { DateValue } from '../dates/dateValue';
import { deadlineWords } from '../dates/deadlineWords';
import { weekdayNumber } from '../dates/parseDate';
import { trimmedNode } from '../syntax/cstUtil';
import type { TextNode } from '../text/span';
import { isWhiteSpace } from '../text/whiteSpace';

/**
 * A deadline written at the end of an action's task instead of after a field keyword: the form
 * "assignees – task – deadline", and the words secretaries put before a date in running text.
 *
 * - after a last dash: `Uppdrag: Eva Berg – boka lokalen – 31 maj`, `… – senast 2024-05-31`,
 *   `Action: Ann Bell – review the quotes – by Friday`;
 * - after a word that says "by": `… circulate the budget by 20 March`, `… ring banken senast
 *   fredag`, `… svara på remissen till 15 maj` (after `till`, which is as often "to", only a
 *   date in figures), `… before the next meeting`;
 * - a word that says "as soon as possible", last: `… ring banken snarast`, `… call the bank ASAP`.
 *
 * Only what reads as a deadline is taken: a date (also one that does not exist, `– 2024-02-30`,
 * which is then reported), a month, a day of the week, or deadline words (`deadlineWords.ts`).
 * `– GR`, `by phone`, `till 3 personer` stay part of the task.
 */
export interface TaskDeadline {
  /** The dash or word written before the date (`–`, `by`, `senast`); empty text where none stands (`snarast`). */
  readonly lead: TextNode;
  readonly date: DateValue;
  /** Where the task ends: before the dash or word, without the white space, `,` or `;` before them. */
  readonly taskEnd: number;
}

/** The words that may stand before a deadline in running text, in lower case. */
const TASK_DEADLINE_WORDS: readonly string[] = ['senast', 'före', 'innan', 'till', 'by', 'before', 'until', 'due'];

/** A lead word after the start, white space, `,`, `;` or `(` (group 1), and the white space after it. Without the `u` flag: a task is asked this once. */
const LEAD_WORDS = new RegExp(String.raw`(^|[\s,;(])(?:${TASK_DEADLINE_WORDS.join('|')})\s+(?=\S)`, 'gi');

/** A lead word at the start of a text. */
const LEAD_AT_START = new RegExp(String.raw`^(?:${TASK_DEADLINE_WORDS.join('|')})\s`, 'i');

/** A word that says "as soon as possible" on its own at the end of a task. */
const SOON_AT_END = /(?<![\p{L}\p{N}])(?:snarast(?:\s+möjligt)?|omg(?:å|a\u030a)ende|asap|a\.s\.a\.p)\.?$/iu;

/** The longest deadline looked for after its dash or word, in UTF-16 code units: `by the end of September 2025`. */
const LONGEST = 40;

/**
 * The deadline at the end of the task text `[start, end)` of `source`, if one stands there.
 * `read` turns the deadline's text into a date (`parseDeadline` with the meeting's year and
 * date). Never throws.
 */
export function findTaskDeadline(source: string, start: number, end: number, read: (text: TextNode) => DateValue): TaskDeadline | undefined {
  const task = trimmedNode(source, start, end);
  if (task.text === '') return undefined;
  return afterDash(source, task, read) ?? afterLeadWord(source, task, read) ?? soonWord(source, task, read);
}

/**
 * The deadline that `[start, end)` of `source` is on its own, if it is one (`31 maj`, `by
 * Friday`, `snarast`): for the text after an action line's only dash, which is then no task
 * (`Uppdrag: boka lokalen – 31 maj`).
 */
export function deadlineAlone(source: string, start: number, end: number, read: (text: TextNode) => DateValue): DateValue | undefined {
  const value = valueNode(source, start, end);
  if (value.text === '' || value.text.length > LONGEST) return undefined;
  const date = mayBeDeadline(value.text) ? readable(read(value)) : undefined;
  if (date) return date;
  // A word before it (`senast 31 maj`, `by Friday`) only at the start: the whole text is the deadline.
  if (!LEAD_AT_START.test(value.text)) return undefined;
  const led = withLeadWord(source, value, read);
  return led && led.lead.span.start === value.span.start ? led.date : undefined;
}

/** `… – 31 maj`, `… – by Friday`: the text after the task's last spaced dash. */
function afterDash(source: string, task: TextNode, read: (text: TextNode) => DateValue): TaskDeadline | undefined {
  const { start, end } = task.span;
  for (let i = end - 1; i > start && end - i <= LONGEST + 2; i--) {
    const c = source.charCodeAt(i);
    const dash = c === 0x2013 || c === 0x2014 || c === 45; /* – — - */
    if (!dash || !isWhiteSpace(source.charCodeAt(i - 1)) || !isWhiteSpace(source.charCodeAt(i + 1))) continue;
    const lead = trimmedNode(source, i, i + 1);
    const date = deadlineAlone(source, i + 1, end, read);
    return date ? { lead, date, taskEnd: taskEndBefore(source, start, i) } : undefined;
  }
  return undefined;
}

/** `… by 20 March`, `… senast fredag`: the last word that says "by", with a deadline after it. */
function afterLeadWord(source: string, task: TextNode, read: (text: TextNode) => DateValue): TaskDeadline | undefined {
  const found = withLeadWord(source, task, read);
  return found && found.lead.span.start > task.span.start ? { lead: found.lead, date: found.date, taskEnd: taskEndBefore(source, task.span.start, found.lead.span.start) } : undefined;
}

/**
 * In `node`, the last lead word whose text after it, to the end, reads as a deadline (the last
 * such word first: `report by email by Friday`).
 */
function withLeadWord(source: string, node: TextNode, read: (text: TextNode) => DateValue): { lead: TextNode; date: DateValue } | undefined {
  const { text } = node;
  const from = Math.max(0, text.length - LONGEST - 8);
  const leads: { at: number; word: number; value: number; requiresDigit: boolean }[] = [];
  LEAD_WORDS.lastIndex = from;
  for (let m = LEAD_WORDS.exec(text); m; m = LEAD_WORDS.exec(text)) {
    const at = m.index + (m[1] as string).length;
    const word = m[0].trimEnd().length - (m[1] as string).length;
    // `till` is as often "to" as "by" (`bjuda in SKR till nästa möte`): a deadline after it is a date in figures.
    const requiresDigit = text.slice(at, at + word).toLowerCase() === 'till';
    leads.push({ at, word, value: m.index + m[0].length, requiresDigit });
    // The white space before the next word is where the next search starts.
    LEAD_WORDS.lastIndex = at + word;
  }
  for (let k = leads.length - 1; k >= 0; k--) {
    const lead = leads[k] as (typeof leads)[number];
    const base = node.span.start;
    const value = valueNode(source, base + lead.value, node.span.end);
    const date = value.text === '' || !mayBeDeadline(value.text) || (lead.requiresDigit && !/\d/.test(value.text)) ? undefined : readable(read(value));
    if (date) return { lead: trimmedNode(source, base + lead.at, base + lead.at + lead.word), date };
  }
  return undefined;
}

/** `… ring banken snarast`, `… call the bank ASAP.` */
function soonWord(source: string, task: TextNode, read: (text: TextNode) => DateValue): TaskDeadline | undefined {
  // Most tasks end in another letter: the expression is asked only when the last one may end such a word.
  const lastLetter = task.text.charCodeAt(task.text.length - 1) | 0x20;
  if (lastLetter !== 0x74 /* t */ && lastLetter !== 0x65 /* e */ && lastLetter !== 0x70 /* p */ && lastLetter !== 0x2e /* . */ && lastLetter !== 0x0e5 /* å */) return undefined;
  const m = SOON_AT_END.exec(task.text);
  if (!m || m.index === 0) return undefined;
  const at = task.span.start + m.index;
  const date = readable(read(valueNode(source, at, task.span.end)));
  return date ? { lead: trimmedNode(source, at, at), date, taskEnd: taskEndBefore(source, task.span.start, at) } : undefined;
}

/** The first letters of the months, Swedish and English. */
const MONTH_START = /^(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)/i;

/**
 * Whether `text` may read as a deadline, asked before reading it as one (which tries every form
 * of date): it has a digit, or is deadline words, or ends in a word that may name a month or a
 * day of the week. Most words after `till` or `by` in a task are none of these.
 */
function mayBeDeadline(text: string): boolean {
  if (/\d/.test(text)) return true;
  const lastWord = text.slice(text.lastIndexOf(' ') + 1).replace(/[.,]+$/, '');
  // `mid-April`: the month after the hyphen.
  const last = lastWord.slice(lastWord.lastIndexOf('-') + 1);
  return MONTH_START.test(last) || weekdayNumber(last) !== undefined || deadlineWords(text) !== undefined;
}

/** A deadline's text: `[from, to)` trimmed, without the full stops that end the sentence. */
function valueNode(source: string, from: number, to: number): TextNode {
  let end = to;
  while (end > from && (isWhiteSpace(source.charCodeAt(end - 1)) || source.charCodeAt(end - 1) === 46)) end--;
  return trimmedNode(source, from, end);
}

/**
 * The date when it reads as a deadline: a date, deadline words, or a date that does not exist or
 * is ambiguous. Not the next day of a week (`next Friday`), which at the end of a task is as often
 * the sentence's own words and stays in the task, as it did before it was read at all.
 */
function readable(date: DateValue): DateValue | undefined {
  return date.problem === 'unreadable' || date.problem === 'nextWeekday' ? undefined : date;
}

/** Where the task ends before `at`: without the white space, `,`, `;` and dash before it. */
function taskEndBefore(source: string, start: number, at: number): number {
  let end = at;
  while (end > start) {
    const c = source.charCodeAt(end - 1);
    if (isWhiteSpace(c) || c === 44 || c === 59) end--;
    else break;
  }
  return end;
}
