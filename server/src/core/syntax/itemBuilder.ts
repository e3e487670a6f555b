import type { IToken } from 'chevrotain';
import type { CalendarDate } from '../dates/dateValue';
import { buildBody, type BodyContext } from '../model/bodyBlocks';
import { exactList } from '../model/exactList';
import type { OwnerNames } from '../model/marginOwners';
import type { BoundsStore } from '../model/boundsStore';
import type { NoteworthyPlaces } from '../model/noteworthy';
import { ItemRecord } from '../model/records';
import type { ActionBlock, CommentBlock, ItemRef, Lang, ProseAssignment } from '../model/types';
import { isDigit } from '../text/digits';
import { copySpan, textNode } from '../text/span';
import { isWhiteSpace } from '../text/whiteSpace';
import { isVirtual, lineContent, linesOf, trimmedNode } from './cstUtil';
import type { ItemRegionLines } from './itemRegionParser';
import { keywordLang } from './keywordLookup';
import type { SyntaxProblem } from './parse';
import { ItemPartRecord, type ItemPart } from './parts';
import { headingInBody, startsNumberedParen } from './misplacedLines';
import { titleBelow } from './titleBelow';
import { isCaseNumberLine } from './caseNumber';
import { isActionListTitle } from './actionListTitle';
import { BulletLine, FieldLine, INVISIBLE_START_CHARS, NumberedLine, TextLine } from './tokens';
import type { LineBreakCounts } from './regions';

/** What building one item needs to know about the rest of the document. */
export interface ItemContext {
  readonly source: string;
  /** See `isDoubleSpaced`. */
  readonly doubleSpaced: boolean;
  /** The year for dates written without one. */
  readonly meetingYear: number | undefined;
  /** The meeting's date, from which a deadline that names a day of the week counts (`PrefixPart.meetingDate`). */
  readonly meetingDate: CalendarDate | undefined;
  /** Whether `3/4` is read day first (`PrefixPart.dayFirst`). */
  readonly dayFirst: boolean;
  /** Where `source` may hold an item reference or a prose assignment, found once per text. */
  readonly noteworthy: NoteworthyPlaces;
  /** The one language whose references and prose assignments are looked for (`searchLanguage`), both when undefined. */
  readonly searchLanguage: Lang | undefined;
  /** Where the paragraphs and lists built keep their offsets, one store per parse. */
  readonly bounds: BoundsStore;
  /** Names an assignee list is not split inside (`joinedNamesOf`). */
  readonly joinedNames: readonly string[];
  /** Who may own an action in a margin (`PrefixPart.ownerNames`). */
  readonly ownerNames: OwnerNames;
}

/** The empty list shared wherever an item or its findings have nothing to list (frozen: nothing adds to it). */
export const NOTHING: readonly never[] = Object.freeze([]);


/** Where an item's region lies and what its parse reported. */
export interface ItemRegion {
  readonly start: number;
  readonly end: number;
  readonly lineBreaks: LineBreakCounts;
  readonly problems: readonly SyntaxProblem[];
}

/**
 * Builds one item from its lines as the item-region rule read them: number, title and body blocks, and the
 * comments, item references and prose assignments found in it. Depends on nothing outside the
 * item but `ctx`, which is what lets an edited item be rebuilt alone.
 */
