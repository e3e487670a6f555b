import type { CstNode, IToken } from 'chevrotain';
import { parseDate } from '../dates/parseDate';
import { contentSpan, tokenEnd, tokensOf, trimmedNode } from '../syntax/cstUtil';
import { ActionKeyword, Dash, DeadlineKeyword, DecisionKeyword, Indent, ItemNumber, OwnerKeyword, StatusKeyword } from '../syntax/tokens';
import type { Span, TextNode } from '../text/span';
import { splitDeadline, splitNames } from './actionText';
import { findItemRefs } from './itemRefs';
import { joinWithMap } from './joinLines';
import { findProseAssignments } from './proseAssignments';
import type { ActionBlock, ActionStatus, Assignee, Block, BulletEntry, CommentBlock, Deadline, ItemRef, ProseAssignment } from './types';

export interface BodyContext {
  readonly source: string;
  readonly itemNumber: number;
  /** See `isDoubleSpaced`: single empty lines do not separate blocks. */
  readonly doubleSpaced: boolean;
  /** The year for dates written without one. */
  readonly meetingYear: number | undefined;
  onKeyword(image: string): void;
  onComment(comment: CommentBlock): void;
  onItemRefs(refs: readonly ItemRef[]): void;
  onProseAssignments(found: readonly ProseAssignment[]): void;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The block being built; it stays open while the following lines continue it. */
type Open =
  | { kind: 'paragraph'; lines: TextNode[] }
  | { kind: 'list'; entries: { marker: TextNode; lines: TextNode[] }[] }
  | { kind: 'action'; action: Mutable<ActionBlock>; taskLines: TextNode[] }
  | { kind: 'decision'; keyword: TextNode; lines: TextNode[]; start: number };

const STATUS_VALUES: readonly [RegExp, ActionStatus][] = [
  [/^(klar|klart|avklarad|avslutad|utförd|done|complete|completed|closed)\b/i, 'done'],
  [/^(pågår|pågående|påbörjad|in progress|ongoing|started)\b/i, 'inProgress'],
];

/**
 * Turns the lines of an item body into blocks: paragraphs, bullet lists, actions (with their
 * `Ansvarig:`/`Senast:`/`Status:` and indented continuation lines) and decisions. A blank line
 * ends a block; in a double-spaced document only a line of white space or two blank lines do.
 */
export function buildBody(lines: readonly CstNode[], ctx: BodyContext): Block[] {
  const blocks: Block[] = [];
  let open: Open | undefined;
  let blankRun = 0;
  let hardBreak = false;

  const close = () => {
    if (open) blocks.push(finish(open, ctx));
    open = undefined;
  };

  for (const node of lines) {
    if (node.name === 'blankLine') {
      blankRun++;
      if (!ctx.doubleSpaced || node.children.Indent || blankRun >= 2) hardBreak = true;
      continue;
    }
    if (node.name !== 'commentLine' && node.name !== 'blankLine' && hardBreak) close();
    blankRun = 0;
    hardBreak = false;
    const tokens = tokensOf(node);
    const indented = tokens[0]?.tokenType === Indent;
    const line = contentSpan(tokens, node.location?.startOffset ?? 0);
    switch (node.name) {
      case 'commentLine': {
        const comment = commentOf(tokens, ctx.source, line);
        ctx.onComment(comment);
        close();
        blocks.push(comment);
        break;
      }
      case 'actionLine':
        close();
        open = startAction(tokens, line, ctx);
        break;
      case 'decisionLine': {
        close();
        const keyword = tokens.find((t) => t.tokenType === DecisionKeyword);
        if (keyword) ctx.onKeyword(keyword.image);
        const start = keyword ? tokenEnd(keyword) : line.start;
        open = { kind: 'decision', keyword: keywordNode(keyword, line), lines: [trimmedNode(ctx.source, start, line.end)], start: line.start };
        addRefs(ctx, open.lines[0]);
        break;
      }
      case 'continuationLine':
        if (open?.kind === 'action') continueAction(open, tokens, line, ctx);
        else open = appendText(open, trimmedNode(ctx.source, line.start, line.end), close, ctx);
        break;
      case 'bulletLine': {
        const marker = tokens.find((t) => t.tokenType.name === 'Bullet');
        const text = trimmedNode(ctx.source, marker ? tokenEnd(marker) : line.start, line.end);
        addRefs(ctx, text);
        const entry = { marker: marker ? { text: marker.image, span: { start: marker.startOffset, end: tokenEnd(marker) } } : text, lines: text.text ? [text] : [] };
        if (open?.kind === 'list') open.entries.push(entry);
        else {
          close();
          open = { kind: 'list', entries: [entry] };
        }
        break;
      }
      default: {
        const numbered = indented && tokens[1]?.tokenType === ItemNumber ? tokens[1] : undefined;
        if (numbered && open?.kind !== 'action' && open?.kind !== 'decision') {
          // An indented `2. …` is an entry of a numbered list inside the body.
          const text = trimmedNode(ctx.source, tokenEnd(numbered), line.end);
          addRefs(ctx, text);
          const entry = { marker: { text: numbered.image, span: { start: numbered.startOffset, end: tokenEnd(numbered) } }, lines: text.text ? [text] : [] };
          if (open?.kind === 'list') open.entries.push(entry);
          else {
            close();
            open = { kind: 'list', entries: [entry] };
          }
          break;
        }
        const text = trimmedNode(ctx.source, line.start, line.end);
        if (indented && open?.kind === 'action') {
          open.taskLines.push(text);
          addRefs(ctx, text);
        } else if (indented && open?.kind === 'decision') {
          open.lines.push(text);
          addRefs(ctx, text);
        } else {
          open = appendText(open, text, close, ctx);
        }
      }
    }
  }
  close();
  return blocks;
}

function addRefs(ctx: BodyContext, text: TextNode | undefined): void {
  if (!text) return;
  const refs = findItemRefs(text);
  if (refs.length > 0) ctx.onItemRefs(refs);
}

/** A text line continues an open paragraph or bullet entry; otherwise it starts a paragraph. */
function appendText(open: Open | undefined, text: TextNode, close: () => void, ctx: BodyContext): Open {
  addRefs(ctx, text);
  if (open?.kind === 'paragraph') {
    open.lines.push(text);
    return open;
  }
  const lastEntry = open?.kind === 'list' ? open.entries[open.entries.length - 1] : undefined;
  if (lastEntry) {
    lastEntry.lines.push(text);
    return open as Open;
  }
  close();
  return { kind: 'paragraph', lines: [text] };
}

function keywordNode(token: IToken | undefined, line: Span): TextNode {
  if (!token) return { text: '', span: { start: line.start, end: line.start } };
  const word = token.image.replace(/\s*:\s*$/, '');
  return { text: word, span: { start: token.startOffset, end: token.startOffset + word.length } };
}

function commentOf(tokens: readonly IToken[], source: string, line: Span): CommentBlock {
  const token = tokens.find((t) => t.tokenType.name === 'Comment');
  const start = token?.startOffset ?? line.start;
  const end = token ? tokenEnd(token) : line.end;
  return { kind: 'comment', text: trimmedNode(source, start + 2, end), span: { start, end } };
}

function startAction(tokens: readonly IToken[], line: Span, ctx: BodyContext): Open {
  const keywordToken = tokens.find((t) => t.tokenType === ActionKeyword);
  if (keywordToken) ctx.onKeyword(keywordToken.image);
  const keyword = keywordNode(keywordToken, line);
  const afterKeyword = keywordToken ? tokenEnd(keywordToken) : line.start;
  // The parser puts the separating dash directly under the action line (the task's dashes are inside `inline`).
  const dashToken = tokens.find((t) => (t.tokenType === Dash || t.tokenType.CATEGORIES?.includes(Dash)) && t.startOffset >= afterKeyword);
  const action: Mutable<ActionBlock> = {
    kind: 'action',
    keyword,
    assignees: [],
    itemNumber: ctx.itemNumber,
    span: line,
    lineSpan: line,
  };
  let taskStart = afterKeyword;
  if (dashToken && isSeparator(tokens, dashToken)) {
    const assigneeRegion = trimmedNode(ctx.source, afterKeyword, dashToken.startOffset);
    action.assignees = splitNames(ctx.source, assigneeRegion.span.start, assigneeRegion.span.end).map((name): Assignee => ({ name }));
    action.assigneeSpan = assigneeRegion.span;
    const hyphenAt = tokenEnd(dashToken) - 1;
    action.separator = { start: hyphenAt, end: tokenEnd(dashToken) };
    taskStart = tokenEnd(dashToken);
  } else {
    action.assigneeSpan = { start: afterKeyword, end: afterKeyword };
  }
  const { task, deadline } = splitDeadline(ctx.source, taskStart, line.end);
  if (deadline) action.deadline = readDeadline(deadline.keyword, deadline.text, ctx);
  const taskLines = task.text ? [task] : [];
  taskLines.forEach((t) => addRefs(ctx, t));
  return { kind: 'action', action, taskLines };
}

/** The first dash after the keyword separates assignees from the task. */
function isSeparator(tokens: readonly IToken[], dash: IToken): boolean {
  const first = tokens.find((t) => t.tokenType === Dash || t.tokenType.CATEGORIES?.includes(Dash));
  return first === dash;
}

function readDeadline(keyword: TextNode, text: TextNode, ctx: BodyContext): Deadline {
  ctx.onKeyword(keyword.text + ':');
  return { keyword, date: parseDate(text, ctx.meetingYear) };
}

function continueAction(open: Extract<Open, { kind: 'action' }>, tokens: readonly IToken[], line: Span, ctx: BodyContext): void {
  const keywordToken = tokens.find((t) => t.tokenType === OwnerKeyword || t.tokenType === DeadlineKeyword || t.tokenType === StatusKeyword);
  if (!keywordToken) return;
  ctx.onKeyword(keywordToken.image);
  const value = trimmedNode(ctx.source, tokenEnd(keywordToken), line.end);
  const action = open.action;
  if (keywordToken.tokenType === OwnerKeyword) {
    action.assignees = [...action.assignees, ...splitNames(ctx.source, value.span.start, value.span.end).map((name) => ({ name }))];
    if (action.assignees.length > 0) action.assigneeSpan = value.span;
  } else if (keywordToken.tokenType === DeadlineKeyword) {
    const text = trimmedNode(ctx.source, value.span.start, value.span.end - (value.text.endsWith('.') ? 1 : 0));
    action.deadline = readDeadline(keywordNode(keywordToken, line), text, ctx);
  } else {
    const value2 = STATUS_VALUES.find(([re]) => re.test(value.text))?.[1] ?? 'open';
    action.status = { value: value2, text: value };
  }
  action.span = { start: action.span.start, end: line.end };
}

function finish(open: Open, ctx: BodyContext): Block {
  switch (open.kind) {
    case 'paragraph': {
      const joined = joinWithMap(open.lines);
      const found = findProseAssignments(joined, ctx.itemNumber);
      if (found.length > 0) ctx.onProseAssignments(found);
      const first = open.lines[0];
      const last = open.lines[open.lines.length - 1];
      return { kind: 'paragraph', lines: open.lines, text: joined.text, span: { start: first?.span.start ?? 0, end: last?.span.end ?? 0 } };
    }
    case 'list': {
      const entries: BulletEntry[] = open.entries.map((entry) => {
        const joined = joinWithMap(entry.lines);
        const found = findProseAssignments(joined, ctx.itemNumber);
        if (found.length > 0) ctx.onProseAssignments(found);
        const last = entry.lines[entry.lines.length - 1];
        return { marker: entry.marker, lines: entry.lines, text: joined.text, span: { start: entry.marker.span.start, end: last?.span.end ?? entry.marker.span.end } };
      });
      return { kind: 'list', entries, span: { start: entries[0]?.span.start ?? 0, end: entries[entries.length - 1]?.span.end ?? 0 } };
    }
    case 'action': {
      const { action, taskLines } = open;
      const first = taskLines[0];
      const last = taskLines[taskLines.length - 1];
      if (first && last) {
        action.task = { text: joinWithMap(taskLines).text, span: { start: first.span.start, end: last.span.end } };
        if (last.span.end > action.span.end) action.span = { start: action.span.start, end: last.span.end };
      }
      return action;
    }
    case 'decision': {
      const texts = open.lines.filter((l) => l.text);
      const first = texts[0];
      const last = texts[texts.length - 1];
      const text = first && last ? { text: joinWithMap(texts).text, span: { start: first.span.start, end: last.span.end } } : { text: '', span: { start: open.keyword.span.end, end: open.keyword.span.end } };
      return { kind: 'decision', keyword: open.keyword, text, itemNumber: ctx.itemNumber, span: { start: open.start, end: Math.max(text.span.end, open.keyword.span.end) } };
    }
  }
}
