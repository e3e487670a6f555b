import { monthNumber } from '../dates/parseDate';
import { trimmedNode } from '../syntax/cstUtil';
import { isRoleWord } from '../syntax/roles';
import { isDigit } from '../text/digits';
import type { TextNode } from '../text/span';

/**
 * The inside of a footer line, as a signature block lays it out: columns side by side, places to
 * sign (dotted lines), captions under a signature (`(Chair)`), and a date after the names. The
 * footer is read once per document, so these readers may take their time over its few lines.
 */


/**
 * Between two columns of a signature block: a tab with any white space around it, or three spaces
 * or more (`Eva Berg⇥⇥⇥Ola Ek`, `Ahmed Yusuf                 Lena Holm`).
 */
const COLUMN_GAP = /[^\S\r\n]*\t[^\S\r\n]*|[^\S\r\n\t]{3,}/g;

/** The columns of `[start, end)` of `source`, trimmed, empty ones left out; one column when there is no gap. */
export function columnsOf(source: string, start: number, end: number): TextNode[] {
  const columns: TextNode[] = [];
  const text = source.slice(start, end);
  let from = 0;
  for (const m of text.matchAll(COLUMN_GAP)) {
    const column = trimmedNode(source, start + from, start + m.index);
    if (column.text) columns.push(column);
    from = m.index + m[0].length;
  }
  const last = trimmedNode(source, start + from, end);
  if (last.text) columns.push(last);
  return columns;
}

/**
 * A place to sign: three dots or more, single spaces allowed between them (`.........`, `. . .`),
 * an ellipsis character and the dots and ellipses after it (`……………`), or three underscores or
 * more (`______`).
 */
const PLACE_TO_SIGN = /…[ .…]*|\.(?: ?[.…]){2,}|_{3,}/g;
/** `PLACE_TO_SIGN` for a test, without the global flag's `lastIndex` (which `matchAll` would start from). */
const HOLDS_PLACE_TO_SIGN = new RegExp(PLACE_TO_SIGN.source);

/** Whether `text` holds a place to sign. */
export function holdsPlaceToSign(text: string): boolean {
  return HOLDS_PLACE_TO_SIGN.test(text);
}

/** Whether `text` is nothing but places to sign and white space (`……………⇥⇥⇥……………`). */
export function onlyPlacesToSign(text: string): boolean {
  return holdsPlaceToSign(text) && text.replace(PLACE_TO_SIGN, '').trim() === '';
}

/**
 * The stretches of `column` between its places to sign (`Signed ........ Chair` → `Signed`,
 * `Chair`), trimmed of white space and of the commas and colons that stood against a place
 * (`……………, Jonas Wikström` → `Jonas Wikström`); empty ones left out.
 */
export function besidePlacesToSign(source: string, column: TextNode): TextNode[] {
  const pieces: TextNode[] = [];
  const { start } = column.span;
  let from = 0;
  const add = (pieceEnd: number) => {
    let s = start + from;
    let e = start + pieceEnd;
    while (s < e && /[\s,;]/.test(source.charAt(s))) s++;
    while (e > s && /[\s,;]/.test(source.charAt(e - 1))) e--;
    const piece = trimmedNode(source, s, e);
    if (piece.text) pieces.push(piece);
  };
  for (const m of column.text.matchAll(PLACE_TO_SIGN)) {
    add(m.index);
    from = m.index + m[0].length;
  }
  add(column.text.length);
  return pieces;
}

/** A place to sign drawn long enough not to be an ellipsis in a sentence: five dots or underscores or more, or two ellipses. */
const LONG_PLACE_TO_SIGN = /…(?: ?[.…])+|\.(?: ?[.…]){4,}|_{5,}/;

/**
 * Whether the line `text` is a signature line that names nobody: a place to sign drawn long
 * (`Signed ........................ Chair`, `Date ………………`, `______________`) with nothing beside
 * its places but short labels or captions — three words at most each, and no digit. A sentence
 * that trails off (`The chair thanked everyone.....`) is none.
 */
