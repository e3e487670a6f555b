import type { IToken, TokenType } from 'chevrotain';
import type { CalendarDate, DateValue } from '../dates/dateValue';
import { parseDeadline } from '../dates/deadlineWords';
import { contentEnd, contentStart, isBlank, isIndented, lineContent, lineEnd, tokenEnd, trimmedNode, trimmedSpan } from '../syntax/cstUtil';
import { blankLinesBetween } from '../syntax/blankLines';
import { startsLowerCase } from '../syntax/regions';
import { ActionDashLine, ActionLine, BulletLine, CommentLine, DeadlineLine, DecisionLine, DecisionWordLine, FieldLine, NumberedLine, OwnerLine, StatusLine, SubheadingLine, TextLine } from '../syntax/tokens';
import { ACTION_WORDS, DECISION_WORDS, LIST_SUBHEADING_WORDS, wordsPattern } from '../syntax/keywords';
import { bareKeyword } from '../syntax/keywordLookup';
import { isPageMarker, LONGEST_PAGE_MARKER } from '../syntax/pageMarker';
import { copySpan, textNode, type Span, type TextNode } from '../text/span';
import { assigneeNames } from './actionText';
import { readActionFields, textBeforeFields, valueBeforeField, type ActionField } from './actionFields';
import type { BoundsStore } from './boundsStore';
import { BulletList, ListBounds } from './bulletList';
import { bodyRunOn, endsInDecisionWord, findOwnersBeforeTo, findSeparator, isBodyDecision, markerLengthAt, mayRunOnDecision, readDashAction, readDecisionLine, readKeyValue, readMarker } from './lineReaders';
import { findItemRefs } from './itemRefs';
import type { Mutable } from './mutable';
import { ActionRecord, AssigneeRecord, DeadlineRecord, DecisionRecord } from './records';
import { joinLines, joinWithMap } from './joinLines';
import type { NoteworthyPlaces } from './noteworthy';
import { MOST_OWNERS_LENGTH, ownersOnly, type OwnerNames } from './marginOwners';
import { lineNodes, Paragraph, Subheading } from './paragraph';
import { NumberRun } from './numberRun';
import { ObjectRun } from './objectRun';
import { findProseAssignments } from './proseAssignments';
import { deadlineAlone, findTaskDeadline } from './taskDeadline';
import type { ActionBlock, ActionStatus, Assignee, Block, BulletEntry, CommentBlock, DecisionBlock, Deadline, ItemRef, ProseAssignment } from './types';

export interface BodyContext {
  readonly source: string;
  readonly itemNumber: number;
  /** See `isDoubleSpaced`: single empty lines do not separate blocks. */
  readonly doubleSpaced: boolean;
  /** The year for dates written without one. */
  readonly meetingYear: number | undefined;
  /** The meeting's date, from which a deadline that names a day of the week counts. */
  readonly meetingDate: CalendarDate | undefined;
  /** Whether day and month in figures that make a date in either order (`3/4`) are read day first. */
  readonly dayFirst: boolean;
  /** Which stretches of `source` may hold an item reference or a prose assignment. */
  readonly noteworthy: NoteworthyPlaces;
  /** Where the paragraphs and lists of the parse keep their offsets. */
  readonly bounds: BoundsStore;
  /** Names an assignee list is not split inside (`joinedNamesOf`). */
  readonly joinedNames: readonly string[];
  /** Who may own an action in a margin (`ownersInMargin`): the attendees. */
  readonly ownerNames: OwnerNames;
  onKeyword(image: string): void;
  onComment(comment: CommentBlock): void;
  /** An action block is complete (in body order): the item's checks read its actions without going over every block. */
  onAction(action: ActionBlock): void;
  onItemRefs(refs: readonly ItemRef[]): void;
  onProseAssignments(found: readonly ProseAssignment[]): void;
}


/** The block being built; it stays open while the following lines continue it. */
type Open =
  /** `subheading`: the paragraph is a protokoll's sub-heading alone on its line, and ends with it. */
  | { kind: 'paragraph'; noteworthy: boolean; subheading?: true }
  /** The entries' bounds are in `openList`; `noteworthy`: the current entry may hold a prose assignment. */
  | { kind: 'list'; noteworthy: boolean }
  /** `list`: the action is an entry of the action list under this heading, and the next entry starts the next action. */
  | { kind: 'action'; action: Mutable<ActionBlock>; taskLines: TextNode[]; list?: TextNode }
  /** A bare `Uppdrag:` / `Actions:` line (`value` empty): its entries, if bullets follow, are actions; if none do, it is an empty action. */
  /** `title`: the item's title heads the list (`4. Att göra`); the body begins with an entry, which the list becomes. */
  | { kind: 'actionList'; heading: TextNode; value: TextNode; content: TextNode; title?: true }
  /**
   * `bare`: the keyword line holds nothing after the keyword, so the text follows on the next lines.
   * `entries`: the decision's points written as a list below it, and `leadLines` how many of
   * `lines` stand before the first.
   */
  | { kind: 'decision'; keyword: TextNode; lines: TextNode[]; start: number; bare: boolean; entries?: DecisionEntry[]; leadLines?: number };

/** A point of a decision written as a list entry: its marker and its lines (`lines` of the decision too). */
interface DecisionEntry {
  readonly marker: TextNode;
  readonly lines: TextNode[];
}

/**
 * Whether a status text is one status word and nothing more (`klar`, `Pågår.`, `open`), as
 * opposed to words of the secretary's own (`väntar på svar`, `klar 2024-03-01`), which the
 * published minutes show as written.
 */
export function isBareStatus(text: string): boolean {
  const word = text.trim().replace(/[.!]$/, '').trim();
  return STATUS_WORDS_ONLY.test(word);
}

