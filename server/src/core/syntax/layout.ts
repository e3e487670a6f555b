import type { IToken } from 'chevrotain';
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
  /** The evidence of the item being read, the same count as `countLineBreaks` over its tokens. */
  let counter: LineBreakCounter | undefined;

  const hasCarriageReturn = source.includes('\r');
  const starts = new LineStarts(source.length);
  let line = 0;
  for (let start = 0; start < source.length; line++) {
    starts.add(start);
    const next = nextLineStart(source, start, hasCarriageReturn);
    if (isItemHeading(source, start) && (footer === undefined || continuesItems(source, start, itemStarts))) {
      footer = undefined;
      if (counter) lineBreaks.push(counter.counts);
      counter = new LineBreakCounter();
      itemStarts.push(start);
      itemLines.push(line);
      start = next;
      continue;
    }
    if (footer === undefined && isFooterLine(source, start, next)) {
      footer = { offset: start, line };
      countsAtFooter = counter?.counts;
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
 * was no footer (`1. Minutes` / `Approved: …` / `2. Budget`): it is the first item, or its number
 * follows the last item's. A heading that does not (`Justeras:` / `20. mars 2025`, `Approved by:`
 * / `1. Jane Smith` / `2. Tom Reed` after item 7) is a line of the footer.
 */
function continuesItems(source: string, start: number, itemStarts: readonly number[]): boolean {
  const last = itemStarts[itemStarts.length - 1];
  return last === undefined || headingNumber(source, start) === headingNumber(source, last) + 1;
}

/** The number of the item heading at `start`: after invisible characters and a `§`, its digits. */
function headingNumber(source: string, start: number): number {
  let i = start;
  while (i < source.length && !isDigit(source.charCodeAt(i))) i++;
  let n = 0;
  for (; i < source.length && isDigit(source.charCodeAt(i)); i++) n = n * 10 + (source.charCodeAt(i) - 48);
  return n;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
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
