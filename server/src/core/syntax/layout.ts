import type { IToken } from 'chevrotain';
import { isDigit } from '../text/digits';
import { NAME_PARTICLES } from '../text/names';
import { minutesLexer } from './lexer';
import { lineOf, nextLineStart } from './blankLines';
import { LineBreakCounter, startsLowerCase, type LineBreakCounts } from './regions';
import { isSignatureLine } from '../model/footerLine';
import { FieldLine, FooterLine, HeaderFieldLine, ItemLine, TextLine } from './tokens';
import { isVoteLine } from './voteLine';

/**
 * Where the regions of a document begin, read from its tokens (one per line that holds
 * something, `tokens.ts`), so that each region can then be parsed and built on its own
 * (`parse.ts`):
 *
 * - the item headings are the `ItemLine` tokens;
 * - the footer begins at the first `FooterLine` below the last item heading, and everything after
 *   it is footer; a footer keyword with an item heading below it (`Approved: the minutes of the
 *   last meeting` in item 1), or one that records a vote (`Approved: 7 in favour, 0 against`,
 *   `voteLine.ts`), is a line of its item or of the header, which `parse.ts` reads as the lexer
 *   would without footer keywords. Below a footer keyword, only a heading that takes
 *   the items up again counts (`continuesItems`): numbered lines of a signature block, or a date
 *   such as `20. mars 2025`, stay in the footer.
 *
 * With the headings comes each item's line-break evidence (`countLineBreaks` in `regions.ts`,
 * from the same lines), from which the parser learns whether the document is double-spaced.
 * Every token is one line and knows it (`startLine`); the lines between two tokens' lines are
 * blank, which is how they count as evidence and how their starts are found, so that the line
 * starts of the whole text come out of the same pass. `test/core/layout.test.ts` holds all of it
 * to a reading of the tokens written apart.
 */
export interface Layout {
  /** The zero-based line of each item heading, in text order. */
  readonly itemLines: readonly number[];
  /** Each item's mid-sentence line breaks. */
  readonly lineBreaks: readonly LineBreakCounts[];
  /** The zero-based line of the footer's first line; absent without a footer. */
  readonly footerLine?: number;
  /**
   * Whether a `FooterLine` stands above an item heading, as a line of its item or of the header
   * (`withoutFooterLines` in `parse.ts` reads it as the lexer would without footer keywords).
   */
  readonly footerLinesInItems: boolean;
  /**
   * The offset at which every line of the source starts, the first at 0 and the last at the
   * source's length (after its final line break): what `LineIndex` finds, taken from the tokens
   * and the blank lines between them rather than found in a pass of its own (for the text
   * without the final line break the parser may have added, see `lineStartsOf`).
   */
  readonly lineStarts: Int32Array;
}

const ITEM_HEADING = sticky(ItemLine.PATTERN);
const FOOTER_KEYWORD = sticky(FooterLine.PATTERN);
/**
 * The characters an item heading and a footer line can begin with (the lexer's own hints: a
 * digit, `§` or an invisible character; a footer keyword's first letter), so most lines need no
 * expression in `isItemHeading` and `isFooterLine`: tables by character code.
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

/** The layout of `source` (which ends in a line break) from its tokens, as the lexer makes them. */
export function readLayout(tokens: readonly IToken[], source: string): Layout {
  const reader = new LayoutReader(source);
  for (const token of tokens) reader.feed(token);
  return reader.finish();
}

/** What a line is to the regions, as `LayoutReader.feed` answers. */
export const enum LineRole {
  /** A line of the region being read (or of the footer, once it stands). */
  Line,
  /** An item heading: the region before it ends, and an item begins. */
  Heading,
  /**
   * A heading that makes the footer stand (`continuesItems`): the footer begins at the footer
   * line `LayoutReader.footer`, and this line and all that follow are the footer's.
   */
  FooterStands,
}

/**
 * Reads the layout line by line, so that a reader of the tokens (`parseMinutes`) can build each
 * region as soon as it ends rather than hold every token of the text. `feed` takes the lines in
 * order, from the first; `finish` gives the whole layout.
 */