/** The words a `Status:` line may begin with, by the status they give; anything else is open. */
const STATUS_WORDS_BY_VALUE: Readonly<Record<ActionStatus, readonly string[]>> = {
  done: ['klar', 'klart', 'avklarad', 'avslutad', 'utförd', 'done', 'complete', 'completed', 'closed'],
  inProgress: ['pågår', 'pågående', 'påbörjad', 'in progress', 'ongoing', 'started'],
  open: ['open', 'öppen', 'öppet', 'ej påbörjad', 'ej påbörjat', 'not started'],
};

/** Status words, matched with decomposed letters too (`allowDecomposed`). */
const STATUS_VALUES: readonly [RegExp, ActionStatus][] = (['done', 'inProgress'] as const).map((value) => [new RegExp(`^(?:${wordsPattern(STATUS_WORDS_BY_VALUE[value])})\\b`, 'i'), value]);
const STATUS_WORDS_ONLY = new RegExp(`^(?:${wordsPattern(Object.values(STATUS_WORDS_BY_VALUE).flat())})$`, 'i');

/**
 * Turns the lines of an item body into blocks: paragraphs, bullet lists, actions (with their
 * `Ansvarig:`/`Senast:`/`Status:` and indented continuation lines) and decisions. A blank line
 * ends a block; in a double-spaced document only a line of white space or two blank lines do.
 * The tokens are of one lexing, which skips blank lines: they are the lines between two tokens'.
 */
export function buildBody(tokens: readonly IToken[], ctx: BodyContext, listTitle?: TextNode): Block[] {
  const blocks = bodyBlocks;
  // An item whose title says it lists actions (`4. Att göra`, `3. Action items`) and whose body
  // begins with an entry: its entries are actions. (The caller asks; the first token, an entry,
  // replaces this state, so that it is never finished as a bare heading.)
  let open: Open | undefined = listTitle && { kind: 'actionList', heading: listTitle, value: listTitle, content: listTitle, title: true };

  /** Whether the next block follows a sub-heading that lists things one to a line (`Beslutsunderlag`, `listsBelow`). */
  let apart = false;
  const close = () => {
    if (open) {
      if (open.kind === 'paragraph') closeParagraph(open, apart, ctx);
      else blocks.push(finish(open, ctx));
      apart = false;
    }
    open = undefined;
  };

  let previous: IToken | undefined;
  for (const token of tokens) {
    const type = token.tokenType;
    // The blank lines since the last line (the lexer makes no token of them): one ends a block;
    // in a double-spaced document only two do, or one holding white space (" "), a deliberate break.
    if (previous !== undefined && type !== CommentLine) {
      const blanks = blankLinesBetween(previous, token);
      if (blanks > 0 && (!ctx.doubleSpaced || blanks >= 2 || !isLineBreak(ctx.source.charCodeAt(tokenEnd(previous)))) && !awaitsText(open)) close();
    }
    previous = token;
    // A bare `Uppdrag:` followed by anything but an entry is the action itself, continued below as any action is.
    if (open?.kind === 'actionList' && type !== BulletLine && type !== NumberedLine) open = bareAction(open, ctx);
    // Most lines are running text: they take the shortest way (a node only where a line is more
    // than a paragraph line, `appendLine`).
    if (type === TextLine) {
      open = textLine(open, token, close, ctx);
      continue;
    }
    switch (type) {
      case CommentLine: {
        const content = trimmedSpan(ctx.source, token.startOffset, lineEnd(ctx.source, token));
        const comment: CommentBlock = { kind: 'comment', text: trimmedNode(ctx.source, content.start + 2, content.end), span: content };
        ctx.onComment(comment);
        close();
        blocks.push(comment);
        break;
      }
      case ActionLine:
        close();
        open = startActionLine(lineContent(ctx.source, token), token, close, ctx);
        break;
      case ActionDashLine:
        // `Action – Tom Reed to book the hall`: the dash in the colon's place.
        close();
        open = startActionLine(lineContent(ctx.source, token), token, close, ctx, readDashAction);
        break;
      case DecisionLine:
      case DecisionWordLine:
        close();
        open = startDecision(lineContent(ctx.source, token), ctx);
        break;
      case SubheadingLine:
        // `Beslutsunderlag`, `Yrkanden`: a paragraph of its own, never glued to the text below it.
        close();
        open = appendLine(undefined, token, close, ctx);
        if (open.kind === 'paragraph') open.subheading = true;
        close();
        apart = listsBelow(token);
        break;
      case OwnerLine:
      case DeadlineLine:
      case StatusLine:
        if (open?.kind === 'action') continueAction(open, type, lineContent(ctx.source, token), ctx);
        else open = appendLine(open, token, close, ctx);
        break;
      case BulletLine:
      case NumberedLine:
        open = entryLine(open, token, close, ctx);
        break;
      default:
        open = textLine(open, token, close, ctx);
    }
  }
  close();
  return blocks.take();
}

/** The blocks of the body being built (`ObjectRun`), one run for every body. */
const bodyBlocks = new ObjectRun<Block>();

const LIST_SUBHEADINGS: ReadonlySet<string> = new Set(LIST_SUBHEADING_WORDS);

/** Whether the sub-heading `token` lists things below it, one to a line (`LIST_SUBHEADING_WORDS`). */
function listsBelow(token: IToken): boolean {
  return LIST_SUBHEADINGS.has(bareKeyword(token.image));
}

/**
 * Finishes the open paragraph into the body's blocks: without the page markers a PDF left among
 * its lines (`Sida 2 av 3`, which is no text of the minutes: a paragraph of nothing else is none),
 * and, below a sub-heading that lists things one to a line (`apart`: `Beslutsunderlag`), as one
 * paragraph per line.
 */
