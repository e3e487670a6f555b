import type { CstNode, IRecognitionException, IToken } from 'chevrotain';
import type { CalendarDate } from '../dates/dateValue';
import type { MeetingDocument } from '../model/types';
import { collectSpans, shiftSpans } from '../text/shiftSpans';
import type { Span } from '../text/span';
import type { TextSource } from '../text/textSource';
import { BoundsStore } from '../model/boundsStore';
import { NoteworthyPlaces, searchLanguage } from '../model/noteworthy';
import { AgendaLines } from './agenda';
import { AstBuilder } from './astBuilder';
import { buildItemPart, NOTHING, type ItemContext } from './itemBuilder';
import { itemRegionParser, type ItemRegionLines } from './itemRegionParser';
import { lineTypeWithoutFooter, minutesLexer } from './lexer';
import { minutesParser } from './parser';
import { allProblems, assembleDocument, type DocumentParts, type ItemPart, type PrefixPart } from './parts';
import { LayoutReader, LineRole, lineStartsOf, readLayout, type Layout } from './layout';
import { lineOf, nextLineStart } from './blankLines';
import { tokenEnd } from './cstUtil';
import { LineToken } from './lineToken';
import { countLineBreaks, isDoubleSpaced } from './regions';
import { FooterLine, ItemLine } from './tokens';
import { isVoteLine } from './voteLine';

