import type { Analysis } from '../analysis/analyze';
import { isoDate, type CalendarDate } from '../dates/dateValue';
import type { Lang } from '../model/types';
import { messages, type Catalogue } from '../i18n/messages';
import { ACTION_WORDS, DEADLINE_WORDS, HEADER_KEYS, OWNER_WORDS, wordsPattern } from '../syntax/keywords';
import { nameKey } from '../text/names';
import type { TextSource } from '../text/textSource';
import { isWhiteSpace } from '../text/whiteSpace';
import { notePhrases } from '../model/noteWords';
import { keywordEntries, nextItemEntry } from './completionKeywords';
import { peopleEntries } from './completionPeople';
import { sortKey, type CompletionEntry, type CompletionResult } from './completionTypes';
import { longDate, weeksAfter } from './dateWords';
import { locate, type CursorContext } from './locate';
import { matchName } from './nameMatch';

export type { CompletionEntry, CompletionKind, CompletionResult } from './completionTypes';

/** What completion needs from outside the document. */
export interface CompletionOptions {
  /** Today's date, for deadline proposals; defaults to the one the analysis was made with. */
  readonly today?: CalendarDate;
  /** Members known from the workspace or settings; defaults to the analysis options'. */
  readonly knownMembers?: readonly string[];
}

const DEADLINE_BEFORE = new RegExp(String.raw`(?:^|[\s.;,])(?:${wordsPattern(DEADLINE_WORDS)})[ \t]*:([ \t]*)(\S*)$`, 'iu');
const DATE_FIELD_BEFORE = new RegExp(String.raw`^\s*(?:${wordsPattern(HEADER_KEYS.date)})[ \t]*:([ \t]*)(\S*)$`, 'iu');
const ACTION_START = new RegExp(String.raw`^\s*(?:${wordsPattern(ACTION_WORDS)})[ \t]*:`, 'iu');
const OWNER_START = new RegExp(String.raw`^\s*(?:${wordsPattern(OWNER_WORDS)})[ \t]*:`, 'iu');
/** The separating dash of an action line (as `lineReaders.findSeparator` reads it). */
const SEPARATOR = /[–—]|(?<=\s)-(?=\s|$)/;
/** Where the last assignee begins: after a comma, `och`, `and` or `&`. */
const NAME_SEPARATOR = /,|\s+(?:och|samt|and)\s+|&/giu;
/**
 * An item word in an attendance note, or a word after which an item number may stand without one
 * (`p`, `punkt`, `§`, `from`, `fr.o.m.`, `ej`, `except`, `after` … as the core reads notes,
 * `noteWords.ts`), then numbers typed so far.
 */
