import type { CalendarDate } from '../dates/dateValue';
import type { AttendanceSection, CommentBlock, Footer, HeaderField, Item, ItemRef, Lang, MeetingDocument, ProseAssignment } from '../model/types';
import type { TextNode } from '../text/span';
import type { SyntaxProblem } from './parse';
import type { LineBreakCounts } from './regions';

/** Keywords seen per language; the document's language is the one with more. */
export interface LanguageVotes {
  readonly sv: number;
  readonly en: number;
}

/**
 * A document read region by region. The meeting model (`MeetingDocument`) is assembled from
 * these parts; keeping them lets an edit inside one item rebuild that item alone
 * (`analysis/update.ts`).
 */
export interface DocumentParts {
  readonly prefix: PrefixPart;
  readonly items: readonly ItemPart[];
  readonly footer: FooterPart | undefined;
  readonly doubleSpaced: boolean;
}

/** Title, header fields and attendance sections: everything before the first item or the footer. */
export interface PrefixPart {
  readonly title?: TextNode;
  readonly headerFields: readonly HeaderField[];
  readonly preamble: readonly TextNode[];
  readonly sections: readonly AttendanceSection[];
  readonly comments: readonly CommentBlock[];
  readonly problems: readonly SyntaxProblem[];
  readonly votes: LanguageVotes;
  /** The year of `Datum:`, given to dates written without one. */
  readonly meetingYear: number | undefined;
  /** Where the prefix ends (the first item's heading, the footer, or the end). */
  readonly end: number;
}

/**
 * One item and what was found while reading it. `start` and `end` delimit its region of the
 * text — from its heading line to the next region — and move when an earlier item is edited.
 */
export interface ItemPart {
  readonly item: Item;
  readonly comments: readonly CommentBlock[];
  readonly textItemRefs: readonly ItemRef[];
  readonly proseAssignments: readonly ProseAssignment[];
  readonly problems: readonly SyntaxProblem[];
  readonly votes: LanguageVotes;
  readonly lineBreaks: LineBreakCounts;
  start: number;
  end: number;
  /** How far the spans of this part's model have yet to move after edits before it (see `update.ts`). */
  unsettled: number;
}

export interface FooterPart {
  readonly footer: Footer;
  readonly comments: readonly CommentBlock[];
  readonly problems: readonly SyntaxProblem[];
  readonly votes: LanguageVotes;
  start: number;
}

/** Sums the mid-sentence line-break evidence of every item. */
export function totalLineBreaks(items: readonly ItemPart[]): LineBreakCounts {
  let adjacent = 0;
  let acrossBlank = 0;
  for (const part of items) {
    adjacent += part.lineBreaks.adjacent;
    acrossBlank += part.lineBreaks.acrossBlank;
  }
  return { adjacent, acrossBlank };
}

/**
 * The meeting model of a document's parts. Cheap: it gathers what the parts hold, and the lists
 * that gather from every item (comments, item references, prose assignments) are gathered on
 * first use, as an edit makes a new model and most edits are followed by no such use.
 */
export function assembleDocument(parts: DocumentParts, length: number): MeetingDocument {
  const { prefix, items, footer } = parts;
  let sv = prefix.votes.sv + (footer?.votes.sv ?? 0);
  let en = prefix.votes.en + (footer?.votes.en ?? 0);
  for (const part of items) {
    sv += part.votes.sv;
    en += part.votes.en;
  }
  const language: Lang = en > sv ? 'en' : 'sv';
  let comments: CommentBlock[] | undefined;
  let textItemRefs: ItemRef[] | undefined;
  let proseAssignments: ProseAssignment[] | undefined;
  return {
    ...(prefix.title ? { title: prefix.title } : {}),
    headerFields: prefix.headerFields,
    preamble: prefix.preamble,
    sections: prefix.sections,
    items: items.map((p) => p.item),
    ...(footer ? { footer: footer.footer } : {}),
    get comments() {
      return (comments ??= [...prefix.comments, ...items.flatMap((p) => p.comments), ...(footer?.comments ?? [])]);
    },
    get textItemRefs() {
      return (textItemRefs ??= items.flatMap((p) => p.textItemRefs));
    },
    get proseAssignments() {
      return (proseAssignments ??= items.flatMap((p) => p.proseAssignments));
    },
    language,
    length,
    doubleSpaced: parts.doubleSpaced,
  };
}

/** The problems of every part, in text order. */
export function allProblems(parts: DocumentParts): SyntaxProblem[] {
  const out: SyntaxProblem[] = [...parts.prefix.problems];
  for (const part of parts.items) for (const p of part.problems) out.push(p);
  if (parts.footer) for (const p of parts.footer.problems) out.push(p);
  return out;
}

/** For dates written without a year: the meeting's year, else the caller's. */
export function yearFor(prefix: PrefixPart, today: CalendarDate | undefined): number | undefined {
  return prefix.meetingYear ?? today?.year;
}