export function isSignatureLine(text: string): boolean {
  if (!LONG_PLACE_TO_SIGN.test(text) || /\d/.test(text)) return false;
  for (const piece of text.split(PLACE_TO_SIGN)) {
    const words = piece.replace(/[,;]/g, ' ').trim();
    if (words !== '' && words.split(/\s+/).length > 3) return false;
  }
  return true;
}

/**
 * What stands beside a place to sign that names nobody: a label (`Signed`, `Date:`, `Underskrift`
 * — one word, or words ending in a colon) or a caption (`Chair`, `(Chair)`).
 */
export function isSignatureLabel(piece: string): boolean {
  return piece.includes(':') || !/\s/.test(piece) || captionOf(piece) !== undefined || isRoleWord(piece);
}

/** The words of a caption in parentheses, `(Chairman)` → `Chairman`, when that is all the text is and it holds no digit. */
export function captionOf(text: string): string | undefined {
  const m = /^\(([^()]+)\)$/.exec(text.trim());
  const inside = m?.[1]?.trim();
  return inside && !/\d/.test(inside) ? inside : undefined;
}

/** A caption node: the words inside the parentheses of `node`, placed where they stand. */
export function captionNode(source: string, node: TextNode): TextNode | undefined {
  if (captionOf(node.text) === undefined) return undefined;
  return trimmedNode(source, node.span.start + node.text.indexOf('(') + 1, node.span.start + node.text.lastIndexOf(')'));
}

/**
 * A name followed by its role in parentheses on one line, `Tom Reed (Chair)`: the name and the
 * role, when the parentheses hold a role word. Undefined otherwise (`Eva Berg (S)` stays whole).
 */
export function nameWithRole(source: string, node: TextNode): { name: TextNode; role: TextNode } | undefined {
  const text = node.text;
  if (!text.endsWith(')')) return undefined;
  const open = text.lastIndexOf('(');
  if (open <= 0) return undefined;
  const role = trimmedNode(source, node.span.start + open + 1, node.span.end - 1);
  if (!isRoleWord(role.text)) return undefined;
  const name = trimmedNode(source, node.span.start, node.span.start + open);
  return name.text ? { name, role } : undefined;
}

/** Words that lead into a date: `on 3 June 2025`, `den 20 mars`, `dated 3 June`. */
const DATE_LEAD = /^(?:on|the|dated|den|d\.|am|of)$/i;
const WEEKDAY = /^(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:en)?,?$/i;

/**
 * A footer value that holds a digit, cut where its date (or other figures) begins: `Tom Reed
 * (Chair) on 3 June 2025` → `Tom Reed (Chair)` and `on 3 June 2025`. The date begins at the word
 * of the first digit, or before the words that lead into it without a comma between (`on`, `den`,
 * a month or weekday name: `April 19, 2025`). What stands before it is the names only when it is
 * more than one word: `Lerum 2025-03-20` is a place and date, all of it the note. Undefined when
 * `value` holds no digit.
 */
export function splitAtDate(source: string, value: TextNode): { names?: TextNode; date: TextNode } | undefined {
  const text = value.text;
  let digit = 0;
  while (digit < text.length && !isDigit(text.charCodeAt(digit))) digit++;
  if (digit === text.length) return undefined;
  let cut = digit;
  while (cut > 0 && !/\s/.test(text.charAt(cut - 1))) cut--;
  // Back over the words that lead into the date, each parted from the next by white space only.
  for (;;) {
    let before = cut;
    while (before > 0 && /\s/.test(text.charAt(before - 1))) before--;
    let wordStart = before;
    while (wordStart > 0 && !/\s/.test(text.charAt(wordStart - 1))) wordStart--;
    const word = text.slice(wordStart, before);
    if (word === '' || /[,;)]$/.test(word)) break;
    const bare = word.replace(/[.,]$/, '');
    if (!DATE_LEAD.test(word) && !WEEKDAY.test(word) && monthNumber(bare) === undefined) break;
    cut = wordStart;
  }
  const names = trimmedNode(source, value.span.start, value.span.start + cut);
  const bareNames = names.text.replace(/[\s,;:–-]+$/, '');
  const date = trimmedNode(source, value.span.start + cut, value.span.end);
  if (!/\s/.test(bareNames)) return { date: value };
  return { names: trimmedNode(source, names.span.start, names.span.start + bareNames.length), date };
}
