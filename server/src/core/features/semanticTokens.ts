import type { Analysis } from '../analysis/analyze';
import type { ActionBlock } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import type { Span } from '../text/span';
import { keywordKey, OWNER_WORDS, STATUS_WORDS } from '../syntax/keywords';
import { itemIndex } from './itemIndex';
import { peopleIndex } from './people';

/** What a token is; the language server puts these in its legend, in this order. */
export const SEMANTIC_TOKEN_TYPES = ['person', 'organisation', 'date', 'itemNumber', 'keyword', 'attendanceNote'] as const;
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

/** `declaration`: the attendance line that introduces a person. */
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration'] as const;
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

export interface SemanticToken {
  /** Always within one line. */
  readonly span: Span;
  readonly type: SemanticTokenType;
  readonly modifiers: readonly SemanticTokenModifier[];
}

/**
 * Semantic tokens in document order, never overlapping, each on one line: people (attendee
 * names, assignees, header and footer persons, `@`mentions — a name merely written in running
 * text stays text), organisations (of attendees, and assignees that are one), dates (the meeting
 * date, deadlines), item numbers (headings and references), keywords (header keys, attendance
 * headings, `Uppdrag`, `Beslut`, `Senast`, `Ansvarig`, `Status`, footer keywords) and attendance
 * notes. With `within`, only the tokens that touch that span.
 */
export function semanticTokens(analysis: Analysis, within?: Span): SemanticToken[] {
  const { document, text, lineIndex } = analysis;
  const tokens: SemanticToken[] = [];
  const add = (span: Span, type: SemanticTokenType, modifiers: readonly SemanticTokenModifier[] = []) => {
    if (span.end > span.start) tokens.push({ span, type, modifiers });
  };

  for (const occurrence of peopleIndex(analysis).occurrences) {
    if (occurrence.kind === 'text') continue;
    const start = occurrence.kind === 'mention' ? occurrence.span.start - 1 : occurrence.span.start;
    add({ start, end: occurrence.span.end }, 'person', occurrence.isDefinition ? ['declaration'] : []);
  }
  for (const field of document.headerFields) {
    add(field.key.span, 'keyword');
    if (field.kind === 'date') add(field.value.span, 'date');
    else if (field.kind === 'timeAndPlace' && field.date) add(field.date.text.span, 'date');
  }
  for (const occurrence of itemIndex(analysis).occurrences) add(occurrence.span, 'itemNumber');
  for (const section of document.sections) {
    add(section.heading.span, 'keyword');
    for (const attendee of section.attendees) {
      if (attendee.organisation) add(attendee.organisation.span, 'organisation');
      // The note around its item numbers, which are tokens of their own.
      if (attendee.note) for (const piece of carve(text, attendee.note.text.span, attendee.note.refs)) add(piece, 'attendanceNote');
    }
  }
  for (const item of document.items) {
    for (const block of item.body) {
      if (block.kind === 'decision') add(block.keyword.span, 'keyword');
      if (block.kind === 'action') addAction(analysis, block, add);
    }
  }
  for (const entry of document.footer?.entries ?? []) add(entry.keyword.span, 'keyword');

  const ordered = tokens.flatMap((t) => onePerLine(t, lineIndex)).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const result: SemanticToken[] = [];
  for (const token of ordered) {
    const previous = result[result.length - 1];
    // Two readings of the same characters cannot both be shown; the first (and shorter) wins.
    if (previous && token.span.start < previous.span.end) continue;
    if (within && (token.span.end < within.start || token.span.start > within.end)) continue;
    result.push(token);
  }
  return result;
}

function addAction(analysis: Analysis, action: ActionBlock, add: (span: Span, type: SemanticTokenType) => void): void {
  const { text, lineIndex } = analysis;
  add(action.keyword.span, 'keyword');
  for (const assignee of action.assignees) {
    if (analysis.resolutions.get(assignee)?.kind === 'organisation') add(assignee.name.span, 'organisation');
  }
  if (action.deadline) {
    // A dash before a deadline at the end of the task is punctuation; a word (`by`, `senast`) a keyword.
    if (!action.deadline.inTask || /\p{L}/u.test(action.deadline.keyword.text)) add(action.deadline.keyword.span, 'keyword');
    add(action.deadline.date.text.span, 'date');
  }
  // `Ansvarig:` and `Status:` keywords are not kept in the model; each stands before the colon ahead
  // of its value, on a line of its own or on the action line (`… Owner: Dana. Due: …`).
  const keys = new Set<number>();
  for (const assignee of action.assignees) {
    const key = keyBefore(text, lineIndex, assignee.name.span.start, OWNER_KEYS);
    if (key && !keys.has(key.start)) {
      keys.add(key.start);
      add(key, 'keyword');
    }
  }
  if (action.status) {
    const key = keyBefore(text, lineIndex, action.status.text.span.start, STATUS_KEYS);
    if (key) add(key, 'keyword');
  }
}

const OWNER_KEYS: ReadonlySet<string> = new Set(OWNER_WORDS);
const STATUS_KEYS: ReadonlySet<string> = new Set(STATUS_WORDS);

/** The keyword (one of `words`) before the colon nearest before `valueStart` on its line. */
function keyBefore(text: string, lineIndex: LineIndex, valueStart: number, words: ReadonlySet<string>): Span | undefined {
  const lineStart = lineIndex.lineStart(lineIndex.positionAt(valueStart).line);
  const colon = text.lastIndexOf(':', valueStart - 1);
  if (colon < lineStart) return undefined;
  let end = colon;
  while (end > lineStart && /\s/u.test(text.charAt(end - 1))) end--;
  let start = end;
  while (start > lineStart && /[\p{L}\p{M}]/u.test(text.charAt(start - 1))) start--;
  return start < end && words.has(keywordKey(text.slice(start, end))) ? { start, end } : undefined;
}

/** `span` without the spans of `holes` (in text order) that lie inside it, each piece trimmed. */
function carve(text: string, span: Span, holes: readonly { span: Span }[]): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  for (const hole of holes) {
    if (hole.span.end <= span.start || hole.span.start < start) continue;
    if (hole.span.start >= span.end) break;
    pieces.push(trim(text, { start, end: hole.span.start }));
    start = hole.span.end;
  }
  pieces.push(trim(text, { start, end: span.end }));
  return pieces;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/** A token split at line breaks, since LSP tokens may not span lines. */
function onePerLine(token: SemanticToken, lineIndex: LineIndex): SemanticToken[] {
  const first = lineIndex.positionAt(token.span.start).line;
  const last = lineIndex.positionAt(token.span.end).line;
  if (first === last) return [token];
  const pieces: SemanticToken[] = [];
  for (let line = first; line <= last; line++) {
    const start = Math.max(token.span.start, lineIndex.lineStart(line));
    const end = Math.min(token.span.end, lineIndex.lineEnd(line));
    if (end > start) pieces.push({ ...token, span: { start, end } });
  }
  return pieces;
}