function closeParagraph(open: Extract<Open, { kind: 'paragraph' }>, apart: boolean, ctx: BodyContext): void {
  withoutPageMarkers(ctx.source);
  if (openBounds.length === 0) return;
  // Below `Beslutsunderlag` or `Expedieras till`, each line of a paragraph is one of the things listed.
  if (apart) finishApart(open, ctx);
  else bodyBlocks.push(finish(open, ctx));
}

/** Drops the lines of the open paragraph (`openBounds`) that are a PDF's page markers; most lines are ruled out by their length. */
function withoutPageMarkers(source: string): void {
  if (!openBounds.hasPairWithin(LONGEST_PAGE_MARKER)) return;
  let kept = 0;
  for (let i = 0; i + 1 < openBounds.length; i += 2) {
    const start = openBounds.at(i);
    const end = openBounds.at(i + 1);
    if (end - start <= LONGEST_PAGE_MARKER && isPageMarker(source.slice(start, end))) continue;
    if (kept !== i) {
      openBounds.set(kept, start);
      openBounds.set(kept + 1, end);
    }
    kept += 2;
  }
  openBounds.truncate(kept);
}

/** An open paragraph finished as one paragraph per line, each a thing listed under the sub-heading above it. */
function finishApart(open: Extract<Open, { kind: 'paragraph' }>, ctx: BodyContext): void {
  if (open.noteworthy) reportProse(lineNodes(ctx.source, openBounds.slice()), true, ctx);
  const at = ctx.bounds.append(openBounds);
  for (let i = 0; i < openBounds.length; i += 2) bodyBlocks.push(new Paragraph(ctx.source, ctx.bounds, at + i, 2));
}

/**
 * A bullet or indented numbered line: the action or decision it holds (`- Uppdrag: …`), the next
 * action of an action list, more of an action's or a bare decision's text, or an entry of a list.
 * Apart from `buildBody`, whose loop every line goes through, so that the loop stays small.
 */
function entryLine(open: Open | undefined, token: IToken, close: () => void, ctx: BodyContext): Open | undefined {
  // `- Uppdrag: …` / `- Beslut: …`: a keyword line written as a bullet is that line.
  const keyed = bulletKeyword(ctx.source, token);
  if (keyed) {
    close();
    return keyed.kind === 'action' ? startActionLine(keyed.content, token, close, ctx) : startDecision(keyed.content, ctx);
  }
  // Under a bare `Uppdrag:` / `Actions:`, each entry is an action.
  const heading = open?.kind === 'actionList' ? open.heading : open?.kind === 'action' ? open.list : undefined;
  if (heading) {
    if (open?.kind !== 'actionList') close();
    else if (!open.title) ctx.onKeyword(heading.text);
    return startListedAction(lineContent(ctx.source, token), heading, ctx);
  }
  // Under a bare `Beslut:` the decision's points may be bullets (`- att avslå …`); under any decision, indented numbers (`  1. att …`).
  if (open?.kind === 'decision' && (open.bare || token.tokenType === NumberedLine)) return decisionEntry(open, lineContent(ctx.source, token), ctx);
  if (token.tokenType === NumberedLine && open?.kind === 'action') return continueStatement(open, lineContent(ctx.source, token), ctx);
  return startEntry(open, token, close, ctx);
}