export class LayoutReader {
  readonly itemLines: number[] = [];
  /** Each item's evidence, pushed when its region ends at the next heading (the last one's in `finish`). */
  readonly lineBreaks: LineBreakCounts[] = [];
  /**
   * The footer so far: the first footer line since the last item heading. An item heading below
   * it either makes it a line of that item or, once one does not, makes the footer stand.
   */
  footer: number | undefined;
  #countsAtFooter: LineBreakCounts | undefined;
  /** The footer keyword's line goes on in words of a sentence (`Approved: the minutes of …`). */
  #footerIsProse = false;
  /** A heading below the footer keyword was a line of the footer: the footer stands. */
  #footerLocked = false;
  #footerLinesInItems = false;
  /** The evidence of the item being read, the same count as `countLineBreaks` over its tokens. */
  #counter: LineBreakCounter | undefined;
  #lastHeadingStart: number | undefined;
  readonly #source: string;
  #starts: Int32Array;
  /** The line after the last token's: the first line not yet read. */
  #line = 0;
  /** Where that line starts. */
  #lineStart = 0;

  constructor(source: string) {
    this.#source = source;
    // About one line per 48 characters of minutes; grown as needed.
    this.#starts = new Int32Array(Math.max(16, (source.length >> 5) + 2));
  }

