import { trimmedNode } from '../syntax/cstUtil';
import { DEADLINE_WORDS, OWNER_WORDS, STATUS_WORDS, wordsPattern } from '../syntax/keywords';
import { textNode, type TextNode } from '../text/span';
import { isWhiteSpace } from '../text/whiteSpace';

/**
 * The fields written inside an action's lines: `Ansvarig:`/`Owner:`, `Senast:`/`Due:` and
 * `Status:` after the task on the action line (`boka lokal. Ansvarig: Lisa Björk. Senast: 14
 * mars`), in parentheses (`fix the signup bug (Owner: Marcus, Due: 2025-03-21)`), and after the
 * value of a continuation line (`Owner: Marcus Lee  Due: 2025-03-21`).
 */

export type ActionFieldKind = 'owner' | 'deadline' | 'status';

export interface ActionField {
  readonly kind: ActionFieldKind;
  /** The keyword without its colon. */
  readonly keyword: TextNode;
  /** The value without what only joined it to the next field; empty text when there is none. */
  readonly value: TextNode;
}

export interface ActionFields {
  /**
   * Where the text before the fields ends (the first field's keyword, or the `(` before it; the
   * end when there are none): the task of an action line, the value of a continuation line.
   */
  readonly headEnd: number;
  /** The fields in text order. */
  readonly fields: readonly ActionField[];
  /**
   * Text that follows a parenthesised group of fields and is no field
   * (`fix the bug (Owner: Marcus) before Friday`): more of the task.
   */
  readonly rest: readonly TextNode[];
}

/**
 * A field keyword and its colon, at the start or after white space, `.;,` or `(`. The
 * look-behind is written negated ("not after anything else"), which means the same and runs
 * faster. Groups 1, 2, 3: an owner, a deadline, a status keyword.
 */
const FIELD = new RegExp(String.raw`(?<![^\s.;,(])(?:(${wordsPattern(OWNER_WORDS)})|(${wordsPattern(DEADLINE_WORDS)})|(${wordsPattern(STATUS_WORDS)}))\s*:\s*`, 'giu');

const FIELD_WORDS = [...OWNER_WORDS, ...DEADLINE_WORDS, ...STATUS_WORDS];
/**
 * How far before the white space ahead of a colon a keyword can begin: the longest word, when
 * every word is plain letters (one code unit each); otherwise the search starts at 0.
 */
const FIELD_REACH = FIELD_WORDS.every((w) => /^[a-z]+$/.test(w)) ? Math.max(...FIELD_WORDS.map((w) => w.length)) : Infinity;

interface Phrase {
  readonly kind: ActionFieldKind;
  readonly keyword: TextNode;
  /** Where the keyword begins, in the source. */
  readonly start: number;
  /** Where its value begins, after the colon and the white space after it. */
  readonly valueStart: number;
}

/**
 * Reads the fields of `[start, end)` of `source`.
 *
 * On an action line (`continuation` false) the fields begin at the first owner or status
 * keyword, or at the last deadline keyword before it (without an owner or status keyword: the
 * last deadline keyword): so a task may mention "senast:" in passing before its deadline, as it
 * always could. On a continuation line
 * (`continuation` true, `[start, end)` being the value after the line's own keyword) every
 * keyword begins a field. Each value runs to the next field, or to a `)` that closes a group
 * opened before it. Reads only where a colon stands; never throws.
 */
export function readActionFields(source: string, start: number, end: number, continuation: boolean): ActionFields {
  const phrases = findPhrases(source, start, end);
  if (phrases.length === 0) return { headEnd: end, fields: [], rest: [] };
  const first = continuation ? 0 : firstFieldIndex(phrases);
  const firstPhrase = phrases[first] as Phrase;
  const fields: ActionField[] = [];
  const rest: TextNode[] = [];
  for (let i = first; i < phrases.length; i++) {
    const phrase = phrases[i] as Phrase;
    const next = phrases[i + 1];
    const { value, after } = fieldValue(source, phrase.kind, phrase.valueStart, next ? next.start : end, next === undefined);
    fields.push({ kind: phrase.kind, keyword: phrase.keyword, value });
    if (after) rest.push(after);
  }
  return { headEnd: firstPhrase.start, fields, rest };
}

/**
 * The stretch before the fields, `[start, headEnd)`, without what only joined it to them: white
 * space, `,`, `;`, a dash and the `(` of a group (`review the budget – Due: …`, `…, senast …`,
 * `fix the bug (Owner: …)`). A full stop that ends it is kept. Without fields (`headEnd` is
 * `end`), the stretch trimmed.
 */
