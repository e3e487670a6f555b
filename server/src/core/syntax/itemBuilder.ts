import type { CstNode, IToken } from 'chevrotain';
import { buildBody } from '../model/bodyBlocks';
import type { NoteworthyPlaces } from '../model/noteworthy';
import type { CommentBlock, ItemRef, ProseAssignment } from '../model/types';
import { linesOf, readLine, trimmedNode } from './cstUtil';
import { keywordLang } from './keywordLookup';
import type { SyntaxProblem } from './parse';
import type { ItemPart } from './parts';
import { INVISIBLE_START } from './tokens';
import type { LineBreakCounts } from './regions';

/** What building one item needs to know about the rest of the document. */
export interface ItemContext {
  readonly source: string;
  /** See `isDoubleSpaced`. */
  readonly doubleSpaced: boolean;
  /** The year for dates written without one. */
  readonly meetingYear: number | undefined;
  /** Where `source` may hold an item reference or a prose assignment, found once per text. */
  readonly noteworthy: NoteworthyPlaces;
  /** Names an assignee list is not split inside (`joinedNamesOf`). */
  readonly joinedNames: readonly string[];
}

/** The empty list every item without comments, references or prose assignments shares. */
export const NOTHING: readonly never[] = Object.freeze([]);

/** An item heading's number: `6.`, `§ 6`, `§6.`, after any invisible characters (`INVISIBLE_START`). */
const ITEM_NUMBER = new RegExp(`^([${INVISIBLE_START}]*(?:§\\s*)?)(\\d+)\\.?`);

/** Where an item's region lies and what its parse reported. */
export interface ItemRegion {
  readonly start: number;
  readonly end: number;
  readonly lineBreaks: LineBreakCounts;
  readonly problems: readonly SyntaxProblem[];
}

/**
 * Builds one item from its syntax tree (the `item` rule): number, title and body blocks, and the
 * comments, item references and prose assignments found in it. Depends on nothing outside the
 * item but `ctx`, which is what lets an edited item be rebuilt alone.
 */
export function buildItemPart(node: CstNode, region: ItemRegion, ctx: ItemContext): ItemPart {
  const children = node.children as Record<string, IToken[] | undefined>;
  // Most items have none of these: the lists are made when the first one is found.
  let comments: CommentBlock[] | undefined;
  let textItemRefs: ItemRef[] | undefined;
  let proseAssignments: ProseAssignment[] | undefined;
  const votes = { sv: 0, en: 0 };
  const vote = (keyword: string) => {
    const lang = keywordLang(keyword);
    if (lang) votes[lang]++;
  };
  const headingToken = linesOf(children.ItemLine)[0];
  // The region starts with an item heading by construction; an empty heading keeps the item whole anyway.
  const heading = headingToken ? readLine(ctx.source, headingToken).content : { text: '', span: { start: region.start, end: region.start } };
  const m = ITEM_NUMBER.exec(heading.text);
  const digits = m?.[2] ?? '';
  const digitsAt = heading.span.start + (m?.[1]?.length ?? 0);
  const number = Number(digits || 0);
  const title = trimmedNode(ctx.source, heading.span.start + (m?.[0].length ?? 0), heading.span.end);
  // Only error recovery invents tokens, and it reports a problem: without one, the lines are as lexed.
  const bodyLines = region.problems.length === 0 ? (children.AnyLine ?? []) : linesOf(children.AnyLine);
  const body = buildBody(bodyLines, {
    source: ctx.source,
    itemNumber: number,
    doubleSpaced: ctx.doubleSpaced,
    meetingYear: ctx.meetingYear,
    noteworthy: ctx.noteworthy,
    joinedNames: ctx.joinedNames,
    onKeyword: vote,
    onComment: (c) => (comments ??= []).push(c),
    onItemRefs: (refs) => {
      for (const r of refs) (textItemRefs ??= []).push(r);
    },
    onProseAssignments: (found) => {
      for (const p of found) (proseAssignments ??= []).push(p);
    },
  });
  const lastBlock = body[body.length - 1];
  return {
    item: {
      number,
      numberNode: { text: digits, span: { start: digitsAt, end: digitsAt + digits.length } },
      title,
      body,
      headerSpan: heading.span,
      span: { start: heading.span.start, end: Math.max(lastBlock?.span.end ?? 0, heading.span.end) },
    },
    comments: comments ?? NOTHING,
    textItemRefs: textItemRefs ?? NOTHING,
    proseAssignments: proseAssignments ?? NOTHING,
    problems: region.problems,
    votes,
    lineBreaks: region.lineBreaks,
    start: region.start,
    end: region.end,
    unsettled: 0,
  };
}
