import type { IToken } from 'chevrotain';
import { runOnKeyword } from '../model/lineReaders';
import { NAME_PARTICLES } from '../text/names';
import type { Line } from './cstUtil';
import type { SyntaxProblem } from './parse';
import { ActionDashLine, ActionLine, DecisionLine, DecisionWordLine } from './tokens';

/**
 * Lines that a writer meant as something else, which would otherwise pass without a word: an
 * item heading in a form the language does not read (`1) Apologies`, `1.Apologies`, `Item 3 –
 * Budget`, `Punkt 4: Ekonomi`), which leaves every line after it in the header, the attendance
 * list or the item above; and an action or decision line inside an attendance list, which is read
 * as an attendee.
 */

/**
 * An item heading in another form, at the start of a line: `1)` and white space, `1.` with no
 * white space after it (`1.Inledning`), `1.0` and white space (`1.0⇥QUORUM`, as a numbered Word
 * document writes its first level), or a word for an item and a number (`Item 3`, `Agenda item
 * 3`, `Punkt 4`, `Ärende 5`, `Paragraf 6`), then perhaps `:`, `.`, `)` or a dash, and white
 * space; or a British minute reference (`23/045 Apologies`, the year and the minute's number),
 * or a number and white space with no dot, perhaps with a dash (`1 Welcome`, `1 - Treasurer's
 * update`); then a title starting with a capital letter. Group 1, 2, 3, 5 or 6: the number (4: a
 * minute reference's year).
 */
const OTHER_HEADING = /^(?:(\d{1,4})\)\s+|(\d{1,4})\.(?:0\.?[^\S\r\n]+|(?=\S))|(?:agenda\s+item|item|punkt|ärende|a\u0308rende|paragraf)\s+(\d{1,4})(?:\s*[:.)–—-])?\s+|(\d{1,4})\/(\d{1,4})\s+|(\d{1,2})(?:[^\S\r\n]*[-–—][^\S\r\n]+|[^\S\r\n]+))/iu;
/** A word in lower case that is no particle of a name (`af`, `von`, `de` …): a title, not a name. */
const NOT_A_NAME = new RegExp(`\\s(?!(?:${[...NAME_PARTICLES].join('|')})\\s)\\p{Ll}`, 'u');
/** The title's first letter is a capital (tested apart: under the `i` flag `\p{Lu}` takes any letter). */
const CAPITAL = /\p{Lu}/u;

/**
 * The problem of a line before the first item that looks like an item heading in another form, if
 * it does. `forms`: which forms count — in an attendance list `1) Inga Lund` is a numbered name,
 * so there a number form counts only when what follows has a word in lower case (`1) Matters
 * arising`), while the word forms (`Item 3 – Budget`) always do.
 */