export function textBeforeFields(source: string, start: number, headEnd: number, end: number): TextNode {
  if (headEnd >= end) return trimmedNode(source, start, end);
  return withoutJoiners(source, start, headEnd);
}

/** `[start, to)` trimmed, without the joiners at its end (`textBeforeFields`). */
function withoutJoiners(source: string, start: number, to: number): TextNode {
  let end = to;
  while (end > start && (joinsField(source.charCodeAt(end - 1)) || source.charCodeAt(end - 1) === 40 /* ( */)) end--;
  if (end > start && source.charCodeAt(end - 1) === 45 /* - */ && isWhiteSpace(source.charCodeAt(end - 2))) end--;
  return trimmedNode(source, start, end);
}

/** Every field keyword of `[start, end)`, searched from within reach of the first colon. */
function findPhrases(source: string, start: number, end: number): Phrase[] {
  const text = source.slice(start, end);
  const colon = text.indexOf(':');
  if (colon < 0) return [];
  let wordEnd = colon;
  while (wordEnd > 0 && isWhiteSpace(text.charCodeAt(wordEnd - 1))) wordEnd--;
  const phrases: Phrase[] = [];
  FIELD.lastIndex = Math.max(0, wordEnd - FIELD_REACH);
  for (let m = FIELD.exec(text); m; m = FIELD.exec(text)) {
    const word = m[1] ?? m[2] ?? m[3];
    if (word === undefined) continue;
    const kind: ActionFieldKind = m[1] !== undefined ? 'owner' : m[2] !== undefined ? 'deadline' : 'status';
    const at = start + m.index;
    phrases.push({ kind, keyword: textNode(word, at, at + word.length), start: at, valueStart: at + m[0].length });
  }
  return phrases;
}

/** On an action line: the first owner or status phrase, or the last deadline phrase before it (`readActionFields`). */
function firstFieldIndex(phrases: readonly Phrase[]): number {
  let lastDeadline = -1;
  for (let i = 0; i < phrases.length; i++) {
    if (phrases[i]?.kind !== 'deadline') return lastDeadline >= 0 ? Math.min(i, lastDeadline) : i;
    lastDeadline = i;
  }
  return lastDeadline;
}

/**
 * The value of a field in `[from, to)`: up to a `)` that closes a group opened before it
 * (`(Owner: Marcus, Due: 2025-03-21)`), without what joins it to the next field. The value of
 * the last field keeps its words to the end of the line: a deadline without its final white
 * space and full stops, as always; an owner or status trimmed. `after`: text after the group's
 * `)` that is more than punctuation.
 */
function fieldValue(source: string, kind: ActionFieldKind, from: number, to: number, last: boolean): { value: TextNode; after?: TextNode } {
  const close = closingParenthesis(source, from, to);
  let value: TextNode;
  if (last && close < 0) {
    let end = to;
    if (kind === 'deadline') while (end > from && (isWhiteSpace(source.charCodeAt(end - 1)) || source.charCodeAt(end - 1) === 46)) end--;
    value = trimmedNode(source, from, end);
  } else {
    value = valueBeforeField(source, from, close >= 0 ? close : to);
  }
  if (close < 0) return { value };
  let afterStart = close + 1;
  while (afterStart < to && (joinsField(source.charCodeAt(afterStart)) || isStop(source.charCodeAt(afterStart)))) afterStart++;
  const after = withoutJoiners(source, afterStart, to);
  return after.text === '' ? { value } : { value, after };
}

/**
 * A value followed by another field (or by the `)` of its group), `[from, to)`, without what
 * parts it from that field: white space, `,`, `;`, `.`, a dash, a `(`. The full stop in
 * `Owner: Dana Whitaker. Due: …` ends the field, not the name.
 */
export function valueBeforeField(source: string, from: number, to: number): TextNode {
  let end = to;
  while (end > from) {
    const c = source.charCodeAt(end - 1);
    if (joinsField(c) || c === 40 /* ( */ || c === 46 /* . */) end--;
    else if (c === 45 /* - */ && isWhiteSpace(source.charCodeAt(end - 2))) end--;
    else break;
  }
  return trimmedNode(source, from, end);
}

/** The first `)` of `[from, to)` that closes no `(` of that stretch; -1 when there is none. */
function closingParenthesis(source: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */ && depth-- === 0) return i;
  }
  return -1;
}

/** White space, `,`, `;`, `–` or `—`: what may stand between a task or a value and the next field. */
function joinsField(code: number): boolean {
  return isWhiteSpace(code) || code === 44 || code === 59 || code === 0x2013 || code === 0x2014;
}

/** `.`, `!` or `?`. */
function isStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}
