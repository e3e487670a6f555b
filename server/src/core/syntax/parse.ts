import type { CstNode, IRecognitionException, IToken } from 'chevrotain';
import type { CalendarDate } from '../dates/dateValue';
import type { MeetingDocument } from '../model/types';
import { collectSpans, shiftSpans } from '../text/shiftSpans';
import type { Span } from '../text/span';
import type { TextSource } from '../text/textSource';
import { NoteworthyPlaces } from '../model/noteworthy';
import { AstBuilder } from './astBuilder';
import { buildItemPart, NOTHING, type ItemContext } from './itemBuilder';
import { lineTypeWithoutFooter, minutesLexer } from './lexer';
import { minutesParser } from './parser';
import { allProblems, assembleDocument, type DocumentParts, type ItemPart } from './parts';
import { lineStartsOf, readLayout, type Layout } from './layout';
import { countLineBreaks, isDoubleSpaced } from './regions';
import { BlankLine, FooterLine, ItemLine } from './tokens';

/** A place where the grammar had to recover. */
export interface SyntaxProblem {
  /**
   * `unclosed-note` for an attendance note without `)`; `item-heading-form` for an item heading
   * written in a form the language does not read (`1) Apologies`), `keyword-in-attendance` and
   * `keyword-in-footer` for an action or decision line in an attendance list or in the footer
   * (`misplacedLines.ts`); `unexpected` otherwise.
   */
  readonly kind: 'unclosed-note' | 'item-heading-form' | 'keyword-in-attendance' | 'keyword-in-footer' | 'unexpected';
  readonly span: Span;
  /** A description in English, for logs (for `unexpected`, chevrotain's own). */
  readonly detail: string;
  /** What the line has as written (`1)`, `Item 3 –`, `Action:`), for the message. */
  readonly written?: string;
  /** The item number an `item-heading-form` line names. */
  readonly number?: number;
}

export interface ParseResult {
  readonly document: MeetingDocument;
  readonly problems: readonly SyntaxProblem[];
  /** The regions the document was read in, for rebuilding one item after an edit. */
  readonly parts: DocumentParts;
  /** The offset at which each line of the text starts (as `LineIndex` counts lines), found while reading the layout. */
  readonly lineStarts: Int32Array;
}

export interface ParseOptions {
  /** The year for dates without one when the document has no `Datum:`. */
  readonly today?: CalendarDate;
  /**
   * Look for item references in running text and prose assignments (default true). The workspace
   * index reads neither, and skips the search.
   */
  readonly mentions?: boolean;
  /**
   * Read the text as double-spaced (or not) whatever its line breaks say: for a text derived from
   * another whose reading must be kept, as the workspace index's reduced text (`indexText`).
   */
  readonly doubleSpaced?: boolean;
}

/**
 * Parses minutes. Never throws: any string gives a tree, a model and a (usually empty) list of
 * problems. The text always gets a final line break for the grammar, whose line rules end in one;
 * offsets are unaffected because it is added after the last character.
 *
 * The text is lexed once, a token per line, and its tokens read for where its regions begin
 * (`layout.ts`: the item headings, the footer, and each item's line-break evidence). Then each
 * region's tokens are parsed with the grammar rule that reads them — the prefix with `document`,
 * each item with `item`, the footer with `footer` — and built on their own, which places every
 * line exactly where parsing the whole with `document` would. An item's syntax tree is turned
 * into its model at once and then dropped, so a long document never holds its whole tree.
 */
export function parseMinutes(text: string, options: ParseOptions = {}): ParseResult {
  const source = withFinalBreak(text);
  const tokens = minutesLexer.tokenize(source).tokens;
  const layout = readLayout(tokens, source);
  const { itemTokens, footerToken } = layout;
  const startOf = (token: number | undefined): number | undefined => (token === undefined ? undefined : (tokens[token] as IToken).startOffset);
  const footerStart = startOf(footerToken);
  const prefixEnd = itemTokens[0] ?? footerToken ?? tokens.length;

  const builder = new AstBuilder(text, options);
  // Only a footer keyword's line above an item heading needs reading again.
  const retype = layout.footerLinesInItems ? withoutFooterLines : (region: IToken[]) => region;
  const prefixTree = parseRule(retype(tokens.slice(0, prefixEnd)), 'document', text.length);
  const prefix = builder.buildPrefix(prefixTree.cst, prefixTree.problems, startOf(itemTokens[0]) ?? footerStart ?? text.length, itemTokens.length > 0);

  const doubleSpaced = options.doubleSpaced ?? layoutIsDoubleSpaced(layout);
  const ctx: ItemContext = {
    source: text,
    doubleSpaced,
    meetingYear: prefix.meetingYear ?? options.today?.year,
    noteworthy: options.mentions === false ? NoteworthyPlaces.NONE : new NoteworthyPlaces(text),
    joinedNames: prefix.joinedNames,
  };
  const items: ItemPart[] = itemTokens.map((first, i) => {
    const next = itemTokens[i + 1] ?? footerToken;
    const end = next ?? tokens.length;
    const tree = parseRule(retype(tokens.slice(first, end)), 'itemRegion', text.length);
    const region = { start: (tokens[first] as IToken).startOffset, end: startOf(next) ?? text.length, lineBreaks: layout.lineBreaks[i] ?? { adjacent: 0, acrossBlank: 0 }, problems: tree.problems };
    const part = buildItemPart(tree.cst, region, ctx);
    // The item's tokens die with its tree, not with the document's.
    tokens.fill(RELEASED, first + 1, end);
    return part;
  });

  let footer;
  if (footerToken !== undefined && footerStart !== undefined) {
    const tree = parseRule(tokens.slice(footerToken), 'footer', text.length);
    footer = builder.buildFooter(tree.cst, tree.problems, footerStart);
  }
  const parts: DocumentParts = { prefix, items, footer, doubleSpaced };
  return { document: assembleDocument(parts, text.length), problems: allProblems(parts), parts, lineStarts: lineStartsOf(layout, text) };
}