export function buildItemPart(read: ItemRegionLines, region: ItemRegion, ctx: ItemContext): ItemPart {
  const headingToken = isVirtual(read.heading) ? undefined : read.heading;
  // The region starts with an item heading by construction; an empty heading keeps the item whole anyway.
  const heading = headingToken ? lineContent(ctx.source, headingToken) : textNode('', region.start, region.start);
  const { digitsAt, digitsEnd, numberEnd } = readItemNumber(ctx.source, heading.span.start, heading.span.end);
  const digits = ctx.source.slice(digitsAt, digitsEnd);
  const number = Number(digits || 0);
  let title = trimmedNode(ctx.source, numberEnd, heading.span.end);
  // Only error recovery invents tokens, and it reports a problem: without one, the lines are as lexed.
  let bodyLines = region.problems.length === 0 ? read.lines : linesOf(read.lines);
  // `§ 23` alone, its title on the line below (`Val av justerare`).
  const below = title.text === '' && headingToken && bodyLines.length > 0 ? titleBelow(ctx.source, headingToken, bodyLines, ctx.doubleSpaced) : undefined;
  if (below) {
    title = below.title;
    bodyLines = below.lines;
  }
  const found = new ItemFinds(ctx, number);
  // `4. Att göra` and entries right below it: the entries are actions.
  const firstType = bodyLines[0]?.tokenType;
  const listTitle = (firstType === BulletLine || firstType === NumberedLine) && isActionListTitle(title.text) ? title : undefined;
  // `Dnr BN 2025/0019` above the text: a paragraph of its own, not the text's first words.
  const body = isCaseNumberLine(ctx.source, bodyLines[0]) ? [...buildBody(bodyLines.slice(0, 1), found), ...buildBody(bodyLines.slice(1), found)] : buildBody(bodyLines, found, listTitle);
  const headings = headingsInBody(ctx.source, bodyLines, number);
  // `Item 3 – Grants` as a heading is no reference to item 3 in the text.
  if (headings && found.textItemRefs) found.textItemRefs = found.textItemRefs.filter((ref) => !headings.some((h) => ref.span.start >= h.span.start && ref.span.start < h.span.end));
  const lastBlock = body[body.length - 1];
  // Classes, not literals: V8 would make items and their parts in the old generation (`model/records.ts`).
  const item = new ItemRecord(number, textNode(digits, digitsAt, digitsEnd), title, body, copySpan(heading.span), {
    start: heading.span.start,
    end: Math.max(lastBlock?.span.end ?? 0, heading.span.end, title.span.end),
  });
  return new ItemPartRecord(
    item,
    found.actions ? exactList(found.actions) : NOTHING,
    found.comments ? exactList(found.comments) : NOTHING,
    found.textItemRefs && found.textItemRefs.length > 0 ? exactList(found.textItemRefs) : NOTHING,
    found.proseAssignments ? exactList(found.proseAssignments) : NOTHING,
    headings ? [...region.problems, ...headings] : region.problems,
    found.votes,
    region.lineBreaks,
    region.start,
    region.end,
  );
}

/**
 * The lines of an item's body that look like the heading of a later item written in another form
 * (`headingInBody`); undefined when there are none, as in most bodies. Only lines at column 0 that
 * begin with a digit or the capital of an item word (`Item`, `Punkt`, `Ärende`, `Paragraf`,
 * `Agenda item`) are read.
 */
function headingsInBody(source: string, lines: readonly IToken[], itemNumber: number): SyntaxProblem[] | undefined {
  let found: SyntaxProblem[] | undefined;
  let numberedAbove = false;
  for (const token of lines) {
    const image = token.image;
    const c = image.charCodeAt(0);
    const digit = isDigit(c);
    if (!digit && !mayBeItemWord(c, image.charCodeAt(1) | 0x20)) continue;
    if (token.tokenType !== TextLine && token.tokenType !== FieldLine) continue;
    const start = token.startOffset;
    const end = start + token.image.length;
    const problem = headingInBody(source, start, end, itemNumber, (found?.[found.length - 1]?.number ?? itemNumber) + 1, numberedAbove);
    if (problem) (found ??= []).push(problem);
    else if (digit && startsNumberedParen(source, start, end)) numberedAbove = true;
  }
  return found;
}

/**
 * Whether a line beginning with `first` and `second` (in lower case) may begin with a capitalised
 * item word: `It`em, `Pu`nkt, `Pa`ragraf, `Är`ende (or `A` and a combining mark), `Ag`enda item.
 * Most lines of running text are ruled out by their first two letters.
 */
