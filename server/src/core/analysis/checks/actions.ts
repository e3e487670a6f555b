import { compareDates, isoDate } from '../../dates/dateValue';
import type { ActionBlock, Attendee } from '../../model/types';
import { splitNames } from '../../model/actionText';
import { EVERYONE_WORDS } from '../../syntax/keywords';
import { startsLowerCase } from '../../syntax/regions';
import { nameKey } from '../../text/names';
import { describeAttendance } from '../attendanceWords';
import type { Finding, ItemCheck, ItemCheckContext } from './context';

/** What a task must hold to say anything: a letter or a digit (`Action: Callum Reid – .` says nothing). */
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

/** Whether a task says anything (`SAYS_SOMETHING`); most begin with an ASCII letter, seen by its code. */
function saysSomething(task: string): boolean {
  const lower = task.charCodeAt(0) | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || SAYS_SOMETHING.test(task);
}

/** `missing-assignee` and `empty-action`. An action with no text at all is only empty, not also ownerless. */
export const checkActionShape: ItemCheck = (ctx) => {
  const out: Finding[] = [];
  for (const action of ctx.actions) {
    if (!action.task || !saysSomething(action.task.text)) {
      out.push({ code: 'empty-action', span: action.keyword.span, message: ctx.msg.emptyAction(), data: { itemNumber: action.itemNumber } });
    } else if (action.assignees.length === 0) {
      // `Action: Tom Reed`: a name alone, where the task goes; `Action: Ann Bell: book the hall`:
      // a name before a colon; `Action: Ann Bell, book the hall`: names before a comma;
      // `Uppdrag: Nils-Erik tar fram ett förslag`: a name and then the task. The owner is the
      // part before a dash.
      const owner = nameAsTask(ctx, action);
      const beforeColon = owner === undefined ? nameBeforeColon(ctx, action) : undefined;
      const beforeComma = owner === undefined && beforeColon === undefined ? namesBeforeComma(ctx, action) : undefined;
      const first = owner === undefined && beforeColon === undefined && beforeComma === undefined ? nameBeforeVerb(ctx, action) : undefined;
      const atEnd = owner === undefined && beforeColon === undefined && beforeComma === undefined && first === undefined ? ownerInParentheses(ctx, action) : undefined;
      const data = { itemNumber: action.itemNumber };
      out.push(
        owner !== undefined
          ? { code: 'missing-assignee', span: action.keyword.span, message: ctx.msg.missingAssigneeNameAsTask(owner), data: { ...data, assignee: owner } }
          : beforeColon !== undefined
            ? { code: 'missing-assignee', span: action.keyword.span, message: ctx.msg.missingAssigneeNameBeforeColon(beforeColon), data: { ...data, assignee: beforeColon } }
            : beforeComma !== undefined
              ? { code: 'missing-assignee', span: action.keyword.span, message: ctx.msg.missingAssigneeNamesBeforeComma(beforeComma), data: { ...data, assignee: beforeComma.join(', '), owners: beforeComma } }
              : first !== undefined
                ? { code: 'missing-assignee', span: action.keyword.span, message: ctx.msg.missingAssigneeNameFirst(first), data: { ...data, assignee: first } }
                : atEnd !== undefined
                  ? { code: 'missing-assignee', span: action.keyword.span, message: ctx.msg.missingAssigneeNameInParentheses(atEnd), data: { ...data, assignee: atEnd } }
                  : { code: 'missing-assignee', span: action.keyword.span, message: action.listHeading ? ctx.msg.missingAssigneeInList(action.listHeading.text) : ctx.msg.missingAssignee(), data },
      );
    }
  }
  return out;
};

/**
 * The task of an action without a separator when it is nothing but a name an assignee could have
 * — an attendee's (full, first, initials, title or role), a known member's or an organisation's —
 * as written, without a full stop at its end: the secretary wrote the owner and no task.
 */
function nameAsTask(ctx: ItemCheckContext, action: ActionBlock): string | undefined {
  if (!action.task || action.separator) return undefined;
  return ownerName(ctx, action.task.text.replace(/\.$/, ''));
}