const NOTE_ITEM_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(?:${[...notePhrases(['item', 'lead', 'shift'], true), '§']
    .sort((a, b) => b.length - a.length)
    .map(notePhrasePattern)
    .join('|')})(?:\s+|(?<=[.§])\s*)(?:\d{1,4}\s*(?:,|och|and|&|\+|[-–—])\s*)*(\d{0,4})$`,
  'iu',
);

/**
 * A note phrase as typed: dots do not matter (`fr.o.m.`, `t.o.m.`, `p.`: a dot may follow each
 * letter of a word of up to three letters and the end of a longer one), and words stand apart by
 * white space or a dot.
 */
function notePhrasePattern(phrase: string): string {
  const word = (w: string) => {
    const letters = [...w].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return w.length <= 3 ? `${letters.join('\\.?')}\\.?` : `${letters.join('')}\\.?`;
  };
  return phrase.split(' ').map(word).join('(?:\\s+|(?<=\\.)\\s*)');
}

/** `se punkt 4`, `item 4`, `§ 4` in running text. */
const TEXT_ITEM_BEFORE = /(?:^|[^\p{L}\p{N}])(?:punkt|item)\s+(\d{0,4})$|(?:^|[^\p{L}\p{N}§])§\s*(\d{0,4})$/iu;
const MENTION_BEFORE = /(?:^|[\s([,;:])@([^@\s](?:[^@\r\n]{0,40}))?$/u;
const LINE_START_WORDS = /^([ \t]*)([\p{L}\p{M}][\p{L}\p{M}.]*(?: [\p{L}\p{M}.]+){0,2} ?)?$/u;
const LINE_START_DIGITS = /^(\d{1,4})$/;
/** `och`, `samt`, `and` or `&` between blanks, the last one in the text it is run on (with `lastJoin`). */
const JOIN = /\s(?:och|samt|and|&)\s/giu;

const none = (offset: number): CompletionResult => ({ span: { start: offset, end: offset }, items: [] });

/**
 * Completion at `offset`, by what the text before the cursor on its line says:
 *
 * - after `Senast:`/`Due:`/`Klart:` (and `Datum:` in the header): dates — today, the meeting
 *   day, one and two weeks on — as ISO dates;
 * - in an attendance note after `p`, `punkt`, `from` …, and after `punkt`/`§` in text: item numbers
 *   with their titles;
 * - after `Uppdrag:`/`Action:` or `Ansvarig:` and each `,`/`och`/`and`/`&` before the dash:
 *   people present at the item, other attendees, organisations, known members;
 * - after `@`: people (the `@` is replaced, it only summons the list);
 * - on an attendee line in an attendance section: known members not yet listed, then keywords;
 * - at the start of a line: the keywords that may stand there and the next item number.
 *
 * Never throws; a position where nothing fits gets an empty list.
 */
export function complete(analysis: Analysis, offset: number, options: CompletionOptions = {}): CompletionResult {
  try {
    return completeAt(analysis, locate(analysis, offset), options);
  } catch {
    // Completion is a convenience: a bug here must cost the list, not the request.
    return none(Number.isFinite(offset) ? Math.max(0, Math.min(offset, analysis.source.length)) : 0);
  }
}

function completeAt(analysis: Analysis, ctx: CursorContext, options: CompletionOptions): CompletionResult {
  const msg = messages(analysis.options.locale ?? 'en', analysis.itemNaming);
  const cursor = ctx.lineStart + ctx.before.length;
  const knownMembers = options.knownMembers ?? analysis.options.knownMembers ?? [];
  const today = options.today ?? analysis.options.today;
  const before = ctx.before;

  const deadline = ctx.region === 'item' ? DEADLINE_BEFORE.exec(before) : ctx.region === 'header' || ctx.region === 'section' ? DATE_FIELD_BEFORE.exec(before) : null;
  if (deadline) return dates(analysis, msg, cursor, deadline[1] ?? '', deadline[2] ?? '', today, ctx.region !== 'item');

  if (ctx.region === 'section' && !ctx.onSectionHeading) {
    const open = before.lastIndexOf('(');
    if (open >= 0 && !before.includes(')', open)) {
      const m = NOTE_ITEM_BEFORE.exec(before.slice(open + 1));
      return m ? itemNumbers(analysis, cursor, m[1] ?? '') : none(cursor);
    }
  }
  if (ctx.region === 'item' && !/^§\s*\d*$/.test(before)) {
    const m = TEXT_ITEM_BEFORE.exec(before);
    if (m) return itemNumbers(analysis, cursor, m[1] ?? m[2] ?? '');
  }

  if (ctx.region === 'item') {
    const assignees = assigneeContext(before, ctx.after);
    if (assignees) {
      const entries = peopleEntries(analysis, msg, assignees.prefix, {
        ...(ctx.item ? { itemNumber: ctx.item.number } : {}),
        organisations: true,
        knownMembers,
        exclude: assignees.named,
        insertPrefix: assignees.needsSpace ? ' ' : '',
      });
      return { span: { start: cursor - assignees.prefix.length, end: cursor }, items: entries };
    }
  }

  const mention = MENTION_BEFORE.exec(before);
  if (mention && ctx.region !== 'section') {
    const typed = mention[1] ?? '';
    if (typed.split(/\s+/).filter(Boolean).length <= 3) {
      const entries = peopleEntries(analysis, msg, typed, {
        ...(ctx.item ? { itemNumber: ctx.item.number } : {}),
        organisations: false,
        knownMembers,
        exclude: new Set(),
        insertPrefix: '',
      });
      return { span: { start: cursor - typed.length - 1, end: cursor }, items: entries };
    }
  }

  // Keywords and attendee names are proposed only at the end of what is typed on the line.
  if (ctx.after.trim() !== '') return none(cursor);
  if (ctx.region === 'section' && !ctx.onSectionHeading) return attendeeLine(analysis, msg, ctx, cursor, knownMembers, ctx.section?.inline === true);
  // After a heading's colon (`Present: `) a list on its line begins.
  if (ctx.region === 'section' && ctx.before.includes(':')) return attendeeLine(analysis, msg, ctx, cursor, knownMembers, true);
  return lineStart(analysis, msg, ctx, cursor, 0);
}

/** The assignee being typed on an action or `Ansvarig:` line, or undefined when the cursor is elsewhere. */
function assigneeContext(before: string, after: string): { prefix: string; named: Set<string>; needsSpace: boolean } | undefined {
  const keyword = ACTION_START.exec(before) ?? OWNER_START.exec(before);
  if (!keyword) return undefined;
  const valueStart = keyword[0].length;
  if (ACTION_START.test(before)) {
    // Behind the dash is the task: no names there.
    const separator = SEPARATOR.exec((before + after).slice(valueStart));
    if (separator && valueStart + separator.index < before.length) return undefined;
  }
  const value = before.slice(valueStart);
  let pieceStart = 0;
  const named = new Set<string>();
  NAME_SEPARATOR.lastIndex = 0;
  for (let m = NAME_SEPARATOR.exec(value); m; m = NAME_SEPARATOR.exec(value)) {
    const name = nameKey(value.slice(pieceStart, m.index));
    if (name) named.add(name);
    pieceStart = m.index + m[0].length;
  }
  const piece = value.slice(pieceStart);
  const prefix = piece.replace(/^\s+/, '');
  // A name typed straight after `:` or `,` gets its space with it.
  const needsSpace = prefix === '' && piece === '' && /[:,&]$/.test(before);
  return { prefix, named, needsSpace };
}

/** The deadlines in words proposed after the dates (`dates/deadlineWords.ts` reads them), in the document's language. */
const DEADLINE_WORD_PROPOSALS: Readonly<Record<Lang, readonly string[]>> = {
  sv: ['snarast', 'till nästa möte'],
  en: ['ASAP', 'by the next meeting'],
};

function dates(analysis: Analysis, msg: Catalogue, cursor: number, gap: string, typed: string, today: CalendarDate | undefined, dateField: boolean): CompletionResult {
  const lang = analysis.document.language;
  const proposals: { date: CalendarDate; words: string[] }[] = [];
  const add = (date: CalendarDate | undefined, word: string) => {
    if (!date) return;
    const existing = proposals.find((p) => isoDate(p.date) === isoDate(date));
    if (existing) existing.words.push(word);
    else proposals.push({ date, words: [word] });
  };
  add(today, msg.completionToday());
  if (!dateField) {
    const meeting = analysis.meetingDate;
    add(meeting, msg.completionMeetingDay());
    const base = meeting ?? today;
    if (base) {
      add(weeksAfter(base, 1), msg.completionInWeeks(1));
      add(weeksAfter(base, 2), msg.completionInWeeks(2));
    }
  }
  const items: CompletionEntry[] = [];
  proposals.forEach(({ date, words }, index) => {
    const iso = isoDate(date);
    const description = words.join(', ');
    if (!iso.startsWith(typed) && matchName(typed, description) === undefined) return;
    items.push({ label: iso, kind: 'date', insertText: (gap === '' && typed === '' ? ' ' : '') + iso, description, detail: longDate(date, lang), sortText: sortKey(0, 0, index) });
  });
  // After the dates, a deadline in words, as minutes write one when there is no day to give.
  if (!dateField) {
    DEADLINE_WORD_PROPOSALS[lang].forEach((word, index) => {
      if (!word.toLowerCase().startsWith(typed.toLowerCase())) return;
      items.push({ label: word, kind: 'date', insertText: (gap === '' && typed === '' ? ' ' : '') + word, description: msg.completionDeadlineWords(), sortText: sortKey(0, 1, index) });
    });
  }
  return { span: { start: cursor - typed.length, end: cursor }, items };
}

function itemNumbers(analysis: Analysis, cursor: number, typed: string): CompletionResult {
  const items: CompletionEntry[] = [];
  const seen = new Set<number>();
  analysis.document.items.forEach((item, index) => {
    if (seen.has(item.number) || !String(item.number).startsWith(typed)) return;
    seen.add(item.number);
    items.push({
      label: String(item.number),
      kind: 'itemReference',
      insertText: String(item.number),
      ...(item.title.text ? { description: item.title.text, detail: item.title.text } : {}),
      sortText: sortKey(0, 0, index),
    });
  });
  return { span: { start: cursor - typed.length, end: cursor }, items };
}

/**
 * An attendee line being typed: known members not yet listed, then what else may start the line.
 * In a list written on its heading's line (`Present: Jane Smith, `), the entry after the last
 * comma, semicolon or `och`/`and`, and no keywords.
 */
function attendeeLine(analysis: Analysis, msg: Catalogue, ctx: CursorContext, cursor: number, knownMembers: readonly string[], inline: boolean): CompletionResult {
  const m = inline ? inlineEntry(ctx.before) : /^([ \t]*(?:[-•*][ \t]+)?)([^,(–—]*)$/u.exec(ctx.before);
  if (!m) return none(cursor);
  const prefix = (m[2] ?? '').replace(/^\s+/, '');
  if (prefix.split(/\s+/).filter(Boolean).length > 4) return none(cursor);
  const listed = new Set(analysis.document.sections.flatMap((s) => s.attendees.map((a) => nameKey(a.name.text))));
  const items: CompletionEntry[] = [];
  knownMembers.forEach((member, index) => {
    const name = member.trim();
    if (!name || listed.has(nameKey(name))) return;
    listed.add(nameKey(name));
    const rank = matchName(prefix, name);
    if (rank !== undefined) items.push({ label: name, kind: 'member', insertText: name, detail: msg.completionKnownMember(), sortText: sortKey(0, rank, index) });
  });
  if ((m[1] ?? '') === '' && !inline) {
    const rest = lineStart(analysis, msg, ctx, cursor, 1);
    if (rest.span.start === cursor - prefix.length) items.push(...rest.items);
  }
  return { span: { start: cursor - prefix.length, end: cursor }, items };
}

/**
 * In a list on its heading's line, the text before the entry being typed and the entry: what follows
 * the last colon, comma, semicolon or `och`/`and`; undefined in a note or after a dash.
 */
function inlineEntry(before: string): [string, string, string] | undefined {
  let start = Math.max(before.lastIndexOf(':'), before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  JOIN.lastIndex = start;
  for (let m = JOIN.exec(before); m; m = JOIN.exec(before)) {
    start = m.index + m[0].length;
    JOIN.lastIndex = start - 1;
  }
  const entry = before.slice(start);
  if (start === 0 || /[()–—]/u.test(entry)) return undefined;
  return [before, before.slice(0, start), entry];
}

/** Keywords, titles and the next item number for the start of a line. */
function lineStart(analysis: Analysis, msg: Catalogue, ctx: CursorContext, cursor: number, group: number): CompletionResult {
  const doc = analysis.document;
  const digits = LINE_START_DIGITS.exec(ctx.before);
  if (digits) {
    const entry = ctx.region === 'footer' ? undefined : nextItemEntry(doc, digits[1] ?? '', msg.completionNewItem(), group);
    return { span: { start: ctx.lineStart, end: cursor }, items: entry ? [entry] : [] };
  }
  const m = LINE_START_WORDS.exec(ctx.before);
  if (!m) return none(cursor);
  const indent = m[1] ?? '';
  const prefix = m[2] ?? '';
  const titleLine = doc.title ? doc.title.span.start >= ctx.lineStart && doc.title.span.start <= ctx.lineEnd : isFirstContentLine(analysis, ctx);
  const region = titleLine ? 'title' : ctx.region;
  const lastItem = doc.items[doc.items.length - 1];
  const items = keywordEntries(
    doc,
    prefix,
    {
      region,
      afterAction: ctx.region === 'item' && lineAboveIsAction(analysis, ctx),
      footerMayFollow: ctx.region === 'item' && ctx.item === lastItem && !doc.footer,
      indented: indent !== '',
    },
    group + 1,
  );
  if (prefix === '' && indent === '' && (region === 'item' || (region !== 'footer' && region !== 'title' && doc.items.length === 0))) {
    const entry = nextItemEntry(doc, '', msg.completionNewItem(), group + 5);
    if (entry) items.push(entry);
  }
  return { span: { start: cursor - prefix.length, end: cursor }, items };
}

function isFirstContentLine(analysis: Analysis, ctx: CursorContext): boolean {
  return lastContentBefore(analysis.source, ctx.lineStart) === 0;
}

/** The nearest non-blank line above belongs to an action (its first line or a continuation). */
function lineAboveIsAction(analysis: Analysis, ctx: CursorContext): boolean {
  const end = lastContentBefore(analysis.source, ctx.lineStart);
  if (end === 0 || !ctx.item) return false;
  return ctx.item.body.some((block) => block.kind === 'action' && block.span.end === end);
}

/**
 * The offset just past the last character before `offset` that is not white space, or 0 when
 * there is none: read backwards from `offset`, so it costs the white space it steps over and no
 * copy of the text before it.
 */
function lastContentBefore(source: TextSource, offset: number): number {
  let i = offset;
  while (i > 0 && isWhiteSpace(source.charCodeAt(i - 1))) i--;
  return i;
}
