import { isoDate, weekdayOf, type CalendarDate, type DateValue } from '../../dates/dateValue';
import { oddCharacter } from '../../dates/oddCharacter';
import type { Catalogue } from '../../i18n/messages';
import { meetingDateIn } from '../../model/meetingDate';
import { PLAIN_HEADER_KEYS } from '../../syntax/keywords';
import { bareKeyword } from '../../syntax/keywordLookup';
import type { Check, Finding, ItemCheck } from './context';

/**
 * `invalid-date` for a date that has a problem. An example date in the message is written in the
 * meeting's year when the meeting has a date.
 */
function dateFinding(ctx: { readonly msg: Catalogue; readonly meetingDate: CalendarDate | undefined }, date: DateValue): Finding | undefined {
  if (!date.problem) return undefined;
  const text = date.text.text;
  const year = ctx.meetingDate?.year;
  const odd = date.problem === 'unreadable' ? oddCharacter(text) : undefined;
  if (odd) return { code: 'invalid-date', span: date.text.span, message: ctx.msg.unreadableDateCharacter(text, odd.character, odd.codePoint, year) };
  // The two days a date may mean, which the quick fix offers to write.
  const choices = date.problem === 'ambiguous' && date.orders ? [date.orders.dayFirst, date.orders.monthFirst] : date.problem === 'nextWeekday' && date.weeks ? [date.weeks.first, date.weeks.second] : undefined;
  const message =
    date.problem === 'weekday' && date.named
      ? ctx.msg.wrongWeekday(text, isoDate(date.named), weekdayOf(date.named))
      : date.problem === 'ambiguous' && date.orders
        ? ctx.msg.ambiguousDate(text, isoDate(date.orders.dayFirst), isoDate(date.orders.monthFirst))
        : date.problem === 'nextWeekday' && date.weeks
          ? ctx.msg.nextWeekday(text, isoDate(date.weeks.first), isoDate(date.weeks.second))
          : date.problem === 'impossible'
            ? ctx.msg.impossibleDate(text)
            : ctx.msg.unreadableDate(text, year);
  const finding: Finding = { code: 'invalid-date', span: date.text.span, message };
  return choices ? { ...finding, data: { dates: choices.map(isoDate) } } : finding;
}

/** `invalid-date` in the header: the meeting date. */
export const checkHeaderDates: Check = (ctx) => {
  const out: Finding[] = [];
  for (const field of ctx.document.headerFields) {
    const finding = field.date && dateFinding(ctx, field.date);
    if (finding) out.push(finding);
  }
  return out;
};

/**
 * `invalid-date` in an item: every deadline. A deadline keyword with nothing after it (`Senast:`,
 * half typed) is reported on the keyword, where the squiggle can be seen.
 */
export const checkDeadlineDates: ItemCheck = (ctx) => {
  const out: Finding[] = [];
  for (const action of ctx.actions) {
    const deadline = action.deadline;
    if (!deadline) continue;
    if (deadline.date.problem && deadline.date.text.text === '') {
      out.push({ code: 'invalid-date', span: deadline.keyword.span, message: ctx.msg.emptyDeadline(deadline.keyword.text, ctx.meetingDate?.year) });
      continue;
    }
    const finding = dateFinding(ctx, deadline.date);
    if (finding) out.push(finding);
  }
  return out;
};

/**
 * `missing-date`: no `Datum:` with a value, nor a field that says when and where with a date in
 * it (`Plats och tid:`). Placed on the title, or the first line. A full date in the title, or in
 * the lines right below it, is the meeting's date all the same (`meetingDateOf`); the message says so.
 */
export const checkMissingDate: Check = (ctx) => {
  const hasDate = ctx.document.headerFields.some((f) => (f.kind === 'date' && f.value.text !== '') || (f.kind === 'timeAndPlace' && f.date !== undefined));
  if (hasDate) return [];
  const emptyField = ctx.document.headerFields.find((f) => f.kind === 'date');
  const span = emptyField?.key.span ?? ctx.document.title?.span ?? { start: 0, end: 0 };
  const inTitle = ctx.document.titleDate;
  const date = meetingDateIn(inTitle);
  const title = ctx.document.title;
  const below = inTitle !== undefined && title !== undefined && inTitle.text.span.start >= title.span.end;
  const message = inTitle && date ? (below ? ctx.msg.missingDateBelowTitle : ctx.msg.missingDateInTitle)(inTitle.text.text, isoDate(date)) : ctx.msg.missingDate();
  return [{ code: 'missing-date', span, message }];
};

/** Fields the language knows but reads as written (`PLAIN_HEADER_KEYS`), by their key as looked up. */
const PLAIN_KEYS: ReadonlySet<string> = new Set(PLAIN_HEADER_KEYS);

/**
 * `unknown-header-field`: a `Key:` in the header that the language does not know. (An attendance
 * heading with names after it, `Present: Jane Smith, Omar Khan`, is no field but a section; a
 * field of `PLAIN_HEADER_KEYS`, `Justeringens plats och tid:`, is known and read as written.)
 */
export const checkHeaderFields: Check = (ctx) =>
  ctx.document.headerFields
    .filter((f) => f.kind === 'other' && !PLAIN_KEYS.has(bareKeyword(f.key.text)))
    .map((f) => ({ code: 'unknown-header-field', span: f.key.span, message: ctx.msg.unknownHeaderField(f.key.text) }));