  feed(token: IToken): LineRole {
    const line = lineOf(token);
    const source = this.#source;
    const type = token.tokenType;
    const start = token.startOffset;
    const next = start + token.image.length;
    if (line > this.#line) this.#blankLines(line);
    this.#line = line + 1;
    this.#lineStart = next;
    while (line >= this.#starts.length - 1) this.#grow();
    this.#starts[line] = start;
    if (this.#footerLocked) return LineRole.Line;
    if (type === ItemLine) {
      // Below a footer keyword, a heading either takes the items up again (the keyword was a line
      // of an item) or is a line of the footer; once one is, the footer stands.
      if (this.footer !== undefined && !continuesItems(source, start, next, this.#lastHeadingStart, this.#footerIsProse)) {
        this.#footerLocked = true;
        return LineRole.FooterStands;
      }
      if (this.footer !== undefined) this.#footerLinesInItems = true;
      this.footer = undefined;
      if (this.#counter) this.lineBreaks.push(this.#counter.counts);
      this.#counter = new LineBreakCounter();
      this.itemLines.push(line);
      this.#lastHeadingStart = start;
      return LineRole.Heading;
    }
    if (this.footer === undefined && type === FooterLine) {
      // A vote (`Approved: 7 in favour, 0 against`) is its item's text, never the footer.
      if (isVoteLine(source, start, next)) {
        this.#footerLinesInItems = true;
        this.#counter?.text(source, start, next);
        return LineRole.Line;
      }
      this.footer = line;
      this.#countsAtFooter = this.#counter?.counts;
      this.#footerIsProse = holdsProse(source, start, next);
      this.#signatureLinesAbove(line);
    }
    // Counted as an item's line too, in case an item heading follows the footer keyword.
    this.#counter?.text(source, start, next);
    return LineRole.Line;
  }

  /**
   * The blank lines from the first line not yet read up to `line` (a token's): where each starts,
   * and, as the lines of the item being read, the evidence they are.
   */
  #blankLines(line: number): void {
    const source = this.#source;
    const counter = this.#footerLocked ? undefined : this.#counter;
    let start = this.#lineStart;
    for (let blank = this.#line; blank < line; blank++) {
      while (blank >= this.#starts.length - 1) this.#grow();
      this.#starts[blank] = start;
      start = nextLineStart(source, start);
      counter?.blank();
    }
  }

  /**
   * Signature lines written just above the footer keyword on `line` (`Signed ........ Chair` /
   * `Date ........` / `Minutes taken by: …`), below the last item heading, with only blank lines
   * among them: the footer begins at the first of them, and the item's evidence is counted
   * without them. Asked once for each footer keyword line, looking back over those lines only.
   */
  #signatureLinesAbove(line: number): void {
    const heading = this.itemLines[this.itemLines.length - 1];
    if (heading === undefined) return;
    const source = this.#source;
    const starts = this.#starts;
    let first = line;
    for (let above = line - 1; above > heading; above--) {
      const start = starts[above] as number;
      const end = starts[above + 1] as number;
      if (isBlankLine(source, start, end)) continue;
      if (!isSignatureLineAt(source, start, end)) break;
      first = above;
    }
    if (first === line) return;
    this.footer = first;
    // The item's evidence up to the signature lines, counted again from its heading.
    const counter = new LineBreakCounter();
    for (let below = heading + 1; below < first; below++) {
      const start = starts[below] as number;
      const end = starts[below + 1] as number;
      if (isBlankLine(source, start, end)) counter.blank();
      else counter.text(source, start, end);
    }
    this.#countsAtFooter = counter.counts;
  }

  /** The layout, once every line has been fed. */
  finish(): Layout {
    const { itemLines, lineBreaks, footer } = this;
    // Blank lines after the last token, up to the source's end.
    const source = this.#source;
    for (let start = this.#lineStart; start < source.length; start = nextLineStart(source, start)) {
      while (this.#line >= this.#starts.length - 1) this.#grow();
      this.#starts[this.#line++] = start;
    }
    // The source ends in a line break, after which the line index counts one more, empty, line.
    // A view of the reader's array rather than a copy: its spare room (the constructor's estimate
    // is about twice the lines of ordinary minutes) costs less than a second array for every text.
    const lineStarts = this.#starts.subarray(0, this.#line + 1);
    lineStarts[this.#line] = this.#source.length;
    if (this.#counter) lineBreaks.push(footer !== undefined && this.#countsAtFooter ? this.#countsAtFooter : this.#counter.counts);
    const footerLinesInItems = this.#footerLinesInItems;
    return footer === undefined ? { itemLines, lineBreaks, footerLinesInItems, lineStarts } : { itemLines, lineBreaks, footerLine: footer, footerLinesInItems, lineStarts };
  }

  #grow(): void {
    const grown = new Int32Array(this.#starts.length * 2);
    grown.set(this.#starts);
    this.#starts = grown;
  }
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
function continuesItems(source: string, start: number, end: number, last: number | undefined, afterProse: boolean): boolean {
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
export function headingNumber(source: string, start: number): number {
  let i = start;
  while (i < source.length && !isDigit(source.charCodeAt(i))) i++;
  let n = 0;
  for (; i < source.length && isDigit(source.charCodeAt(i)); i++) n = n * 10 + (source.charCodeAt(i) - 48);
  return n;
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

/** Whether the line `[start, end)` of `source` (with its line break) holds only white space: a line the lexer skips. */
function isBlankLine(source: string, start: number, end: number): boolean {
  return BLANK_LINE.test(source.slice(start, end));
}

/** What the lexer's `BlankLine` matches: horizontal white space and the line break. */
const BLANK_LINE = /^[^\S\r\n]*(?:\r\n|\r|\n)?$/;

/**
 * Whether the line `[start, end)` of `source` is a signature line that names nobody
 * (`isSignatureLine`) and a line of text or a `Key:` line to the lexer (`Date: ………`; not an
 * action, a bullet or a heading):
 * above the footer keyword, such lines are the footer's. Also asked of the last line of an item
 * re-read after an edit (`update.ts`).
 */
export function isSignatureLineAt(source: string, start: number, end: number): boolean {
  const line = source.slice(start, end);
  if (!isSignatureLine(line)) return false;
  const type = minutesLexer.tokenize(line).tokens[0]?.tokenType;
  return type === TextLine || type === FieldLine || type === HeaderFieldLine;
}

/**
 * Whether the lexer makes the line starting at `start` of `source` an `ItemLine`: for a reader
 * of a text's lines that does not lex them (the workspace index's `indexText`).
 */
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
