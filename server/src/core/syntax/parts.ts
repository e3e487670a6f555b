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

/** The meeting model of a document's parts. Cheap: it only gathers what the parts hold. */
export function assembleDocument(parts: DocumentParts, length: number): MeetingDocument {
  const { prefix, items, footer } = parts;
  let sv = prefix.votes.sv + (footer?.votes.sv ?? 0);
  let en = prefix.votes.en + (footer?.votes.en ?? 0);
  const comments: CommentBlock[] = [...prefix.comments];
  const textItemRefs: ItemRef[] = [];
  const proseAssignments: ProseAssignment[] = [];
  for (const part of items) {
    sv += part.votes.sv;
    en += part.votes.en;
    for (const c of part.comments) comments.push(c);
    for (const r of part.textItemRefs) textItemRefs.push(r);
    for (const p of part.proseAssignments) proseAssignments.push(p);
  }
  if (footer) for (const c of footer.comments) comments.push(c);
  const language: Lang = en > sv ? 'en' : 'sv';
  return {
    ...(prefix.title ? { title: prefix.title } : {}),
    headerFields: prefix.headerFields,
    preamble: prefix.preamble,
    sections: prefix.sections,
    items: items.map((p) => p.item),
    ...(footer ? { footer: footer.footer } : {}),
    comments,
    textItemRefs,
    proseAssignments,
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
