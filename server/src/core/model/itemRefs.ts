import { isCapital } from '../text/capitals';
import { isDigit } from '../text/digits';
import { isWhiteSpace } from '../text/whiteSpace';
import type { TextNode } from '../text/span';
import type { ItemRef } from './types';

/**
 * `punkt 4`, `item 4`, `§ 4`. That `punkt` and `item` begin a word is tested apart (`wordBefore`):
 * as a look-behind at the head of the expression, V8 tried it at every position of the line.
 */
const ITEM_REFERENCE = /(?:punkt|item)\s+(\d{1,6})(?![\p{N}])|§\s*(\d{1,6})(?![\p{N}])/giu;

/** A letter or a digit: what may not stand before `punkt` or `item`. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Rules out most lines cheaply: the full pattern needs Unicode classes and look-behind. */
const MAYBE = /punkt|item|§/i;

/** `3.2`, `3,2`, `3:2`: a sub-point or a number with decimals, not item 3. */
const SUB_NUMBER = /^[.,:]\d/;

/**
 * What places a number in another document: `punkt 4 i revisionsrapporten`, `§ 12 i stadgarna`,
 * `punkt 7 i bilaga 5`, `item 4 of the report`. The document is a noun in its definite form
 * (`avtalet`, `stadgarna`) or with an article; these minutes' own agenda and minutes share their
 * numbers (`punkt 4 i dagordningen`, `item 4 on the agenda`), and `i sin helhet`, `i maj` name no
 * document, so those stay references.
 */
const OWN_DOCUMENT = String.raw`(?:dagens\s+|denna\s+|detta\s+)?(?:dagordning|kallelse|föredragningslist|protokoll|anteckning|minnesanteckning|agenda|minutes|meeting|mötet|sammanträde)`;
/**
 * What places a number in another meeting: `punkt 9 i förra veckans anteckningar`, `punkt 7 i
 * föregående protokoll`, `§ 4 på nästa möte`, `item 12 of last year's minutes`, `item 6 at the
 * next meeting`.
 */
const OTHER_MEETING = String.raw`(?:i|på|vid|från|ur)\s+(?:förra|föregående|nästa|kommande|tidigare|senaste)(?![\p{L}\p{M}])|(?:(?:of|in|from|for)\s+(?:the\s+)?|at\s+(?:the|our)\s+)(?:last|previous|next|following|coming|prior|future)(?![\p{L}])|at\s+next(?![\p{L}])`;
const IN_ANOTHER_DOCUMENT = new RegExp(
  String.raw`^\s+(?:${OTHER_MEETING}|(?:i|ur)\s+(?!${OWN_DOCUMENT})(?:bilaga\b|[\p{L}-]+(?:en|et|na)(?![\p{L}\p{M}]))|(?:of|in)\s+(?:appendix|annex|attachment|enclosure)\b|(?:of|in)\s+(?:the|this|that|its|their|our|an?)\s+(?!${OWN_DOCUMENT})\p{L})`,
  'iu',
);

/** `bilaga 5, punkt 7`, `Appendix 2 item 3`: a point of an attachment. */
const AFTER_ATTACHMENT = /(?:bilaga|bilagan|appendix|annex|attachment|enclosure)\s+\d+[a-z]?\s*[,:]?\s*$/iu;

/** How near the line's end a reference stands for the words after it to be read on the next line too (`se punkt 7 i` / `förra veckans …`). */
const NEAR_END = 12;

/** A date just before a reference (`2025-01-27`, `27 januari 2025`), at the end of the text asked. */
const DATE_AT_END = /(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})$/u;

/**
 * Whether the reference at `at` in `text` is a paragraph of another body's or meeting's minutes,
 * named right before it: a body's abbreviation in capitals (`KF § 12`, `KSAU § 45`, `BUN punkt
 * 3`) or a date (`2025-01-27 § 12`, `den 27 januari 2025, § 12`), as a protokoll cites the
 * decision it carries out; white space and a comma may stand between. An item word in capitals
 * (`PUNKT § 4`) is none. By character codes from the reference back: most references have a
 * word in lower case before them.
 */
export function namesOtherMeeting(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 44 /* , */) {
    end--;
    while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  }
  if (end === 0) return false;
  if (isDigit(text.charCodeAt(end - 1))) return DATE_AT_END.test(text.slice(Math.max(0, end - 25), end));
  let start = end;
  while (start > 0 && isCapital(text.charCodeAt(start - 1))) start--;
  const length = end - start;
  if (length < 2 || length > 6 || (start > 0 && LETTER_OR_DIGIT.test(text.charAt(start - 1)))) return false;
  const word = text.slice(start, end);
  return word !== 'PUNKT' && word !== 'ITEM';
}

/**
 * References to items in running text: `punkt 4`, `item 4`, `§ 4`. Not a sub-point (`punkt 3.2`),
 * nor a point of another document (`§ 12 i stadgarna`, `bilaga 5, punkt 7`) or of another body's
 * or meeting's minutes (`KF § 12`, `punkt 9 i förra veckans anteckningar`). `source`, when given,
 * is the text the line is a piece of (its `span` is in it): what follows the line is then read
 * too, as a sentence wrapped there goes on (`se punkt 7 i` / `förra veckans anteckningar.`).
 */
export function findItemRefs(line: TextNode, source?: string): ItemRef[] {
  const refs: ItemRef[] = [];
  const text = line.text;
  if (!MAYBE.test(text)) return refs;
  ITEM_REFERENCE.lastIndex = 0;
  for (let m = ITEM_REFERENCE.exec(text); m; m = ITEM_REFERENCE.exec(text)) {
    if (m[1] !== undefined && wordBefore(text, m.index)) {
      // Inside a word (`xpunkt 4`): no reference here; the search goes on from the next character.
      ITEM_REFERENCE.lastIndex = m.index + 1;
      continue;
    }
    const digits = m[1] ?? m[2] ?? '';
    const end = m.index + m[0].length;
    // Near the line's end (`se punkt 7 i`), what follows goes on on the next line.
    const after = source === undefined || text.length - end > NEAR_END ? text.slice(end, end + 60) : source.slice(line.span.start + end, line.span.start + end + 60);
    if (SUB_NUMBER.test(after) || IN_ANOTHER_DOCUMENT.test(after) || AFTER_ATTACHMENT.test(text.slice(Math.max(0, m.index - 30), m.index)) || namesOtherMeeting(text, m.index)) continue;
    const at = line.span.start + m.index + m[0].lastIndexOf(digits);
    refs.push({ number: Number(digits), span: { start: at, end: at + digits.length } });
  }
  return refs;
}

/** Whether a letter or a digit (a whole code point, surrogate pairs included) stands just before `at`. */
function wordBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  const start = code >= 0xdc00 && code <= 0xdfff && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2)) ? at - 2 : at - 1;
  return LETTER_OR_DIGIT.test(text.slice(start, at));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