/** A line of text (or a `Key:` line in a body): it continues what is open, or starts a paragraph. */
function textLine(open: Open | undefined, token: IToken, close: () => void, ctx: BodyContext): Open | undefined {
  // A reservation below a decision (`Reservation: …`, `(M) reserverar sig …`) is no part of it.
  if (open?.kind === 'decision' && isReservation(ctx.source, token)) return appendLine(open, token, close, ctx);
  // A decision whose keyword stands alone (`Beslut:` and below it `Kommunstyrelsen beslutar`,
  // `att …`, as a protokoll writes it) takes the lines that follow, indented or not.
  if (open?.kind === 'decision' && (open.bare || isIndented(ctx.source, token))) return continueStatement(open, lineContent(ctx.source, token), ctx);
  // An action's indented line, or a line that wraps its task: more of the task, which may end in
  // fields (`  för året. Senast: 30 april`).
  if (open?.kind === 'action' && (isIndented(ctx.source, token) || wrapsTask(open, ctx.source, token))) {
    continueWrappedTask(open, lineContent(ctx.source, token), ctx);
    return open;
  }
  // `RESOLVED that the minutes of the meeting held on` / `5 March be approved.`: the rest of the sentence.
  if (open?.kind === 'decision' && wrapsDecision(open, ctx.source, token)) return continueStatement(open, lineContent(ctx.source, token), ctx);
  return appendLine(open, token, close, ctx);
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** An indented line under an action or decision continues its text (and a decision's last point, if it has points). */
function continueStatement(open: Extract<Open, { kind: 'action' | 'decision' }>, content: TextNode, ctx: BodyContext): Open {
  addRefs(ctx, content);
  if (open.kind === 'action') open.taskLines.push(content);
  else {
    open.lines.push(content);
    open.entries?.[open.entries.length - 1]?.lines.push(content);
  }
  return open;
}

/**
 * A point of a decision written as a list entry (`- att avslå förslaget`, `  1. att …`): a line of
 * the decision's text — a numbered point with its number, as written, a bullet without its
 * marker, as the text has always read them — and an entry of its points.
 */
function decisionEntry(open: Extract<Open, { kind: 'decision' }>, content: TextNode, ctx: BodyContext): Open {
  const { marker, text } = readMarker(ctx.source, content);
  const line = isNumberMarker(marker) ? content : text;
  addRefs(ctx, line);
  open.leadLines ??= open.lines.length;
  open.lines.push(line);
  (open.entries ??= []).push({ marker, lines: text.text ? [text] : [] });
  return open;
}

/** Whether a list marker is a number (`1.`, `2)`) rather than a bullet. */
function isNumberMarker(marker: TextNode): boolean {
  const c = marker.text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Whether a blank line leaves the open block open: a decision's keyword alone on its line, with
 * no text yet (`Beslut`, a blank line, then the decision), takes the text below the blank line.
 */
function awaitsText(open: Open | undefined): boolean {
  return open?.kind === 'decision' && open.bare && open.lines.every((line) => line.text === '');
}

/**
 * Whether a line is a reservation against a decision rather than more of it: it begins with
 * `Reservation` (`Reservation: (M) …`, `Reservationer`) or says `reserverar sig` (`(M) reserverar
 * sig mot beslutet`, `Eva Berg (M) reserverade sig`). Asked only of lines below a decision.
 */
function isReservation(source: string, token: IToken): boolean {
  const end = lineEnd(source, token);
  const start = contentStart(source, token, end);
  return RESERVATION_START.test(source.slice(start, Math.min(end, start + RESERVATION_WORD_LENGTH))) || RESERVES.test(source.slice(start, end));
}

const RESERVATION_START = /^(?:Reservation|RESERVATION)/;
const RESERVATION_WORD_LENGTH = 'reservation'.length;
const RESERVES = /\breserver(?:ar|ade)\s+sig\b/i;

/**
 * Whether a line that is not indented still continues an action's task, as text copied from a
 * PDF wraps it: the task so far ends mid-sentence — in a word cut with a hyphen (`återkomma med
 * en tid-` / `plan.`) or any other way (`ring kommunen` / `och boka ett möte.`) — and the line
 * starts in lower case. Not after a deadline or a continuation keyword line.
 */
function wrapsTask(open: Extract<Open, { kind: 'action' }>, source: string, token: IToken): boolean {
  const last = open.taskLines[open.taskLines.length - 1];
  if (!last || open.action.deadline || last.span.end < open.action.span.end) return false;
  return continuesSentence(last.text, source, token);
}

/**
 * Whether a line that is not indented still continues a decision, as a sentence wraps: the text
 * so far ends mid-sentence (not in `.`, `!` or `?`) and the line starts in lower case.
 */
function wrapsDecision(open: Extract<Open, { kind: 'decision' }>, source: string, token: IToken): boolean {
  const text = open.lines[open.lines.length - 1]?.text ?? '';
  return text !== '' && continuesSentence(text, source, token);
}

/** Whether `text` ends mid-sentence (not in `.`, `!` or `?`) and the line of `token` starts in lower case: the sentence wraps onto it. */
function continuesSentence(text: string, source: string, token: IToken): boolean {
  const end = text.charCodeAt(text.length - 1);
  return end !== 46 /* . */ && end !== 33 /* ! */ && end !== 63 /* ? */ && startsLowerCase(source, token.startOffset, lineEnd(source, token));
}

/** A wrapped line of an action's task (`wrapsTask`), which may end in fields (`plan. Senast: 2025-04-15`). */
function continueWrappedTask(open: Extract<Open, { kind: 'action' }>, content: TextNode, ctx: BodyContext): void {
  const { headEnd, fields, rest } = readActionFields(ctx.source, content.span.start, content.span.end, false);
  const task = textBeforeFields(ctx.source, content.span.start, headEnd, content.span.end);
  applyFields(open.action, fields, ctx);
  if (task.text) continueStatement(open, task, ctx);
  for (const more of rest) continueStatement(open, more, ctx);
  open.action.span = { start: open.action.span.start, end: content.span.end };
}

/**
 * Reports the item references of `text`; returns whether the line may be part of a prose
 * assignment (it holds a word of `PROSE_WORD`), so that its paragraph is searched for one.
 */
function addRefs(ctx: BodyContext, text: TextNode | undefined): boolean {
  return text ? noteLine(ctx, text.span.start, text.span.end, text) : false;
}

/**
 * `addRefs` for the line `[start, end)` of the source, whose node (`node`, if the caller has one)
 * is made only where a reference may stand.
 */
function noteLine(ctx: BodyContext, start: number, end: number, node?: TextNode): boolean {
  if (ctx.noteworthy.holdsReference(start, end)) {
    const refs = findItemRefs(node ?? sourceNode(ctx.source, start, end), ctx.source);
    if (refs.length > 0) ctx.onItemRefs(refs);
  }
  return ctx.noteworthy.holdsProseWord(start, end);
}

/**
 * A text line continues an open paragraph or bullet entry; otherwise it starts a paragraph — or,
 * when it is a body's decision heading (`Kommunstyrelsens beslut`, `isBodyDecision`), a decision.
 * A paragraph line is kept as two numbers (`paragraph.ts`); a node is made only for a bullet
 * entry's line, or where a reference or a prose assignment may stand.
 */
function appendLine(open: Open | undefined, token: IToken, close: () => void, ctx: BodyContext): Open {
  const lineEndAt = lineEnd(ctx.source, token);
  const start = contentStart(ctx.source, token, lineEndAt);
  const end = contentEnd(ctx.source, lineEndAt, start);
  if (isBodyDecisionLine(token, start, end, ctx)) {
    close();
    return startDecision(trimmedNode(ctx.source, start, end), ctx);
  }
  const noteworthy = noteLine(ctx, start, end);
  if (open?.kind === 'paragraph') {
    openBounds.push(start);
    openBounds.push(end);
    open.noteworthy ||= noteworthy;
    return open;
  }
  if (open?.kind === 'list') {
    openList.line(start, end);
    open.noteworthy ||= noteworthy;
    return open;
  }
  close();
  return startBlock(start, end, noteworthy, ctx);
}

/**
 * The block that a line of text `[start, end)` begins, its references reported (`noteLine`): a
 * decision running into its `att` (`Nämnden beslutar att anta budgeten.`, `bodyRunOn`), or a
 * paragraph. A line that goes on with a paragraph is not asked: there the words are a sentence
 * of the text (`Förvaltningen redogör för ärendet.` / `Nämnden beslutar att anta riktlinjerna
 * först när …`), and the question would cost every line of running text.
 */
function startBlock(start: number, end: number, noteworthy: boolean, ctx: BodyContext): Open {
  if (mayRunOnDecision(ctx.source, start, end)) {
    const runOn = bodyRunOn(ctx.source, start);
    if (runOn) return decisionOpen(trimmedNode(ctx.source, start, runOn.keyEnd), trimmedNode(ctx.source, runOn.textStart, end), start, ctx);
  }
  openBounds.clear();
  openBounds.push(start);
  openBounds.push(end);
  return { kind: 'paragraph', noteworthy };
}

/**
 * Whether the line of `token`, whose content is `[start, end)`, is a body's decision heading, which
 * the lexer reads as text (`appendLine`): alone on its line it ends in `beslut` or a verb
 * (`Kommunstyrelsens beslut`, `Nämnden beslutar`, `Årsmötet beslutade`), with its text it is a
 * `Key:` line (`Nämndens beslut: att …`). Most lines end otherwise, and are let through at their
 * last two characters (`| 0x20`: in either case).
 */
function isBodyDecisionLine(token: IToken, start: number, end: number, ctx: BodyContext): boolean {
  if (token.tokenType === FieldLine) return isBodyDecision(ctx.source, start);
  // By the last two letters: `…ut`, `…öt`, `…at` (beslut, beslöt, beslutat), `…ar`, `…de`.
  const last = ctx.source.charCodeAt(end - 1) | 0x20;
  const before = ctx.source.charCodeAt(end - 2) | 0x20;
  const mayEnd = last === 116 /* t */ ? before === 117 /* u */ || before === 0xf6 /* ö */ || before === 97 /* a */ : last === 114 /* r */ ? before === 97 /* a */ : last === 101 /* e */ && before === 100; /* d */
  return mayEnd && endsInDecisionWord(ctx.source, start, end) && isBodyDecision(ctx.source, start);
}

/**
 * The line bounds of the paragraph being built (`[start0, end0, …]`): one run of numbers for
 * every paragraph — at most one is open at a time, and building never calls back into itself —
 * copied at its exact length when the paragraph is finished. Growing an array of its own for
 * every paragraph left the growth behind as garbage, and spare room in what the model keeps.
 */
const openBounds = new NumberRun();

/** The bounds of the list being built (`BulletList`), one builder for every list as `openBounds` is for paragraphs. */
const openList = new ListBounds();

/**
 * A bullet or numbered line starts an entry: of the open list, or of a new one. Its marker and
 * text are kept as offsets; a node is made only where a reference may stand.
 */
function startEntry(open: Open | undefined, token: IToken, close: () => void, ctx: BodyContext): Open {
  const lineEndAt = lineEnd(ctx.source, token);
  const start = contentStart(ctx.source, token, lineEndAt);
  const end = contentEnd(ctx.source, lineEndAt, start);
  const markerEnd = start + markerLengthAt(ctx.source, start, end);
  let textStart = markerEnd;
  while (textStart < end && isBlank(ctx.source.charCodeAt(textStart))) textStart++;
  let list: Extract<Open, { kind: 'list' }>;
  if (open?.kind === 'list') {
    endEntry(open, ctx);
    list = open;
  } else {
    close();
    list = { kind: 'list', noteworthy: false };
  }
  openList.entry(start, markerEnd);
  if (textStart < end) {
    openList.line(textStart, end);
    list.noteworthy = noteLine(ctx, textStart, end);
  }
  return list;
}

/** The current entry of a list is complete: its lines are searched for prose assignments if one may stand there. */
function endEntry(list: Extract<Open, { kind: 'list' }>, ctx: BodyContext): void {
  if (list.noteworthy) reportProse(lineNodes(ctx.source, openList.currentLines()), true, ctx);
  list.noteworthy = false;
}

function sourceNode(source: string, start: number, end: number): TextNode {
  return textNode(source.slice(start, end), start, end);
}

/** The words after which an action line is no action: `Uppdrag: Inga`, `Actions: none`. */
const NO_ACTIONS = /^(?:inga|ingen|inget|none|nil|n\/a|[-–—])\.?$/i;

/**
 * An action keyword's line: an action; with nothing after the keyword, the heading of a list of
 * actions (or, with no entries below it, an empty action); with a word that says there are none
 * (`Actions: None`), a line of text. `read` parts the keyword from the rest (after a colon, or
 * after a dash, `readDashAction`).
 */
function startActionLine(content: TextNode, token: IToken, close: () => void, ctx: BodyContext, read = readKeyValue): Open | undefined {
  const { key, value } = read(ctx.source, content);
  if (value.text === '') return { kind: 'actionList', heading: key, value, content };
  if (NO_ACTIONS.test(value.text)) return appendLine(undefined, token, close, ctx);
  ctx.onKeyword(key.text);
  return ownersInMargin(key, value, content, ctx) ?? actionFrom(key, value, content, ctx);
}

/**
 * `ACTION: Clerk` right below a paragraph, a list or a decision, as British minutes put an action
 * in the margin of the point it belongs to: the line names only owners, each an attendee by name,
 * first name, surname, initials or role (`ownersOnly` with `OwnerNames`), and the task is the
 * text above, which stays where it is too. Undefined for any other action line, which
 * `actionFrom` reads (`Action: Tom Reed` with nothing above it is a name where the task goes).
 */
function ownersInMargin(keyword: TextNode, value: TextNode, content: TextNode, ctx: BodyContext): Extract<Open, { kind: 'action' }> | undefined {
  // Owners are a few words; most action lines hold a task and are let through at their length.
  if (value.text.length > MOST_OWNERS_LENGTH) return undefined;
  const above = bodyBlocks.last();
  if (!above || (above.kind !== 'paragraph' && above.kind !== 'list' && above.kind !== 'decision') || (above.kind === 'paragraph' && above.subheading)) return undefined;
  // Right below it: one line break between them (two in a double-spaced document).
  let breaks = 0;
  for (let i = above.span.end; i < content.span.start; i++) if (ctx.source.charCodeAt(i) === 10 /* \n */ || (ctx.source.charCodeAt(i) === 13 /* \r */ && ctx.source.charCodeAt(i + 1) !== 10)) breaks++;
  if (breaks > (ctx.doubleSpaced ? 2 : 1) || !ownersOnly(value.text, ctx.ownerNames)) return undefined;
  // Below a list, the point is its last entry; below a decision (`RESOLVED that …` / `Action: Clerk`), what it decided.
  const point = above.kind === 'paragraph' ? { text: above.text, span: above.span } : above.kind === 'decision' ? { text: above.text.text, span: above.text.span } : above.entries[above.entries.length - 1];
  if (!point) return undefined;
  const line = copySpan(content.span);
  const action: Mutable<ActionBlock> = new ActionRecord(keyword, assigneesIn(ctx, value.span.start, value.span.end), ctx.itemNumber, line, line);
  action.assigneeSpan = copySpan(value.span);
  action.task = textNode(point.text, point.span.start, point.span.end);
  action.taskAbove = true;
  return { kind: 'action', action, taskLines: [] };
}

function startDecision(content: TextNode, ctx: BodyContext): Open {
  const { key, value } = readDecisionLine(ctx.source, content);
  addRefs(ctx, value);
  return decisionOpen(key, value, content.span.start, ctx);
}

/** An open decision of the keyword `key` and the text `value` on its line, which starts at `start` (its references reported). */
function decisionOpen(key: TextNode, value: TextNode, start: number, ctx: BodyContext): Open {
  ctx.onKeyword(key.text);
  return { kind: 'decision', keyword: key, lines: [value], start, bare: value.text === '' };
}

/** An action keyword (group 1) or a decision keyword and its colon, where a bullet's text begins. */
const STATEMENT_KEY = new RegExp(`(?:(${wordsPattern(ACTION_WORDS)})|${wordsPattern(DECISION_WORDS)})[^\\S\\r\\n]*:(?!\\S)`, 'iy');

/** The letters an action or decision keyword begins with, in either case (a decomposed `å` begins with `a`). */
const KEY_STARTS: ReadonlySet<string> = new Set([...ACTION_WORDS, ...DECISION_WORDS].flatMap((w) => [w.charAt(0), w.charAt(0).toUpperCase(), w.charAt(0).normalize('NFD').charAt(0)]));

/** A bullet line whose text is an action or decision line (`- Uppdrag: …`): which, and its text after the marker. */
function bulletKeyword(source: string, token: IToken): { kind: 'action' | 'decision'; content: TextNode } | undefined {
  // By offsets: most bullets hold neither, and no node is made for them.
  const lineEndAt = lineEnd(source, token);
  const start = contentStart(source, token, lineEndAt);
  let textStart = start + markerLengthAt(source, start, lineEndAt);
  while (textStart < lineEndAt && isBlank(source.charCodeAt(textStart))) textStart++;
  if (!KEY_STARTS.has(source.charAt(textStart))) return undefined;
  STATEMENT_KEY.lastIndex = textStart;
  const m = STATEMENT_KEY.exec(source);
  return m ? { kind: m[1] !== undefined ? 'action' : 'decision', content: readMarker(source, lineContent(source, token)).text } : undefined;
}

/** An entry of an action list: its text is read as an action line's text after the keyword, the entry's marker standing for the keyword. */
function startListedAction(content: TextNode, heading: TextNode, ctx: BodyContext): Open {
  const { marker, text } = readMarker(ctx.source, content);
  const open = actionFrom(marker, text, content, ctx);
  open.action.listHeading = heading;
  open.list = heading;
  return open;
}

/** The action of a bare `Uppdrag:` line that no entry follows: nothing in it, or the continuation lines below it. */
function bareAction(open: Extract<Open, { kind: 'actionList' }>, ctx: BodyContext): Open {
  ctx.onKeyword(open.heading.text);
  return actionFrom(open.heading, open.value, open.content, ctx);
}

/** An action from its keyword (or list marker), the text after it, and its whole line. */
function actionFrom(keyword: TextNode, value: TextNode, content: TextNode, ctx: BodyContext): Extract<Open, { kind: 'action' }> {
  const afterKeyword = value.span.start === value.span.end ? content.span.end : value.span.start;
  const line = copySpan(content.span);
  // A class, not a literal: V8 would make actions in the old generation (`records.ts`).
  const action: Mutable<ActionBlock> = new ActionRecord(keyword, [], ctx.itemNumber, line, line);
  // The fields after the task (`fix the logout bug. Owner: Dana Whitaker. Due: 2025-03-21`, `boka
  // lokal (Ansvarig: Lisa)`): the owners before a dash and the task are what stands before them.
  const { headEnd, fields, rest } = value.text ? readActionFields(ctx.source, value.span.start, value.span.end, false) : NO_FIELDS;
  let head = value.text ? headEnd : content.span.end;
  let taskStart = afterKeyword;
  const separator = value.text ? findSeparator(ctx.source, value.span.start, head) : undefined;
  // `Action: JB to review the lease – by 31 March`: the dash comes after owners and task parted by
  // `to`; the dash and what follows it are the task's (a deadline at its end is read in `finish`).
  const ownersBeforeTo = separator && holdsWordTo(ctx.source, value.span.start, separator.start) ? findOwnersBeforeTo(ctx.source, value.span.start, separator.start) : undefined;
  // `Uppdrag: boka lokalen – 31 maj`: what follows the only dash is a deadline, no task.
  const alone = separator && !ownersBeforeTo && !hasDeadline(fields) ? deadlineAlone(ctx.source, separator.end, head, deadlineReader(ctx)) : undefined;
  if (ownersBeforeTo) {
    action.assignees = assigneesIn(ctx, ownersBeforeTo.names.start, ownersBeforeTo.names.end);
    action.assigneeSpan = ownersBeforeTo.names;
    taskStart = ownersBeforeTo.taskStart;
  } else if (separator && alone && startsLowerCase(ctx.source, value.span.start, separator.start)) {
    // A name never begins in lower case: what stands before the dash is the task, and no one owns it.
    action.assigneeSpan = { start: afterKeyword, end: afterKeyword };
    action.separator = separator;
    action.deadline = afterDash(ctx.source, separator, alone);
    head = separator.start;
  } else if (separator) {
    const assigneeRegion = trimmedSpan(ctx.source, value.span.start, separator.start);
    action.assignees = assigneesIn(ctx, assigneeRegion.start, assigneeRegion.end);
    action.assigneeSpan = assigneeRegion;
    action.separator = separator;
    taskStart = separator.end;
    // `Uppdrag: Eva Berg – 31 maj`: the owner and a deadline, and no task.
    if (alone) {
      action.deadline = afterDash(ctx.source, separator, alone);
      taskStart = head;
    }
  } else {
    // `Action: Jane Smith to circulate the minutes`: no dash, the owners before `to`. The line
    // keeps no separator, so that formatting leaves its words as written.
    const owners = value.text ? findOwnersBeforeTo(ctx.source, value.span.start, head) : undefined;
    if (owners) {
      action.assignees = assigneesIn(ctx, owners.names.start, owners.names.end);
      action.assigneeSpan = owners.names;
      taskStart = owners.taskStart;
    } else {
      action.assigneeSpan = { start: afterKeyword, end: afterKeyword };
    }
  }
  const task = textBeforeFields(ctx.source, taskStart, head, content.span.end);
  applyFields(action, fields, ctx);
  const taskLines = task.text ? [task] : [];
  for (const more of rest) taskLines.push(more);
  for (const line of taskLines) addRefs(ctx, line);
  return { kind: 'action', action, taskLines };
}

function hasDeadline(fields: readonly ActionField[]): boolean {
  for (const field of fields) if (field.kind === 'deadline') return true;
  return false;
}

const NO_FIELDS = { headEnd: 0, fields: [], rest: [] } as const;

/** Whether `[start, end)` holds the word `to` after a space: asked before the owners-before-`to` expression. */
function holdsWordTo(source: string, start: number, end: number): boolean {
  for (let i = start + 1; i + 2 < end; i++) {
    if (source.charCodeAt(i) === 0x74 /* t */ && source.charCodeAt(i + 1) === 0x6f /* o */ && isBlank(source.charCodeAt(i - 1)) && isBlank(source.charCodeAt(i + 2))) return true;
  }
  return false;
}

/** The assignees of the list in `[start, end)`. */
function assigneesIn(ctx: BodyContext, start: number, end: number): Assignee[] {
  return assigneeNames(ctx.source, start, end, ctx.joinedNames).map((name): Assignee => new AssigneeRecord(name));
}

/**
 * The fields of an action's lines: owners are added to those already named, and a deadline or a
 * status replaces an earlier one.
 */
function applyFields(action: Mutable<ActionBlock>, fields: readonly ActionField[], ctx: BodyContext): void {
  for (const field of fields) {
    if (field.kind === 'owner') {
      ctx.onKeyword(field.keyword.text);
      addOwners(action, field.value, ctx);
    } else if (field.kind === 'deadline') {
      action.deadline = readDeadline(field.keyword, field.value, ctx);
    } else {
      ctx.onKeyword(field.keyword.text);
      action.status = readStatus(field.value);
    }
  }
}

/** The names of an owner field, after those already named; the list's place is the last one's. */
function addOwners(action: Mutable<ActionBlock>, value: TextNode, ctx: BodyContext): void {
  const names = assigneesIn(ctx, value.span.start, value.span.end);
  if (names.length === 0) return;
  action.assignees = action.assignees.length === 0 ? names : [...action.assignees, ...names];
  action.assigneeSpan = copySpan(value.span);
}

function readStatus(value: TextNode): { value: ActionStatus; text: TextNode } {
  return { value: STATUS_VALUES.find(([re]) => re.test(value.text))?.[1] ?? 'open', text: value };
}

function readDeadline(keyword: TextNode, text: TextNode, ctx: BodyContext): Deadline {
  ctx.onKeyword(keyword.text);
  return new DeadlineRecord(keyword, parseDeadline(text, ctx.meetingYear, ctx.dayFirst, ctx.meetingDate));
}

/**
 * A continuation line (`Ansvarig:`, `Senast:`, `Status:`): its own field, then any other written
 * after its value (`Owner: Marcus Lee  Due: 2025-03-21`, `Owner: Marcus Lee, Due: 2025-03-21`).
 */
function continueAction(open: Extract<Open, { kind: 'action' }>, type: TokenType, content: TextNode, ctx: BodyContext): void {
  const { key, value } = readKeyValue(ctx.source, content);
  const { headEnd, fields, rest } = value.text ? readActionFields(ctx.source, value.span.start, value.span.end, true) : NO_FIELDS;
  const own: ActionField = {
    kind: type === OwnerLine ? 'owner' : type === DeadlineLine ? 'deadline' : 'status',
    keyword: key,
    value: fields.length > 0 ? valueBeforeField(ctx.source, value.span.start, headEnd) : ownValue(ctx.source, type, value),
  };
  applyFields(open.action, [own], ctx);
  applyFields(open.action, fields, ctx);
  // `Owner: Eva (Due: Friday) if she agrees`: words after a group of fields belong to the task.
  for (const more of rest) continueStatement(open, more, ctx);
  open.action.span = { start: open.action.span.start, end: content.span.end };
}

/** The value of a continuation line that holds no other field: a deadline without its final full stop. */
function ownValue(source: string, type: TokenType, value: TextNode): TextNode {
  return type === DeadlineLine && value.text.endsWith('.') ? trimmedNode(source, value.span.start, value.span.end - 1) : value;
}

/**
 * A deadline written at the end of the task's last line (`– 31 maj`, `by 20 March`,
 * `snarast`): the action's deadline, and the line shortened to the task before it.
 */
function deadlineInTask(action: Mutable<ActionBlock>, taskLines: TextNode[], ctx: BodyContext): void {
  const last = taskLines[taskLines.length - 1];
  if (!last) return;
  const found = findTaskDeadline(ctx.source, last.span.start, last.span.end, deadlineReader(ctx));
  if (!found) return;
  action.deadline = new DeadlineRecord(found.lead, found.date, true);
  // The action's lines run to the deadline, on a wrapped line too.
  if (last.span.end > action.span.end) action.span = { start: action.span.start, end: last.span.end };
  const task = trimmedNode(ctx.source, last.span.start, found.taskEnd);
  if (task.text) taskLines[taskLines.length - 1] = task;
  else taskLines.pop();
}

/** Reads a deadline's text as `readDeadline` does: with the meeting's year and date. */
function deadlineReader(ctx: BodyContext): (text: TextNode) => DateValue {
  return (text) => parseDeadline(text, ctx.meetingYear, ctx.dayFirst, ctx.meetingDate);
}

/** A deadline that stands alone after the action line's dash (`Uppdrag: Eva Berg – 31 maj`). */
function afterDash(source: string, separator: Span, date: DateValue): Deadline {
  return new DeadlineRecord(textNode(source.slice(separator.start, separator.end), separator.start, separator.end), date, true);
}

/** The lines joined as a reader reads them; one line is its own text (most actions and decisions). */
function joinedText(lines: readonly TextNode[]): string {
  return lines.length === 1 ? (lines[0] as TextNode).text : joinLines(lines);
}

/** Searches wrapped lines for prose assignments, joining them only when a line may hold one. */
function reportProse(lines: readonly TextNode[], noteworthy: boolean, ctx: BodyContext): void {
  if (!noteworthy) return;
  const found = findProseAssignments(joinWithMap(lines), ctx.itemNumber, ctx.joinedNames);
  if (found.length > 0) ctx.onProseAssignments(found);
}

/** A decision's points: the text before the first (`Kommunstyrelsen beslutar`), and each entry. */
function decisionPoints(leadLines: readonly TextNode[], entries: readonly DecisionEntry[]): NonNullable<DecisionBlock['points']> {
  const texts = leadLines.filter((l) => l.text);
  const first = texts[0];
  const last = texts[texts.length - 1];
  const published = entries.map((entry): BulletEntry => {
    const end = entry.lines[entry.lines.length - 1]?.span.end ?? entry.marker.span.end;
    return { marker: entry.marker, lines: entry.lines, text: entry.lines.length === 0 ? '' : joinedText(entry.lines), span: { start: entry.marker.span.start, end } };
  });
  return first && last ? { lead: textNode(joinedText(texts), first.span.start, last.span.end), entries: published } : { entries: published };
}

function finish(open: Open, ctx: BodyContext): Block {
  switch (open.kind) {
    case 'paragraph': {
      if (open.noteworthy) reportProse(lineNodes(ctx.source, openBounds.slice()), true, ctx);
      const at = ctx.bounds.append(openBounds);
      return open.subheading ? new Subheading(ctx.source, ctx.bounds, at, openBounds.length) : new Paragraph(ctx.source, ctx.bounds, at, openBounds.length);
    }
    case 'list': {
      endEntry(open, ctx);
      const { at, count, end } = openList.take(ctx.bounds);
      return new BulletList(ctx.source, ctx.bounds, at, count, end);
    }
    case 'actionList':
      // A bare keyword with no entries below: an action with nothing in it, as written.
      return finish(bareAction(open, ctx), ctx);
    case 'action': {
      const { action, taskLines } = open;
      if (!action.deadline) deadlineInTask(action, taskLines, ctx);
      const first = taskLines[0];
      const last = taskLines[taskLines.length - 1];
      if (first && last) {
        action.task = textNode(joinedText(taskLines), first.span.start, last.span.end);
        if (last.span.end > action.span.end) action.span = { start: action.span.start, end: last.span.end };
      }
      ctx.onAction(action);
      return action;
    }
    case 'decision': {
      const texts = open.lines.filter((l) => l.text);
      // "Styrelsen ger förvaltningen i uppdrag att …" is how a protokoll's decisions assign work.
      reportProse(texts, texts.some((t) => ctx.noteworthy.holdsProseWord(t.span.start, t.span.end)), ctx);
      const first = texts[0];
      const last = texts[texts.length - 1];
      const text = first && last ? textNode(joinedText(texts), first.span.start, last.span.end) : textNode('', open.keyword.span.end, open.keyword.span.end);
      const decision: Mutable<DecisionBlock> = new DecisionRecord(open.keyword, text, ctx.itemNumber, { start: open.start, end: Math.max(text.span.end, open.keyword.span.end) });
      if (open.entries) decision.points = decisionPoints(open.lines.slice(0, open.leadLines), open.entries);
      return decision;
    }
  }
}