/** A place where the grammar had to recover. */
export interface SyntaxProblem {
  /**
   * `unclosed-note` for an attendance note without `)`; `item-heading-form` for an item heading
   * written in a form the language does not read (`1) Apologies`), `keyword-in-attendance`,
   * `keyword-in-header` and `keyword-in-footer` for an action or decision line in an attendance
   * list, in the header or in the footer (`misplacedLines.ts`); `unexpected` otherwise.
   */
  readonly kind: 'unclosed-note' | 'item-heading-form' | 'keyword-in-attendance' | 'keyword-in-header' | 'keyword-in-footer' | 'unexpected';
  readonly span: Span;
  /** A description in English, for logs (for `unexpected`, chevrotain's own). */
  readonly detail: string;
  /** What the line has as written (`1)`, `Item 3 –`, `Action:`), for the message. */
  readonly written?: string;
  /** The item number an `item-heading-form` line names. */
  readonly number?: number;
  /** For an `item-heading-form` line inside an item: that item's number (the line is read as part of it). */
  readonly inItem?: number;
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
 * The text is lexed a stretch of lines at a time (`lexInChunks`), a token per line that holds
 * something (blank lines are skipped, and known by the tokens' lines), and the tokens read in
 * order for where the regions begin (`LayoutReader`: the item headings, the footer, and each
 * item's line-break evidence). Each region's tokens are parsed with the grammar rule
 * that reads them — the prefix with `document`, an item with `itemRegion` (`readItemRegion`), the
 * footer with `footer` — and built as soon as the region ends, which places every line exactly where parsing
 * the whole with `document` would. So a long document never holds all its tokens, nor its whole
 * syntax tree: an item's tokens die young, with its tree.
 *
 * Whether the document is double-spaced (`isDoubleSpaced`) is known only once every item has
 * been read; the items are built as if it were not, and a document that turns out to be is read
 * once more, knowing it (documents copied from a PDF, seldom long).
 */
export function parseMinutes(text: string, options: ParseOptions = {}): ParseResult {
  return parseInChunks(text, options, CHUNK);
}

/**
 * The length of text lexed at a time: the tokens of one stretch are alive at once. 256 KiB: any
 * minutes of ordinary length are lexed in one call, and a long document's stretch of about 4,000
 * tokens still dies young. (64 KiB cut a 100 KiB document in two, 4 % slower; 1 MiB left a 1 MiB
 * document's 17,000 tokens to survive collections, 10 % slower: docs/performance.md.)
 */
const CHUNK = 1 << 18;

/** `parseMinutes`, lexing `chunk` characters (to the next line break) at a time; exported for tests. */
export function parseInChunks(text: string, options: ParseOptions, chunk: number): ParseResult {
  const source = withFinalBreak(text);
  const reader = new LayoutReader(source);
  const builder = new AstBuilder(text, options);
  const doubleSpaced = options.doubleSpaced ?? false;
  let prefix: PrefixPart | undefined;
  let ctx: ItemContext | undefined;
  const items: ItemPart[] = [];
  /** The tokens of the region being read: the prefix, or the item begun by the last heading. */
  let region: IToken[] = [];
  /** Where in `region` the footer's first line stands, once the layout reader has seen one since the region began. */
  let footerAt: number | undefined;
  let regionHasFooterLine = false;
  /** Once the footer stands: its tokens. */
  let footerTokens: IToken[] | undefined;
  /** An item region whose end is known before its evidence is (cut at the footer): built last. */
  let lastRegion: IToken[] | undefined;

  const buildPrefix = (tokens: IToken[], end: number, hasItems: boolean) => {
    const tree = parseRule(regionHasFooterLine ? withoutFooterLines(tokens) : tokens, 'document', text.length);
    prefix = builder.buildPrefix(tree.cst, tree.problems, end, hasItems);
    const language = searchLanguage(prefix.votes);
    ctx = {
      source: text,
      doubleSpaced,
      meetingYear: prefix.meetingYear ?? options.today?.year,
      meetingDate: prefix.meetingDate,
      dayFirst: prefix.dayFirst,
      noteworthy: options.mentions === false ? NoteworthyPlaces.NONE : new NoteworthyPlaces(text, language),
      searchLanguage: language,
      bounds: BoundsStore.forText(text.length),
      joinedNames: prefix.joinedNames,
      ownerNames: prefix.ownerNames,
    };
  };
  const buildItem = (tokens: IToken[], end: number, retype: boolean) => {
    const start = (tokens[0] as IToken).startOffset;
    const read = readItemRegion(retype ? withoutFooterLines(tokens) : tokens, text.length);
    const lineBreaks = reader.lineBreaks[items.length] ?? { adjacent: 0, acrossBlank: 0 };
    items.push(buildItemPart(read.lines, { start, end, lineBreaks, problems: read.problems }, ctx as ItemContext));
  };

  // An agenda written out above the items is the header's text, not items (`agenda.ts`): asked
  // about each token of the header, and no more once the first item begins.
  const agenda = new AgendaLines();
  const visit = (token: IToken): void => {
    if (!agenda.done && agenda.take(token, visit)) return;
    if (footerTokens) {
      reader.feed(token);
      footerTokens.push(token);
      return;
    }
    const role = reader.feed(token);
    if (role === LineRole.Line) {
      if (footerAt === undefined && reader.footer !== undefined) {
        // The footer begins at this keyword line, or at the signature lines just above it.
        footerAt = region.length;
        while (footerAt > 0 && lineOf(region[footerAt - 1] as IToken) >= reader.footer) footerAt--;
      }
      region.push(token);
      if (token.tokenType === FooterLine) regionHasFooterLine = true;
      return;
    }
    if (role === LineRole.Heading) {
      // The region before the heading ends here: built now, its tokens let go.
      if (!prefix) buildPrefix(region, token.startOffset, true);
      else buildItem(region, token.startOffset, regionHasFooterLine);
      region = [token];
      footerAt = undefined;
      regionHasFooterLine = false;
      return;
    }
    // The footer stands: it begins at its first line, which the region being read holds.
    const cut = footerAt as number;
    footerTokens = region.slice(cut);
    footerTokens.push(token);
    region.length = cut;
    // An item's region is built once its evidence is known (`finish`); the prefix below.
    if (prefix) {
      lastRegion = region;
      region = [];
    }
  };
  lexInChunks(source, chunk, visit);
  agenda.finish(visit);
  const layout = reader.finish();
  if (!footerTokens && layout.footerLine !== undefined) {
    // A footer line with no heading below it: the footer.
    const cut = footerAt as number;
    footerTokens = region.slice(cut);
    region.length = cut;
    if (prefix) lastRegion = region;
    else buildPrefix(region, (footerTokens[0] as IToken).startOffset, false);
  } else if (!footerTokens) {
    if (prefix) lastRegion = region;
    else buildPrefix(region, text.length, false);
  } else if (!prefix) {
    buildPrefix(region, (footerTokens[0] as IToken).startOffset, false);
  }
  const footerStart = footerTokens?.[0]?.startOffset;
  if (lastRegion) buildItem(lastRegion, footerStart ?? text.length, regionHasFooterLine);

  if (options.doubleSpaced === undefined && layoutIsDoubleSpaced(layout)) return parseInChunks(text, { ...options, doubleSpaced: true }, chunk);

  let footer;
  if (footerTokens && footerStart !== undefined) {
    // Signature lines above the keyword line (`layout.ts`) are the footer's, before the rule's first line.
    const keyword = footerTokens.findIndex((t) => t.tokenType === FooterLine);
    const tree = parseRule(keyword > 0 ? footerTokens.slice(keyword) : footerTokens, 'footer', text.length);
    footer = builder.buildFooter(tree.cst, tree.problems, footerStart, keyword > 0 ? footerTokens.slice(0, keyword) : []);
  }
  const parts: DocumentParts = { prefix: prefix as PrefixPart, items, footer, doubleSpaced, ...(agenda.readAsItems ? { agendaAsItems: true as const } : {}) };
  return { document: assembleDocument(parts, text.length), problems: allProblems(parts), parts, lineStarts: lineStartsOf(layout, text) };
}

/**
 * Lexes `source` (which ends in a line break) `chunk` characters at a time, each stretch
 * running to the next line break, and hands `visit` every token in order, placed where lexing
 * the whole text would put it: offsets and lines moved by the stretch's start (columns need no
 * change: a stretch begins a line). Blank lines make no token, here as in one lexing.
 */
export function lexInChunks(source: string, chunk: number, visit: (token: IToken) => void): void {
  // Whether the text has a `\r` to end a stretch at: asked only of a text longer than a stretch.
  const hasCarriageReturn = source.length > chunk && source.includes('\r');
  let line = 0;
  for (let start = 0; start < source.length; ) {
    const end = stretchEnd(source, start + chunk, hasCarriageReturn);
    const tokens = minutesLexer.tokenize(start === 0 && end === source.length ? source : source.slice(start, end)).tokens;
    for (const token of tokens) {
      if (start !== 0) {
        token.startOffset += start;
        if (token.startLine !== undefined) token.startLine += line;
        // A `LineToken` works out its end from its start; another token keeps its own.
        if (!(token instanceof LineToken)) {
          if (token.endOffset !== undefined) token.endOffset += start;
          if (token.endLine !== undefined) token.endLine += line;
        }
      }
      visit(token);
    }
    // The next stretch begins on the line after this one's last: after its last token's line and
    // the blank lines below it (which the lexer skips).
    const last = tokens[tokens.length - 1];
    let from = start;
    if (last) {
      line = lineOf(last) + 1;
      from = tokenEnd(last);
    }
    for (; from < end; from = nextLineStart(source, from)) line++;
    start = end;
  }
}

/** Where a stretch that should end at `at` ends: after the line break at or after it, or at the end. */
function stretchEnd(source: string, at: number, hasCarriageReturn: boolean): number {
  if (at >= source.length) return source.length;
  const lf = source.indexOf('\n', at);
  const cr = hasCarriageReturn ? source.indexOf('\r', at) : -1;
  if (cr !== -1 && (lf === -1 || cr < lf)) return source.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
  return lf === -1 ? source.length : lf + 1;
}

/**
 * Reads the region `[start, end)` of `text` again as items, for an edit that stayed inside one
 * item. Returns undefined when the region no longer reads as items alone — it does not begin
 * with an item heading, or it now holds a footer keyword (other than one that records a vote,
 * which is a line of its item) — so that the caller reads the whole document instead. The region
 * must end at a line break or at the end of the text.
 *
 * Only the region is read from `text` (which may be a document in pieces): it is lexed and built
 * as a string of its own, and the spans of what is built are then moved to the region's place.
 */
export function parseItemRegion(text: TextSource, start: number, end: number, ctx: Omit<ItemContext, 'source' | 'noteworthy' | 'bounds'>): ItemPart[] | undefined {
  const region = text.slice(start, end);
  const source = end >= text.length ? withFinalBreak(region) : region;
  const tokens = minutesLexer.tokenize(source).tokens;
  if (tokens.length === 0 || (tokens[0] as IToken).tokenType !== ItemLine) return undefined;
  const starts: number[] = [];
  /** Whether a footer keyword's line records a vote: a line of its item (`layout.ts`). */
  let votes = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as IToken;
    if (token.tokenType === ItemLine) starts.push(i);
    else if (token.tokenType === FooterLine) {
      if (!isVoteLine(source, token.startOffset, token.startOffset + token.image.length)) return undefined;
      votes = true;
    }
  }
  const local: ItemContext = { doubleSpaced: ctx.doubleSpaced, meetingYear: ctx.meetingYear, meetingDate: ctx.meetingDate, dayFirst: ctx.dayFirst, joinedNames: ctx.joinedNames, ownerNames: ctx.ownerNames, searchLanguage: ctx.searchLanguage, source, noteworthy: new NoteworthyPlaces(source, ctx.searchLanguage), bounds: BoundsStore.forText(source.length) };
  // A problem at the end of the input stands at the end of the whole text, as in a full parse.
  const endOfText = text.length - start;
  return starts.map((first, i) => {
    const next = starts[i + 1];
    const slice = tokens.slice(first, next ?? tokens.length);
    const regionStart = (slice[0] as IToken).startOffset;
    const lineBreaks = countLineBreaks(slice.slice(1));
    const read = readItemRegion(votes ? withoutFooterLines(slice) : slice, endOfText);
    const regionEnd = next === undefined ? end - start : (tokens[next] as IToken).startOffset;
    const part = buildItemPart(read.lines, { start: regionStart, end: regionEnd, lineBreaks, problems: read.problems }, local);
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
  const tokens: IToken[] = [];
  const agenda = new AgendaLines();
  const visit = (token: IToken): void => {
    if (!agenda.done && agenda.take(token, visit)) return;
    tokens.push(token);
  };
  for (const token of minutesLexer.tokenize(source).tokens) visit(token);
  agenda.finish(visit);
  return layoutIsDoubleSpaced(readLayout(tokens, source));
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

function parseRule(tokens: IToken[], rule: 'document' | 'footer', length: number): { cst: CstNode; problems: readonly SyntaxProblem[] } {
  minutesParser.input = tokens;
  const cst = minutesParser[rule]();
  const errors = minutesParser.errors;
  return { cst, problems: errors.length === 0 ? NOTHING : errors.map((e) => toProblem(e, length)) };
}

/**
 * One item's region (`tokens`) as the item-region rule reads it, and its problems. The rule is
 * `ItemLine AnyLine*`, and every line the lexer makes is an `AnyLine`: a region that begins with
 * its heading, as `layout.ts` cuts every region, reads as its heading and the rest of its lines,
 * with no problem, and is not handed to the parser, whose entry of each line was a twentieth of
 * an analysis (docs/performance.md, "Twentieth session"). Any other region is parsed, with error
 * recovery. `layout.test.ts` holds both answers to the grammar's `item` rule on every fixture.
 * The region's array is the caller's to give up: its heading is taken out of it, and the rest are
 * the lines (a copy of them for every item was garbage).
 */
export function readItemRegion(tokens: IToken[], length: number): { lines: ItemRegionLines; problems: readonly SyntaxProblem[] } {
  if (tokens[0]?.tokenType === ItemLine) return { lines: { heading: tokens.shift() as IToken, lines: tokens }, problems: NOTHING };
  const parser = itemRegionParser();
  parser.input = tokens;
  // Recovery inserts the missing heading and takes every line after it.
  const lines = parser.itemRegion();
  const errors = parser.errors;
  return { lines, problems: errors.length === 0 ? NOTHING : errors.map((e) => toProblem(e, length)) };
}

function toProblem(error: IRecognitionException, length: number): SyntaxProblem {
  const token = error.token;
  const start = Number.isNaN(token.startOffset) ? length : Math.min(Math.max(0, token.startOffset), length);
  const end = Number.isNaN(token.startOffset) ? start : Math.min(length, token.startOffset + token.image.length);
  return { kind: 'unexpected', span: { start, end: Math.max(start, end) }, detail: error.message };
}