function mayBeItemWord(first: number, second: number): boolean {
  switch (first) {
    case 0x49 /* I */:
      return second === 0x74 /* t */;
    case 0x50 /* P */:
      return second === 0x75 /* u */ || second === 0x61 /* a */;
    case 0xc4 /* Ä */:
      return second === 0x72 /* r */;
    case 0x41 /* A */:
      return second === 0x67 /* g */ || second === (0x0308 | 0x20);
    default:
      return false;
  }
}

/**
 * What building an item's body reads and what it finds: the comments, item references and prose
 * assignments (lists made when the first one is found: most items have none) and the keywords'
 * languages. One object with methods rather than a context of closures, made for every item.
 */
class ItemFinds implements BodyContext {
  readonly source: string;
  readonly doubleSpaced: boolean;
  readonly meetingYear: number | undefined;
  readonly meetingDate: CalendarDate | undefined;
  readonly dayFirst: boolean;
  readonly noteworthy: NoteworthyPlaces;
  readonly bounds: BoundsStore;
  readonly joinedNames: readonly string[];
  readonly ownerNames: OwnerNames;
  readonly votes = { sv: 0, en: 0 };
  comments: CommentBlock[] | undefined;
  actions: ActionBlock[] | undefined;
  textItemRefs: ItemRef[] | undefined;
  proseAssignments: ProseAssignment[] | undefined;

  constructor(
    ctx: ItemContext,
    readonly itemNumber: number,
  ) {
    this.source = ctx.source;
    this.doubleSpaced = ctx.doubleSpaced;
    this.meetingYear = ctx.meetingYear;
    this.meetingDate = ctx.meetingDate;
    this.dayFirst = ctx.dayFirst;
    this.noteworthy = ctx.noteworthy;
    this.bounds = ctx.bounds;
    this.joinedNames = ctx.joinedNames;
    this.ownerNames = ctx.ownerNames;
  }

  onKeyword(keyword: string): void {
    const lang = keywordLang(keyword);
    if (lang) this.votes[lang]++;
  }

  onComment(comment: CommentBlock): void {
    (this.comments ??= []).push(comment);
  }

  onAction(action: ActionBlock): void {
    (this.actions ??= []).push(action);
  }

  onItemRefs(refs: readonly ItemRef[]): void {
    for (const r of refs) (this.textItemRefs ??= []).push(r);
  }

  onProseAssignments(found: readonly ProseAssignment[]): void {
    for (const p of found) (this.proseAssignments ??= []).push(p);
  }
}

/**
 * Where an item heading's number stands in `[start, end)` of `source` (its content): after any
 * invisible characters and a `§` with white space, the digits, then an optional full stop — what
 * `^([${INVISIBLE_START}]*(?:§\s*)?)(\d+)\.?` matches, read by character codes. Without digits
 * the number is empty at `start` and the title is the whole heading.
 */
export function readItemNumber(source: string, start: number, end: number): { digitsAt: number; digitsEnd: number; numberEnd: number } {
  let i = start;
  while (i < end && INVISIBLE.has(source.charCodeAt(i))) i++;
  if (i < end && source.charCodeAt(i) === 0xa7 /* § */) {
    i++;
    while (i < end && isWhiteSpace(source.charCodeAt(i))) i++;
  }
  const digitsAt = i;
  while (i < end && isDigit(source.charCodeAt(i))) i++;
  if (i === digitsAt) return { digitsAt: start, digitsEnd: start, numberEnd: start };
  const digitsEnd = i;
  return { digitsAt, digitsEnd, numberEnd: i < end && source.charCodeAt(i) === 46 /* . */ ? i + 1 : i };
}

const INVISIBLE: ReadonlySet<number> = new Set(INVISIBLE_START_CHARS.map((c) => c.charCodeAt(0)));
