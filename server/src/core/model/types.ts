import type { Span, TextNode } from '../text/span';
import type { DateValue } from '../dates/dateValue';

/** The language a document (or one keyword) is written in. */
export type Lang = 'sv' | 'en';

/**
 * The known header fields; `other` is any `Key: value` the language does not know. `timeAndPlace`
 * says when and where the meeting was held in one value (`Plats och tid: Kommunhuset, 2025-02-18
 * kl. 18.00`, `Venue and date: …`).
 */
export type HeaderFieldKind =
  | 'meeting'
  | 'date'
  | 'timeAndPlace'
  | 'time'
  | 'place'
  | 'chair'
  | 'secretary'
  | 'adjusters'
  | 'other';

export interface HeaderField {
  readonly kind: HeaderFieldKind;
  /** The key without its colon, e.g. `Datum`. */
  readonly key: TextNode;
  /** The value, trimmed; may be empty (`text === ''`, zero-length span at the end of the key). */
  readonly value: TextNode;
  /**
   * For `date`: the value read as a date. For `timeAndPlace`: the date found inside the value,
   * with the time of day written after it, when the value holds one; its text is that part of the
   * value (`2025-02-18 kl. 18.00–20.45` of `Kommunhuset, 2025-02-18 kl. 18.00–20.45`).
   */
  readonly date?: DateValue;
  /**
   * For `timeAndPlace`: the place, the part of the value before the date and time (or, when
   * nothing stands before them, after them), when there is one: `Kommunhuset`.
   */
  readonly place?: TextNode;
  /** For `chair`, `secretary`, `adjusters`: the persons named. */
  readonly persons?: readonly TextNode[];
  readonly span: Span;
}

export type AttendanceKind = 'present' | 'absent' | 'substitutes' | 'others';

export interface AttendanceSection {
  readonly kind: AttendanceKind;
  /** The heading word as written (`NÄRVARANDE`, `Present:`); of a section written on one line, the key without its colon (`Present`). */
  readonly heading: TextNode;
  readonly attendees: readonly Attendee[];
  /**
   * Entries that count people rather than name them (`2 members of the public`, `27
   * röstberättigade medlemmar enligt bifogad närvarolista`, `approx. 35`): kept as written, and no
   * attendees.
   */
  readonly counts?: readonly TextNode[];
  readonly span: Span;
  /**
   * Written on one line, the attendees after the heading's colon (`Present: Jane Smith, Omar
   * Khan`, `Frånvarande: Inga`): the section is that line, and the lines below it are not its.
   */
  readonly inline?: true;
}

/** A reference to an item by its number, as written in a note or in text (`p 4`, `punkt 4`). */
export interface ItemRef {
  readonly number: number;
  readonly span: Span;
}

/** What an attendance note such as `(digitalt from p 4)` says. */
export interface AttendanceNote {
  /** The whole text between the parentheses. */
  readonly text: TextNode;
  /** Took part remotely (`digitalt`, `på distans`, `remote`, `online`). */
  readonly remote: boolean;
  /**
   * Present from this item on. Its span is the number as written; its number may be the next one
   * (`arrived after item 1` → 2), so `refs` holds the number as written.
   */
  readonly from?: ItemRef;
  /** Present up to and including this item; as `from`, one before the written number after `before` (`left before item 4` → 3). */
  readonly to?: ItemRef;
  /** Present only at these items (ranges expanded). */
  readonly only?: readonly ItemRef[];
  /** Not present at these items (`ej p 3`, `utom p 3`, `except item 3`). */
  readonly except?: readonly ItemRef[];
  /** Every item number the note mentions, in order, as written — also those it sets no limit with (`sjukanmäld p 4`). */
  readonly refs: readonly ItemRef[];
  /** Pieces of the note that were not understood, kept as written. */
  readonly free: readonly TextNode[];
}

export interface Attendee {
  readonly name: TextNode;
  readonly organisation?: TextNode;
  readonly role?: TextNode;
  readonly note?: AttendanceNote;
  readonly section: AttendanceKind;
  /**
   * The whole line, without its line break; in a list written on its heading's line (`Present:
   * Jane Smith, Omar Khan (remote)`), the attendee's entry (`Omar Khan (remote)`).
   */
  readonly span: Span;
}

export type ActionStatus = 'open' | 'inProgress' | 'done';

export interface Assignee {
  readonly name: TextNode;
}

export interface Deadline {
  /**
   * `Senast`, `Due` or `Klart`, without the colon; for a deadline at the end of the task
   * (`inTask`), the dash or word written before it (`–`, `by`, `senast`), or empty text where
   * none stands (`ring banken snarast`).
   */
  readonly keyword: TextNode;
  readonly date: DateValue;
  /**
   * Present when the deadline is written at the end of the task without a field keyword and its
   * colon (`Uppdrag: Eva – boka lokalen – 31 maj`, `… circulate the budget by 20 March`; see
   * `model/taskDeadline.ts`). The task then ends before `keyword`.
   */
  readonly inTask?: true;
}