/**
 * Reads the region `[start, end)` of `text` again as items, for an edit that stayed inside one
 * item. Returns undefined when the region no longer reads as items alone — it does not begin
 * with an item heading, or it now holds the footer keyword — so that the caller reads the whole
 * document instead. The region must end at a line break or at the end of the text.
 *
 * Only the region is read from `text` (which may be a document in pieces): it is lexed and built
 * as a string of its own, and the spans of what is built are then moved to the region's place.
 */
export function parseItemRegion(text: TextSource, start: number, end: number, ctx: Omit<ItemContext, 'source' | 'noteworthy'>): ItemPart[] | undefined {
  const region = text.slice(start, end);
  const source = end >= text.length ? withFinalBreak(region) : region;
  const tokens = minutesLexer.tokenize(source).tokens;
  if (tokens.length === 0 || (tokens[0] as IToken).tokenType !== ItemLine) return undefined;
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as IToken;
    if (token.tokenType === ItemLine) starts.push(i);
    else if (token.tokenType === FooterLine) return undefined;
  }
  const local: ItemContext = { doubleSpaced: ctx.doubleSpaced, meetingYear: ctx.meetingYear, joinedNames: ctx.joinedNames, source, noteworthy: new NoteworthyPlaces(source) };
  // A problem at the end of the input stands at the end of the whole text, as in a full parse.
  const endOfText = text.length - start;
  return starts.map((first, i) => {
    const next = starts[i + 1];
    const slice = tokens.slice(first, next ?? tokens.length);
    const tree = parseRule(slice, 'itemRegion', endOfText);
    const regionEnd = next === undefined ? end - start : (tokens[next] as IToken).startOffset;
    const part = buildItemPart(tree.cst, { start: (slice[0] as IToken).startOffset, end: regionEnd, lineBreaks: countLineBreaks(slice.slice(1)), problems: tree.problems }, local);
    return moveItemPart(part, start);
  });
}

/** Moves a part built from a region read on its own to where the region stands in the text. */
function moveItemPart(part: ItemPart, delta: number): ItemPart {
  if (delta === 0) return part;
  shiftSpans(collectSpans([part.item, part.comments, part.textItemRefs, part.proseAssignments, part.problems]), delta);
  part.start += delta;
  part.end += delta;
  return part;
}

/**
 * Whether `parseMinutes` reads `text` as double-spaced (see `isDoubleSpaced`): for a reader that
 * must decide it before parsing, as the workspace index does.
 */
export function readsAsDoubleSpaced(text: string): boolean {
  const source = withFinalBreak(text);
  return layoutIsDoubleSpaced(readLayout(minutesLexer.tokenize(source).tokens, source));
}

function layoutIsDoubleSpaced(layout: Layout): boolean {
  let adjacent = 0;
  let acrossBlank = 0;
  for (const counts of layout.lineBreaks) {
    adjacent += counts.adjacent;
    acrossBlank += counts.acrossBlank;
  }
  return isDoubleSpaced({ adjacent, acrossBlank });
}

/**
 * The tokens of a region before the footer, with any footer keyword's line (which an item heading
 * follows, see `layout.ts`) given the type the lexer gives it without footer keywords: a `Key:`
 * field or a line of text of its item or header.
 */
function withoutFooterLines(tokens: IToken[]): IToken[] {
  for (const token of tokens) {
    if (token.tokenType !== FooterLine) continue;
    const type = lineTypeWithoutFooter(token.image);
    token.tokenType = type;
    token.tokenTypeIdx = type.tokenTypeIdx as number;
  }
  return tokens;
}

function withFinalBreak(text: string): string {
  return text.endsWith('\n') || text.endsWith('\r') ? text : `${text}\n`;
}

function parseRule(tokens: IToken[], rule: 'document' | 'itemRegion' | 'footer', length: number): { cst: CstNode; problems: readonly SyntaxProblem[] } {
  minutesParser.input = tokens;
  const cst = minutesParser[rule]();
  const errors = minutesParser.errors;
  return { cst, problems: errors.length === 0 ? NOTHING : errors.map((e) => toProblem(e, length)) };
}

function toProblem(error: IRecognitionException, length: number): SyntaxProblem {
  const token = error.token;
  const start = Number.isNaN(token.startOffset) ? length : Math.min(Math.max(0, token.startOffset), length);
  const end = Number.isNaN(token.startOffset) ? start : Math.min(length, token.startOffset + token.image.length);
  return { kind: 'unexpected', span: { start, end: Math.max(start, end) }, detail: error.message };
}

/**
 * What stands in the document's token list for the tokens of an item already built, so that
 * they die young with its syntax tree (a long document's tokens are about a third of its size).
 */
const RELEASED: IToken = { image: '', startOffset: -1, tokenTypeIdx: BlankLine.tokenTypeIdx as number, tokenType: BlankLine };
