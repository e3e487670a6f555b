import type { CstNode, IRecognitionException, IToken } from 'chevrotain';
import type { CalendarDate } from '../dates/dateValue';
import type { MeetingDocument } from '../model/types';
import { collectSpans, shiftSpans } from '../text/shiftSpans';
import type { Span } from '../text/span';
import type { TextSource } from '../text/textSource';
import { NoteworthyPlaces } from '../model/noteworthy';
import { AstBuilder } from './astBuilder';
import { buildItemPart, type ItemContext } from './itemBuilder';
import { minutesLexer } from './lexer';
import { minutesParser } from './parser';
import { allProblems, assembleDocument, type DocumentParts, type ItemPart } from './parts';
import { countLineBreaks, findRegions, isDoubleSpaced } from './regions';
import { FooterLine, ItemLine } from './tokens';

/** A place where the grammar had to recover. */
export interface SyntaxProblem {
  /** `unclosed-note` for an attendance note without `)`, `unexpected` otherwise. */
  readonly kind: 'unclosed-note' | 'unexpected';
  readonly span: Span;
  /** Chevrotain's own description, in English, for logs. */
  readonly detail: string;
}

export interface ParseResult {
  readonly document: MeetingDocument;
  readonly problems: readonly SyntaxProblem[];
  /** The regions the document was read in, for rebuilding one item after an edit. */
  readonly parts: DocumentParts;
}

export interface ParseOptions {
  /** The year for dates without one when the document has no `Datum:`. */
  readonly today?: CalendarDate;
}

/**
 * Parses minutes. Never throws: any string gives a tree, a model and a (usually empty) list of
 * problems. The text always gets a final line break for the grammar, whose line rules end in one;
 * offsets are unaffected because it is added after the last character.
 *
 * The whole text is lexed at once; then each region is parsed on its own with the grammar rule
 * that reads it — the prefix with `document`, each item with `item`, the footer with `footer` —
 * which places every line exactly where parsing the whole with `document` would (regions begin
 * at lines the lexer recognises: see `regions.ts`). An item's syntax tree is turned into its
 * model at once and then dropped, so a long document never holds its whole tree.
 */
export function parseMinutes(text: string, options: ParseOptions = {}): ParseResult {
  const tokens = minutesLexer.tokenize(withFinalBreak(text)).tokens;
  const regions = findRegions(tokens);
  const offsetOf = (index: number) => (index < tokens.length ? (tokens[index] as IToken).startOffset : text.length);

  const builder = new AstBuilder(text, options);
  const prefixTree = parseRule(tokens.slice(0, regions.prefixEnd), 'document', text.length);
  const prefix = builder.buildPrefix(prefixTree.cst, prefixTree.problems, offsetOf(regions.prefixEnd));

  const itemTokens: IToken[][] = [];
  let adjacent = 0;
  let acrossBlank = 0;
  const counts = regions.itemStarts.map((first, i) => {
    const slice = tokens.slice(first, regions.itemStarts[i + 1] ?? regions.footerStart);
    itemTokens.push(slice);
    const c = countLineBreaks(slice.slice(1));
    adjacent += c.adjacent;
    acrossBlank += c.acrossBlank;
    return c;
  });
  const doubleSpaced = isDoubleSpaced({ adjacent, acrossBlank });
  const ctx: ItemContext = { source: text, doubleSpaced, meetingYear: prefix.meetingYear ?? options.today?.year, noteworthy: new NoteworthyPlaces(text) };
  const items: ItemPart[] = itemTokens.map((slice, i) => {
    const tree = parseRule(slice, 'item', text.length);
    const start = (slice[0] as IToken).startOffset;
    const end = offsetOf(regions.itemStarts[i + 1] ?? regions.footerStart);
    return buildItemPart(tree.cst, { start, end, lineBreaks: counts[i] ?? { adjacent: 0, acrossBlank: 0 }, problems: tree.problems }, ctx);
  });

  let footer;
  if (regions.footerStart < tokens.length) {
    const tree = parseRule(tokens.slice(regions.footerStart), 'footer', text.length);
    footer = builder.buildFooter(tree.cst, tree.problems, offsetOf(regions.footerStart));
  }
  const parts: DocumentParts = { prefix, items, footer, doubleSpaced };
  return { document: assembleDocument(parts, text.length), problems: allProblems(parts), parts };
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
  const local: ItemContext = { doubleSpaced: ctx.doubleSpaced, meetingYear: ctx.meetingYear, source, noteworthy: new NoteworthyPlaces(source) };
  // A problem at the end of the input stands at the end of the whole text, as in a full parse.
  const endOfText = text.length - start;
  return starts.map((first, i) => {
    const next = starts[i + 1];
    const slice = tokens.slice(first, next ?? tokens.length);
    const tree = parseRule(slice, 'item', endOfText);
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

function withFinalBreak(text: string): string {
  return text.endsWith('\n') || text.endsWith('\r') ? text : `${text}\n`;
}

function parseRule(tokens: IToken[], rule: 'document' | 'item' | 'footer', length: number): { cst: CstNode; problems: SyntaxProblem[] } {
  minutesParser.input = tokens;
  const cst = minutesParser[rule]();
  return { cst, problems: minutesParser.errors.map((e) => toProblem(e, length)) };
}

function toProblem(error: IRecognitionException, length: number): SyntaxProblem {
  const token = error.token;
  const start = Number.isNaN(token.startOffset) ? length : Math.min(Math.max(0, token.startOffset), length);
  const end = Number.isNaN(token.startOffset) ? start : Math.min(length, token.startOffset + token.image.length);
  return { kind: 'unexpected', span: { start, end: Math.max(start, end) }, detail: error.message };
}