/**
 * The text before the first colon of an action's task without a separator, when it is a name an
 * assignee could have (as `nameAsTask`): `Action: Ann Bell: book the hall`, where the secretary
 * wrote a colon for the dash.
 */
function nameBeforeColon(ctx: ItemCheckContext, action: ActionBlock): string | undefined {
  if (!action.task || action.separator) return undefined;
  const colon = action.task.text.indexOf(':');
  return colon > 0 && colon <= 60 ? ownerName(ctx, action.task.text.slice(0, colon)) : undefined;
}

/**
 * The names before a comma in an action's task without a separator, when the text after them is
 * the task: `Action: Ann Bell, book the hall`, or with several names, `Action: Ann Bell, Tom Grey,
 * book the hall`, where the secretary wrote a comma for the dash. Each is a name an assignee could
 * have (as `nameAsTask`), as written; the text after the last one must hold something and not
 * begin with another name (`Action: Ann Bell, Tom Grey` is two names and no task, and in
 * `Action: Ann Bell, Tom Grey: book the hall` the list runs on to the colon).
 */
function namesBeforeComma(ctx: ItemCheckContext, action: ActionBlock): string[] | undefined {
  if (!action.task || action.separator) return undefined;
  const text = action.task.text;
  const names: string[] = [];
  let from = 0;
  // Each name must be found for the search to go on, so it reads the text once.
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', from)) {
    const name = ownerName(ctx, text.slice(from, comma));
    if (name === undefined) break;
    names.push(name);
    from = comma + 1;
  }
  if (names.length === 0) return undefined;
  const task = text.slice(from);
  return task.trim() !== '' && !beginsWithName(ctx, task) ? names : undefined;
}

/**
 * The name an action's task without a separator begins with, when a word in lower case follows
 * it: `Uppdrag: Nils-Erik tar fram ett kostnadsförslag`, `Action: Jane Smith will circulate the
 * minutes`, where the secretary left out the dash. The longest such name of up to four words (as
 * `nameAsTask` finds names), as written; none when a word of it ends in a punctuation mark.
 */
function nameBeforeVerb(ctx: ItemCheckContext, action: ActionBlock): string | undefined {
  if (!action.task || action.separator) return undefined;
  // A name begins with a capital (or the `@` of a mention): most tasks begin with a verb in lower case.
  if (!/^\s*[@\p{Lu}]/u.test(action.task.text)) return undefined;
  const words = action.task.text.trim().split(/\s+/, 5);
  for (let count = Math.min(4, words.length - 1); count >= 1; count--) {
    // A name ends in a capitalised word (`Anna af Klint`), and a word in lower case follows it.
    const last = words[count - 1] ?? '';
    if (!startsUpper(last) || !startsLowerCase(words[count] ?? '')) continue;
    const name = words.slice(0, count);
    if (name.some((word) => /[.,:;!?]$/u.test(word))) continue;
    const found = ownerName(ctx, name.join(' '));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The names in parentheses at the end of an action's task without a separator, when each is a
 * name an assignee could have (as `nameAsTask` finds names): `Action: Circulate the draft policy
 * (JB)`, `Uppdrag: Boka lokal (Eva Berg, Ola Ek).`, as British minutes mark the owner. As written
 * inside the parentheses.
 */
function ownerInParentheses(ctx: ItemCheckContext, action: ActionBlock): string | undefined {
  if (!action.task || action.separator) return undefined;
  const text = action.task.text;
  // Most tasks end in a letter or a full stop: the expression is asked only after a `)`.
  if (!/\)\.?\s*$/.test(text)) return undefined;
  const m = OWNERS_IN_PARENTHESES.exec(text);
  if (!m || m.index === 0 || m[1] === undefined) return undefined;
  const inside = m[1].trim();
  const names = splitNames(inside, 0, inside.length);
  return names.length > 0 && names.every((name) => ownerName(ctx, name.text) !== undefined) ? inside : undefined;
}

const OWNERS_IN_PARENTHESES = /\(([^()]{1,80})\)\.?\s*$/;

/** Whether a word begins with a capital (or is a mention, `@Kim`). */
function startsUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() || first === '@';
}

/**
 * Whether `text` begins with a name an assignee could have: its first word, or its first two,
 * three or four, up to a punctuation mark after a word (`Tom Grey: book the hall`).
 */
