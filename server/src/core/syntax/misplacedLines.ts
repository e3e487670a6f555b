import type { IToken } from 'chevrotain';
import { NAME_PARTICLES } from '../text/names';
import type { Line } from './cstUtil';
import type { SyntaxProblem } from './parse';
import { ActionLine, DecisionLine } from './tokens';

/**
 * Lines before the first item that a writer meant as something else, which would otherwise pass
 * without a word: an item heading in a form the language does not read (`1) Apologies`, `Item 3 –
 * Budget`, `Punkt 4: Ekonomi`), which leaves every line after it in the header or the attendance
 * list; and an action or decision line inside an attendance list, which is read as an attendee.
 */

/**
 * An item heading in another form, at the start of a line: `1)`, or a word for an item and a
 * number (`Item 3`, `Agenda item 3`, `Punkt 4`, `Ärende 5`, `Paragraf 6`), then perhaps `:`, `.`,
 * `)` or a dash, then a title starting with a capital letter. Group 1 or 2: the number.
 */
const OTHER_HEADING = /^(?:(\d{1,4})\)|(?:agenda\s+item|item|punkt|ärende|a\u0308rende|paragraf)\s+(\d{1,4})(?:\s*[:.)–—-])?)\s+/iu;
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
  // In a list of names, `1) Matters arising` (a word in lower case) is a heading, `1) Inga Lund` a name.
  if (m[1] !== undefined && !forms.numbers && !NOT_A_NAME.test(text.slice(m[0].length).split(/[,(\t]/)[0] ?? '')) return undefined;
  if (m[1] === undefined && !forms.words) return undefined;
  const number = Number(m[1] ?? m[2]);
  const written = m[0].trimEnd();
  const start = line.content.span.start;
  return { kind: 'item-heading-form', span: { start, end: start + written.length }, detail: `item heading written as "${written}"`, written, number };
}

/** The problem of an action or decision line inside an attendance list, if the line is one. */
export function keywordInAttendance(token: IToken, line: Line): SyntaxProblem | undefined {
  if (token.tokenType !== ActionLine && token.tokenType !== DecisionLine) return undefined;
  const colon = line.content.text.indexOf(':');
  const written = colon < 0 ? line.content.text : line.content.text.slice(0, colon + 1);
  const start = line.content.span.start;
  return { kind: 'keyword-in-attendance', span: { start, end: start + written.length }, detail: `"${written}" inside an attendance list`, written };
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
