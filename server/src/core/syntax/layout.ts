import type { IToken } from 'chevrotain';
import { isDigit } from '../text/digits';
import { NAME_PARTICLES } from '../text/names';
import { isWhiteSpace } from '../text/whiteSpace';
import { minutesLexer } from './lexer';
import { LineToken } from './lineToken';
import { endsSentence, LineBreakCounter, startsLowerCase, type LineBreakCounts } from './regions';
import { FooterLine, ItemLine } from './tokens';

/**
 * Where the regions of a document begin, read from the text line by line before anything is
 * lexed, so that each region can then be lexed, parsed and built on its own and its tokens die
 * young (`parse.ts`). The lexer classifies every line by itself, so these are the lines it would
 * make an `ItemLine` or a `FooterLine`:
 *
 * - an item heading begins with a character of `ItemLine`'s start hint (a digit, `§`, an
 *   invisible character) and matches `ItemLine`'s expression; no pattern before `ItemLine`
 *   (`tokens.ts`) matches such a line;
 * - a line that matches `FooterLine`'s expression is lexed alone to learn whether an earlier
 *   pattern takes it. The footer begins at the first footer line below the last item heading,
 *   and everything after it is footer; a footer keyword with an item heading below it
 *   (`Approved: the minutes of the last meeting` in item 1) is a line of its item or of the
 *   header, which `parse.ts` reads as the lexer would without footer keywords. Below a footer
 *   keyword, only a heading that takes the items up again counts (`continuesItems`): numbered
 *   lines of a signature block, or a date such as `20. mars 2025`, stay in the footer.
 *
 * With the headings comes each item's line-break evidence (`countLineBreaks` in `regions.ts`,
 * from the same lines): whether the document is double-spaced must be known before any item is
 * built. `test/core/layout.test.ts` holds all of it to a lexing of the whole text.
 */
export interface Layout {
  /** Offset of each item heading, in text order (all of them stand before the footer). */
  readonly itemStarts: readonly number[];
  /** The zero-based line of each item heading. */
  readonly itemLines: readonly number[];
  /** Each item's mid-sentence line breaks. */
  readonly lineBreaks: readonly LineBreakCounts[];
  /** Offset and zero-based line of the footer's first line; absent without a footer. */
  readonly footer?: { readonly offset: number; readonly line: number };
  /**
   * The offset at which every line of the source starts, the first at 0 and the last at the
   * source's length (after its final line break): what `LineIndex` finds, read in the same pass
   * rather than in one of its own (for the text without the final line break the parser may have
   * added, see `lineStartsOf`).
   */
  readonly lineStarts: Int32Array;
}

const ITEM_HEADING = sticky(ItemLine.PATTERN);
const FOOTER_KEYWORD = sticky(FooterLine.PATTERN);
/**
 * The characters an item heading and a footer line can begin with (the lexer's own hints: a
 * digit, `§` or an invisible character; a footer keyword's first letter), so most lines need no
 * expression: tables by character code, which every line of a document is looked up in.
 */
const ITEM_FIRST = firstCharacterTable(ItemLine.START_CHARS_HINT ?? []);
const FOOTER_FIRST = firstCharacterTable(FooterLine.START_CHARS_HINT ?? []);