function beginsWithName(ctx: ItemCheckContext, text: string): boolean {
  let words = '';
  for (const word of text.trim().split(/\s+/, 4)) {
    const bare = word.replace(/[.,:;!?]+$/u, '');
    words = words === '' ? bare : `${words} ${bare}`;
    if (ownerName(ctx, words) !== undefined) return true;
    if (bare !== word) return false;
  }
  return false;
}

/** `text` as written, white space trimmed and without the `@` of a mention, when it names an attendee, a known member or an organisation. */
function ownerName(ctx: ItemCheckContext, text: string): string | undefined {
  // `Action: @Tom Reed`: the `@` of a mention is not part of the name.
  const written = text.trim().replace(/^@\s*/, '');
  // A name has a few words; a task written without its owner (`ta fram en budget för nästa år`)
  // is not looked up, which would search every name for a did-you-mean.
  if (written === '' || written.length > 60 || written.split(/\s+/).length > 4) return undefined;
  const kind = ctx.resolver.identify(written);
  return kind === 'attendee' || kind === 'member' || kind === 'organisation' ? written : undefined;
}

const EVERYONE: ReadonlySet<string> = new Set(EVERYONE_WORDS);

/** `unknown-assignee`, `absent-assignee`, `assignee-not-present`: who each assignee is, and whether they were there. */
export const checkAssignees: ItemCheck = (ctx) => {
  const out: Finding[] = [];
  for (const action of ctx.actions) {
    for (const assignee of action.assignees) {
      const name = assignee.name;
      const resolution = ctx.resolver.resolve(name.text);
      // `Samtliga`, `All`: everyone at the meeting, no name to find.
      if (resolution.kind === 'unknown' && EVERYONE.has(nameKey(name.text).replace(/\.$/, ''))) continue;
      if (resolution.kind === 'unknown') {
        // Every name as close as the closest is offered: which one was meant is the secretary's call.
        const closest = resolution.suggestions.slice(0, Math.max(1, resolution.closest));
        out.push({ code: 'unknown-assignee', span: name.span, message: ctx.msg.unknownAssignee(name.text, closest), data: { suggestions: resolution.suggestions } });
      } else if (resolution.kind === 'ambiguous') {
        const names = resolution.candidates.map((a) => a.name.text);
        out.push({ code: 'unknown-assignee', span: name.span, message: ctx.msg.ambiguousAssignee(name.text, names), data: { suggestions: names } });
      } else if (resolution.kind === 'attendee' && !action.status) {
        // An action with a `Status:` reports on work given before: its owner need not be there.
        const finding = presenceFinding(ctx, resolution.attendee, action, name.span);
        if (finding) out.push(finding);
      }
    }
  }
  return out;
};

function presenceFinding(ctx: ItemCheckContext, attendee: Attendee, action: ActionBlock, span: { start: number; end: number }): Finding | undefined {
  if (attendee.section === 'absent') {
    return { code: 'absent-assignee', span, message: ctx.msg.absentAssignee(attendee.name.text) };
  }
  if (ctx.timeline.presenceAt(attendee, action.itemNumber) === 'absent') {
    return {
      code: 'assignee-not-present',
      span,
      message: ctx.msg.assigneeNotPresent(attendee.name.text, action.itemNumber, describeAttendance(attendee, ctx.msg)),
      data: { itemNumber: action.itemNumber },
    };
  }
  return undefined;
}

/**
 * `deadline-before-meeting`; not for an action with a `Status:`, which reports on work given at an
 * earlier meeting, with the deadline it had then.
 */
export const checkDeadlines: ItemCheck = (ctx) => {
  const meeting = ctx.meetingDate;
  if (!meeting) return [];
  const out: Finding[] = [];
  for (const action of ctx.actions) {
    const due = action.deadline?.date.date;
    if (due && !action.status && compareDates(due, meeting) < 0) {
      out.push({
        code: 'deadline-before-meeting',
        span: action.deadline.date.text.span,
        message: ctx.msg.deadlineBeforeMeeting(isoDate(due), isoDate(meeting)),
      });
    }
  }
  return out;
};