export function otherHeadingForm(line: Line, forms: { readonly words: boolean; readonly numbers: boolean } = { words: true, numbers: true }): SyntaxProblem | undefined {
  if (line.indented) return undefined;
  const text = line.content.text;
  const m = OTHER_HEADING.exec(text);
  if (!m || !CAPITAL.test(text.charAt(m[0].length))) return undefined;
  // `1.0⇥QUORUM` is no numbered name in any list: it counts as the word forms do.
  const numberForm = m[3] === undefined && !isFirstLevel(m);
  // A number and a space (`1 Welcome`) is a heading only where a list of names would be one.
  if (numberForm && (!forms.numbers || m[6] !== undefined)) {
    // In a list of names, `1) Matters arising` (a word in lower case) is a heading, `1) Inga Lund`
    // a name; one word (`1) Inledning`, `1.Inledning`) is a heading too, as no one is listed by
    // a first name alone.
    const rest = text.slice(m[0].length).split(/[,(\t]/)[0] ?? '';
    if (!NOT_A_NAME.test(rest) && /\s/.test(rest.trim())) return undefined;
  }
  if (!numberForm && !forms.words) return undefined;
  return headingProblem(line.content.span.start, m);
}

/** Whether `OTHER_HEADING` matched a first level numbered as a Word document numbers it (`1.0⇥`): group 2 and white space after it. */
function isFirstLevel(m: RegExpExecArray): boolean {
  return m[2] !== undefined && /\s$/u.test(m[0]);
}

function headingProblem(start: number, m: RegExpExecArray, inItem?: number): SyntaxProblem {
  const number = Number(m[1] ?? m[2] ?? m[3] ?? m[5] ?? m[6]);
  // `1.Inledning`: the number and the word it is stuck to, which shows the missing space; `1.0⇥QUORUM`: the number as written.
  const written = m[2] === undefined || isFirstLevel(m) ? m[0].trimEnd() : m[0] + (/^\S+/.exec(m.input.slice(m[0].length))?.[0] ?? '');
  const problem = { kind: 'item-heading-form' as const, span: { start, end: start + written.length }, detail: `item heading written as "${written}"`, written, number };
  return inItem === undefined ? problem : { ...problem, inItem };
}

/**
 * The problem of a line of item `itemNumber`'s body that looks like the heading of a later item in
 * another form, if it does: at column 0, a word for an item written with a capital (`Item 3 –
 * Grants`, `Punkt 4: Ekonomi`) and a number above this item's; or the number of the item to come
 * (`next`: after this item's, or after such a heading above in the body) as `4)` or `4.Övrigt` —
 * unless the body has numbered `1)` lines before it (`numberedAbove`), as a list in an item has.
 * The line stays a line of the item; the message says how to begin an item.
 */
export function headingInBody(source: string, start: number, end: number, itemNumber: number, next: number, numberedAbove: boolean): SyntaxProblem | undefined {
  const text = source.slice(start, end).trimEnd();
  const m = OTHER_HEADING.exec(text);
  if (!m || !CAPITAL.test(text.charAt(m[0].length))) return undefined;
  if (m[3] !== undefined) {
    if (!CAPITAL.test(text.charAt(0)) || Number(m[3]) <= itemNumber) return undefined;
  } else if (Number(m[1] ?? m[2]) !== next || numberedAbove) return undefined;
  return headingProblem(start, m, itemNumber);
}

/** Whether a line of a body begins with a number and `)` at column 0: an entry of a numbered list, as `1) Review`. */
export function startsNumberedParen(source: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && i - start < 5 && source.charCodeAt(i) >= 0x30 && source.charCodeAt(i) <= 0x39) i++;
  return i > start && source.charCodeAt(i) === 41 /* ) */;
}

/** The problem of an action or decision line inside an attendance list, if the line is one. */
export function keywordInAttendance(token: IToken, line: Line): SyntaxProblem | undefined {
  if (token.tokenType !== ActionLine && token.tokenType !== ActionDashLine && token.tokenType !== DecisionLine && token.tokenType !== DecisionWordLine) return undefined;
  // The keyword with its colon (`Beslut:`) or its dash (`Action –`); without either, the keyword (`Beslut`, `RESOLVED` of `RESOLVED that …`).
  const text = line.content.text;
  const dash = token.tokenType === ActionDashLine ? KEYWORD_AND_DASH.exec(text) : null;
  const colon = token.tokenType === DecisionWordLine || dash ? -1 : text.indexOf(':');
  const written = dash ? dash[0] : colon >= 0 ? text.slice(0, colon + 1) : text.slice(0, runOnKeyword(text, 0)?.keyEnd ?? text.length);
  const start = line.content.span.start;
  return { kind: 'keyword-in-attendance', span: { start, end: start + written.length }, detail: `"${written}" inside an attendance list`, written };
}

/** An action keyword and the dash after it (`ActionDashLine`), at the start of its line's content. */
const KEYWORD_AND_DASH = /^\S+[^\S\r\n]+[-–—]/u;

/**
 * The problem of an action or decision line in the header, before any attendance list or item, if
 * the line is one: it would be read as a header field (`RESOLVED: approved.` above the items of a
 * document whose headings the language does not read).
 */
export function keywordInHeader(token: IToken, line: Line): SyntaxProblem | undefined {
  const problem = keywordInAttendance(token, line);
  return problem && { ...problem, kind: 'keyword-in-header', detail: `"${problem.written ?? ''}" in the header` };
}

/**
 * The problem of an action or decision line in the footer, if the line is one: a footer keyword
 * in the last item (`Approved: the accounts, subject to audit`) begins the footer, and what
 * follows it is no longer read as actions.
 */
export function keywordInFooter(token: IToken, line: Line): SyntaxProblem | undefined {
  const problem = keywordInAttendance(token, line);
  return problem && { ...problem, kind: 'keyword-in-footer', detail: `"${problem.written ?? ''}" inside the footer` };
}