export interface ActionBlock {
  readonly kind: 'action';
  /**
   * `Uppdrag` or `Action`, without the colon; for an entry of an action list (`listHeading`), the
   * entry's marker (`-`, `•`, `2.`).
   */
  readonly keyword: TextNode;
  /** The bare `Actions:` / `Uppdrag:` line above, for an action written as an entry of a list under it. */
  readonly listHeading?: TextNode;
  readonly assignees: readonly Assignee[];
  /** Where the assignee list would stand; used to place `missing-assignee`. */
  readonly assigneeSpan?: Span;
  /** The separating dash, when there is one. */
  readonly separator?: Span;
  /** The task text without the deadline; undefined when the action has no task text. */
  readonly task?: TextNode;
  /**
   * The action names only its owners, in the margin of the paragraph or list entry right above it
   * (`ACTION: Clerk`): its task is that text, which is also a block of its own.
   */
  readonly taskAbove?: true;
  readonly deadline?: Deadline;
  readonly status?: { readonly value: ActionStatus; readonly text: TextNode };
  /** The number of the item the action stands in. */
  readonly itemNumber: number;
  /** All lines of the action, continuation lines included. */
  readonly span: Span;
  /** The first line of the action. */
  readonly lineSpan: Span;
}

export interface DecisionBlock {
  readonly kind: 'decision';
  /**
   * The keyword as written, without a colon: `Beslut`, `Resolved`; `RESOLVED` of `RESOLVED that
   * …`, whose text begins at `that`.
   */
  readonly keyword: TextNode;
  /** The decision's text, its lines joined (its points too, a numbered one with its number). */
  readonly text: TextNode;
  readonly itemNumber: number;
  readonly span: Span;
  /**
   * The decision's points, when they are written as a list below it (`Beslut:` and below it `- att
   * avslå förslaget`, `- att …`; under any decision, indented numbers `  1. att …`): the text
   * before the first point, if any, and each point as a list entry with its marker as written.
   */
  readonly points?: { readonly lead?: TextNode; readonly entries: readonly BulletEntry[] };
}

/** Consecutive text lines. `text` joins them as a reader would (hyphenation across lines undone). */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly lines: readonly TextNode[];
  readonly text: string;
  readonly span: Span;
  /** A protokoll's sub-heading alone on its line (`Beslutsunderlag`, `Yrkanden`): a paragraph of one line, published as a heading. */
  readonly subheading?: true;
}

export interface BulletEntry {
  readonly marker: TextNode;
  readonly lines: readonly TextNode[];
  readonly text: string;
  readonly span: Span;
}

export interface ListBlock {
  readonly kind: 'list';
  readonly entries: readonly BulletEntry[];
  readonly span: Span;
}

export interface CommentBlock {
  readonly kind: 'comment';
  /** The text after `//`. */
  readonly text: TextNode;
  readonly span: Span;
}

export type Block = ParagraphBlock | ListBlock | ActionBlock | DecisionBlock | CommentBlock;

export interface Item {
  readonly number: number;
  /** The digits of the number as written (`6` in `6.` and in `§ 6`), with their place. */
  readonly numberNode: TextNode;
  readonly title: TextNode;
  readonly body: readonly Block[];
  /** The heading line. */
  readonly headerSpan: Span;
  /** Heading and body. */
  readonly span: Span;
}

export type FooterKind = 'recorder' | 'adjusters';

export interface FooterPerson {
  readonly name: TextNode;
  readonly role?: TextNode;
}

export interface FooterEntry {
  readonly kind: FooterKind;
  readonly keyword: TextNode;
  readonly persons: readonly FooterPerson[];
  readonly span: Span;
}

export interface Footer {
  readonly entries: readonly FooterEntry[];
  /** Footer lines that belong to no entry (a place and date, a signature line), kept as written. */
  readonly notes: readonly TextNode[];
  readonly span: Span;
}

/** A place in free text that looks like an assignment written as prose ("X får i uppdrag att …"). */
export interface ProseAssignment {
  /** Who gets the task, as written. */
  readonly assignee: TextNode;
  /** The trigger phrase ("får i uppdrag"). */
  readonly phrase: TextNode;
  /** The task as a reader would read it, from the sentence's continuation; may be empty. */
  readonly task: string;
  /** Assignee through phrase: what the hint underlines. */
  readonly span: Span;
  /** The whole sentence, for a rewrite. */
  readonly sentence: Span;
  readonly itemNumber: number;
}

/** The meeting as written: the AST built from the syntax tree. */
export interface MeetingDocument {
  readonly title?: TextNode;
  /**
   * A full date read in the title (`… HELD ON MONDAY 13 JANUARY 2025 AT 7.30PM`), or in one of
   * the two lines of text right below it (`Minutes of the meeting held on Tuesday 14th January
   * 2025`), when no `Datum:` field gives the meeting a date: then it is the meeting's date
   * (`meetingDateOf`).
   */
  readonly titleDate?: DateValue;
  readonly headerFields: readonly HeaderField[];
  /** Text lines in the header that are neither fields nor headings, kept as written. */
  readonly preamble: readonly TextNode[];
  readonly sections: readonly AttendanceSection[];
  readonly items: readonly Item[];
  readonly footer?: Footer;
  /** Comments anywhere in the document, in order. */
  readonly comments: readonly CommentBlock[];
  /** Item references in free text (`punkt 4`, `item 4`, `§ 4`). */
  readonly textItemRefs: readonly ItemRef[];
  readonly proseAssignments: readonly ProseAssignment[];
  /** The language of the document, from its keywords (Swedish when undecided). */
  readonly language: Lang;
  /** Text length, for ranges at the end of the document. */
  readonly length: number;
  /**
   * True when the item bodies are double-spaced (text copied from a PDF, a blank line after every
   * line): then a single empty line does not end a paragraph. The formatter needs to know.
   */
  readonly doubleSpaced: boolean;
}
