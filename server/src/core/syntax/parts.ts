import type { CalendarDate, DateValue } from '../dates/dateValue';
import type { OwnerNames } from '../model/marginOwners';
import type { ActionBlock, AttendanceSection, CommentBlock, Footer, HeaderField, Item, ItemRef, Lang, MeetingDocument, ProseAssignment } from '../model/types';
import type { TextNode } from '../text/span';
import { wordLanguage } from '../text/wordLanguage';
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
  /**
   * The numbered lines below an agenda heading were read as items (`AgendaLines.readAsItems`): an
   * edit among them may make them an agenda, so the document is read again whole.
   */
  readonly agendaAsItems?: true;
}

/** Title, header fields and attendance sections: everything before the first item or the footer. */
export interface PrefixPart {
  readonly title?: TextNode;
  /** See `MeetingDocument.titleDate`. */
  readonly titleDate?: DateValue;
  readonly headerFields: readonly HeaderField[];
  readonly preamble: readonly TextNode[];
  readonly sections: readonly AttendanceSection[];
  readonly comments: readonly CommentBlock[];
  readonly problems: readonly SyntaxProblem[];
  readonly votes: LanguageVotes;
  /** The year of `Datum:`, given to dates written without one. */
  readonly meetingYear: number | undefined;
  /** The meeting's date (`meetingDateOf`), from which a deadline that names a day of the week counts. */
  readonly meetingDate: CalendarDate | undefined;
  /**
   * Whether day and month in figures that make a date in either order (`3/4`) are read day
   * first: the header's keywords (its field names and attendance headings) are more Swedish than
   * English. Otherwise such a date is ambiguous.
   */
  readonly dayFirst: boolean;
  /** Attendees' names and organisations with `och`/`and`/`&` in them (`joinedNamesOf`). */
  readonly joinedNames: readonly string[];
  /** Who may own an action in a margin (`ACTION: Clerk`): the attendees, by name, first name, surname, initials and role. */
  readonly ownerNames: OwnerNames;
  /** Where the prefix ends (the first item's heading, the footer, or the end). */
  readonly end: number;
}

/**
 * One item and what was found while reading it. `start` and `end` delimit its region of the
 * text — from its heading line to the next region — and move when an earlier item is edited.
 */
export interface ItemPart {
  readonly item: Item;
  /**
   * The item's action blocks, in body order: the same objects as in `item.body`, listed as the
   * body is built, so that the checks need not go over every block (a read of `kind` over the
   * five shapes of block, once a block).
   */
  readonly actions: readonly ActionBlock[];
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

/** An `ItemPart` made by a class rather than a literal, so that V8 makes it in the young generation (`model/records.ts`). */
export class ItemPartRecord implements ItemPart {
  declare unsettled: number;
  constructor(
    readonly item: Item,
    readonly actions: readonly ActionBlock[],
    readonly comments: readonly CommentBlock[],
    readonly textItemRefs: readonly ItemRef[],
    readonly proseAssignments: readonly ProseAssignment[],
    readonly problems: readonly SyntaxProblem[],
    readonly votes: LanguageVotes,
    readonly lineBreaks: LineBreakCounts,
    public start: number,
    public end: number,
  ) {
    // Set last, where the literal this replaces had it.
    this.unsettled = 0;
  }
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
  return new AssembledDocument(parts, en > sv ? 'en' : sv > en ? 'sv' : (wordLanguage(wordsOf(parts)) ?? 'sv'), length);
}

/**
 * What tells a document's language by its words when its keywords do not (`wordLanguage`): the
 * title, the header's free text and the items' titles, as the parts hold them (an edit inside an
 * item, which keeps the prefix, tells it as reading the whole document does).
 */
function* wordsOf(parts: DocumentParts): Iterable<string> {
  if (parts.prefix.title) yield parts.prefix.title.text;
  for (const line of parts.prefix.preamble) yield line.text;
  for (const part of parts.items) yield part.item.title.text;
}

/**
 * A class, not an object literal with getters: V8 builds such a literal on its slow path, about
 * a microsecond each, which the workspace index paid once per file. The gathered lists are
 * getters on the prototype, so they are not own properties: copying or serialising the model
 * leaves them out, as it leaves out a paragraph's joined text.
 */
class AssembledDocument implements MeetingDocument {
  declare readonly title?: TextNode;
  declare readonly titleDate?: DateValue;
  declare readonly footer?: Footer;
  readonly headerFields: readonly HeaderField[];
  readonly preamble: readonly TextNode[];
  readonly sections: readonly AttendanceSection[];
  readonly items: readonly Item[];
  readonly doubleSpaced: boolean;
  #parts: DocumentParts;
  #comments: CommentBlock[] | undefined;
  #textItemRefs: ItemRef[] | undefined;
  #proseAssignments: ProseAssignment[] | undefined;

  constructor(
    parts: DocumentParts,
    readonly language: Lang,
    readonly length: number,
  ) {
    const { prefix, items, footer } = parts;
    this.#parts = parts;
    if (prefix.title) (this as { title?: TextNode }).title = prefix.title;
    if (prefix.titleDate) (this as { titleDate?: DateValue }).titleDate = prefix.titleDate;
    this.headerFields = prefix.headerFields;
    this.preamble = prefix.preamble;
    this.sections = prefix.sections;
    this.items = items.map((p) => p.item);
    if (footer) (this as { footer?: Footer }).footer = footer.footer;
    this.doubleSpaced = parts.doubleSpaced;
  }

  get comments(): readonly CommentBlock[] {
    const { prefix, items, footer } = this.#parts;
    return (this.#comments ??= [...prefix.comments, ...items.flatMap((p) => p.comments), ...(footer?.comments ?? [])]);
  }

  get textItemRefs(): readonly ItemRef[] {
    return (this.#textItemRefs ??= this.#parts.items.flatMap((p) => p.textItemRefs));
  }

  get proseAssignments(): readonly ProseAssignment[] {
    return (this.#proseAssignments ??= this.#parts.items.flatMap((p) => p.proseAssignments));
  }
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