function firstCharacterTable(chars: readonly (string | number)[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[typeof c === 'number' ? c : c.charCodeAt(0)] = 1;
  return table;
}

function sticky(pattern: unknown): RegExp {
  if (!(pattern instanceof RegExp)) throw new Error('layout.ts reads token patterns that are regular expressions');
  return new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
}

/** The layout of `source`, which ends in a line break (as the lexer reads it). */
export function readLayout(source: string): Layout {
  const itemStarts: number[] = [];
  const itemLines: number[] = [];
  const lineBreaks: LineBreakCounts[] = [];
  /**
   * The footer so far: the first footer line since the last item heading, and the evidence of
   * the item before it up to that line. An item heading below it makes it a line of that item.
   */
  let footer: Layout['footer'];
  let countsAtFooter: LineBreakCounts | undefined;
  /** The footer keyword's line goes on in words of a sentence (`Approved: the minutes of …`). */
  let footerIsProse = false;
  /** A heading below the footer keyword was a line of the footer: the footer stands. */
  let footerLocked = false;
  /** The evidence of the item being read, the same count as `countLineBreaks` over its tokens. */
  let counter: LineBreakCounter | undefined;

  const hasCarriageReturn = source.includes('\r');
  const starts = new LineStarts(source.length);
  let line = 0;
  for (let start = 0; start < source.length; line++) {
    starts.add(start);
    const next = nextLineStart(source, start, hasCarriageReturn);
    const heading = isItemHeading(source, start);
    // Below a footer keyword, a heading either takes the items up again (the keyword was a line
    // of an item) or is a line of the footer; once one is, the footer stands.
    if (heading && footer !== undefined && !footerLocked && !continuesItems(source, start, next, itemStarts, footerIsProse)) footerLocked = true;
    if (heading && (footer === undefined || !footerLocked)) {
      footer = undefined;
      if (counter) lineBreaks.push(counter.counts);
      counter = new LineBreakCounter();
      itemStarts.push(start);
      itemLines.push(line);
      start = next;
      continue;
    }
    if (footer === undefined && !heading && isFooterLine(source, start, next)) {
      footer = { offset: start, line };
      countsAtFooter = counter?.counts;
      footerIsProse = holdsProse(source, start, next);
    }
    // Counted as an item's line too, in case an item heading follows the footer keyword.
    if (counter) {
      if (isBlankLine(source, start, next)) counter.blank();
      else counter.text(endsSentence(source, start, next), startsLowerCase(source, start, next));
    }
    start = next;
  }
  // The source ends in a line break, after which the line index counts one more, empty, line.
  starts.add(source.length);
  if (counter) lineBreaks.push(footer && countsAtFooter ? countsAtFooter : counter.counts);
  const lineStarts = starts.done();
  return footer ? { itemStarts, itemLines, lineBreaks, footer, lineStarts } : { itemStarts, itemLines, lineBreaks, lineStarts };
}

/**
 * Whether an item heading below a footer keyword takes the items up again, so that the keyword
 * was no footer (`1. Minutes` / `Approved: the minutes of 11 February` / `2. Budget`). A heading
 * written in another form than the items before it (`20. mars 2025` after `§ 19`), or whose title
 * starts in lower case (`20. mars 2025`), is a line of the footer. Otherwise: when the keyword
 * line goes on in words of a sentence (`holdsProse`), it was no footer whatever the number; when
 * it is a footer's (`Approved by:`, `Justeras`, `Antecknat av: Anna Andersson`), only the first
 * item or one numbered one past the last item takes the items up again — numbered lines of a
 * signature block (`1. Jane Smith` after item 7) are the footer's.
 */
function continuesItems(source: string, start: number, end: number, itemStarts: readonly number[], afterProse: boolean): boolean {
  const last = itemStarts[itemStarts.length - 1];
  if (titleStartsLowerCase(source, start, end)) return false;
  if (last === undefined) return true;
  if (withParagraphSign(source, start) !== withParagraphSign(source, last)) return false;
  return afterProse || headingNumber(source, start) === headingNumber(source, last) + 1;
}

/** Whether the heading at `start` is written with `§`. */
function withParagraphSign(source: string, start: number): boolean {
  for (let i = start; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0xa7) return true;
    if (isDigit(c)) return false;
  }
  return false;
}

/** Whether the title of the heading `[start, end)` begins with a letter in lower case (`20. mars 2025`). */
function titleStartsLowerCase(source: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && !isDigit(source.charCodeAt(i))) i++;
  while (i < end && (isDigit(source.charCodeAt(i)) || source.charCodeAt(i) === 46)) i++;
  return startsLowerCase(source, i, end);
}

/**
 * Whether the footer keyword's line `[start, end)` goes on in words of a sentence: two words or
 * more in lower case after the colon (`Approved: the minutes of 11 February`), not counting `och`,
 * `and` and name particles. A footer's value is names and a role (`Eva Berg, ordförande`).
 */
function holdsProse(source: string, start: number, end: number): boolean {
  const colon = source.indexOf(':', start);
  if (colon < 0 || colon >= end) return false;
  let words = 0;
  for (const m of source.slice(colon + 1, end).matchAll(LOWER_CASE_WORD)) if (m[0] !== 'och' && m[0] !== 'and' && !NAME_PARTICLES.has(m[0])) words++;
  return words >= 2;
}

const LOWER_CASE_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu;

/** The number of the item heading at `start`: after invisible characters and a `§`, its digits. */
function headingNumber(source: string, start: number): number {
  let i = start;
  while (i < source.length && !isDigit(source.charCodeAt(i))) i++;
  let n = 0;
  for (; i < source.length && isDigit(source.charCodeAt(i)); i++) n = n * 10 + (source.charCodeAt(i) - 48);
  return n;
}

/** Line starts collected in a typed array that doubles when full: no array of boxed numbers. */
class LineStarts {
  private starts: Int32Array;
  private count = 0;

  constructor(length: number) {
    // About one line per 48 characters of minutes; grown as needed.
    this.starts = new Int32Array(Math.max(16, (length >> 5) + 1));
  }

  add(start: number): void {
    if (this.count === this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.count++] = start;
  }

  done(): Int32Array {
    return this.starts.slice(0, this.count);
  }
}

/**
 * The line starts of `text` from those of its layout, read from `text` or from `text` with a
 * final line break added: such a break ends the last line and starts none, whereas a break of
 * the text's own starts an empty last line at the text's end.
 */
export function lineStartsOf(layout: Layout, text: string): Int32Array {
  const starts = layout.lineStarts;
  // The source's last start is its length: the text's own only when the parser added nothing.
  return starts[starts.length - 1] === text.length ? starts : starts.subarray(0, starts.length - 1);
}

/** Where the line after the one starting at `start` begins (the text's length after the last). */
function nextLineStart(source: string, start: number, hasCarriageReturn: boolean): number {
  if (!hasCarriageReturn) {
    const lf = source.indexOf('\n', start);
    return lf < 0 ? source.length : lf + 1;
  }
  for (let i = start; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return source.length;
}

/** A line of horizontal white space only: a `BlankLine` (the first pattern, which nothing precedes). */
function isBlankLine(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (!isWhiteSpace(c)) return false;
  }
  return true;
}

/** Whether the lexer makes the line starting at `start` of `source` an `ItemLine`. */
export function isItemHeading(source: string, start: number): boolean {
  if (ITEM_FIRST[source.charCodeAt(start)] !== 1) return false;
  ITEM_HEADING.lastIndex = start;
  return ITEM_HEADING.test(source);
}

/**
 * Whether the lexer makes the line `[start, end)` of `source` (which ends in a line break, as
 * the lexer reads it) a `FooterLine`.
 */
export function isFooterLine(source: string, start: number, end: number): boolean {
  if (FOOTER_FIRST[source.charCodeAt(start)] !== 1) return false;
  FOOTER_KEYWORD.lastIndex = start;
  if (!FOOTER_KEYWORD.test(source)) return false;
  // An earlier pattern may take the line first: ask the lexer about this line alone.
  const token: IToken | undefined = minutesLexer.tokenize(source.slice(start, end)).tokens[0];
  return token?.tokenType === FooterLine;
}

/**
 * The tokens of the region `[start, end)` of `source` (which begins at zero-based line `line`),
 * lexed on their own and placed where lexing the whole text would put them: offsets and line
 * numbers are moved by the region's start (columns need no change: a region begins a line).
 */
export function lexRegion(source: string, start: number, end: number, line: number): IToken[] {
  const tokens = minutesLexer.tokenize(start === 0 && end === source.length ? source : source.slice(start, end)).tokens;
  if (start === 0 && line === 0) return tokens;
  for (const token of tokens) {
    token.startOffset += start;
    if (token.startLine !== undefined) token.startLine += line;
    // A `LineToken` works out its end from its start; another token keeps its own.
    if (token instanceof LineToken) continue;
    if (token.endOffset !== undefined) token.endOffset += start;
    if (token.endLine !== undefined) token.endLine += line;
  }
  return tokens;
}
