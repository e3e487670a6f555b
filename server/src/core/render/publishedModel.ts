import type { ActionStatus, AttendanceKind, HeaderFieldKind, Lang } from '../model/types';
import type { RenderLabels } from './labels';

/**
 * The minutes as they are published: a neutral structure, already in words (attendance
 * in words, owners), that every output format walks. Nothing here is escaped or formatted for a
 * particular format; `line` is the 0-based first source line of what the entry comes from, so that
 * a preview can keep the editor and the rendered text in step.
 */
export interface PublishedMinutes {
  readonly lang: Lang;
  readonly labels: RenderLabels;
  readonly title?: Sourced<string>;
  /**
   * Header lines written between the title and the first field, neither fields nor headings: the
   * body's name under *PROTOKOLL* (`Barn- och utbildningsnämnden`), shown under the title.
   */
  readonly subtitle: readonly Sourced<string>[];
  /** Meeting, date (as written), time, place, chair, secretary, adjusters, then any other field. */
  readonly fields: readonly PublishedField[];
  /** The other header lines that are neither fields nor headings, shown after the fields. */
  readonly preamble: readonly Sourced<string>[];
  readonly sections: readonly PublishedSection[];
  readonly items: readonly PublishedItem[];
  /** Every action of every item, in document order. */
  readonly actions: readonly PublishedAction[];
  /** Every decision of every item, in document order. */
  readonly decisions: readonly PublishedDecision[];
  readonly footer?: PublishedFooter;
}

/** A value and the 0-based source line it comes from. */
export interface Sourced<T> {
  readonly value: T;
  readonly line: number;
}

export interface PublishedField {
  readonly kind: HeaderFieldKind;
  readonly label: string;
  readonly value: string;
  readonly line: number;
}

export interface PublishedSection {
  readonly kind: AttendanceKind;
  readonly heading: string;
  readonly line: number;
  readonly rows: readonly AttendanceRow[];
}

export interface AttendanceRow {
  readonly name: string;
  readonly organisation: string;
  readonly role: string;
  /** Attendance in words ("Digitalt från punkt 4", "Endast punkt 2"); empty for the whole meeting. */
  readonly attendance: string;
  readonly line: number;
}

export interface PublishedItem {
  readonly number: number;
  /** The digits of the number as written (`6` in `6.` and in `§ 6`). */
  readonly numberText: string;
  /**
   * The number as the heading writes it, white space made one space: `6.`, `§ 46`, `§46.`. A
   * heading is this, a space and the title.
   */
  readonly headingNumber: string;
  readonly title: string;
  readonly line: number;
  readonly blocks: readonly PublishedBlock[];
}

export type PublishedBlock =
  /** `subheading`: a protokoll's sub-heading alone on its line (`Beslutsunderlag`, `Yrkanden`), published as a heading of its own. */
  | { readonly kind: 'paragraph'; readonly text: string; readonly line: number; readonly subheading?: true }
  | { readonly kind: 'list'; readonly entries: readonly PublishedListEntry[]; readonly line: number }
  | PublishedAction
  | PublishedDecision;

/**
 * An entry of a bullet or numbered list, its text as written. `listRuns` (`lists.ts`) groups the
 * entries into nested lists.
 */
export interface PublishedListEntry extends Sourced<string> {
  /** The marker as written: `-`, `•`, `*`, `2.`, `2)`. */
  readonly marker: string;
  /** The number of a numbered entry (`2` in `2.`); absent for a bullet. */
  readonly number?: number;
  /**
   * How deep the entry is nested, 0 for the outermost: an entry indented further than the one
   * before it is nested under that one.
   */
  readonly depth: number;
}

export interface PublishedAction {
  readonly kind: 'action';
  readonly itemNumber: number;
  /** The item as the summary names it: its heading number without a final full stop (`6`, `§ 46`). */
  readonly itemReference: string;
  /** The owners as written, each person once; empty when the action has none. */
  readonly assignees: readonly string[];
  /**
   * The owners joined with the words the secretary joined them with (`Dr Hartley & Dr Yates`,
   * `Eva Berg och Bo Ek`); `, ` between names of different lines. Empty when there are none.
   */
  readonly owners: string;
  /** What stands between the owners and the task: ` – `, or the word the line was written with (` to `). */
  readonly ownerLink: string;
  /** The task; empty when the action says nothing. */
  readonly task: string;
  /** The deadline as published, which is as written ("31 maj 2024", "2024-05-31"), when there is one. */
  readonly deadline?: string;
  readonly status?: ActionStatus;
  /** The status as the secretary wrote it, when it says more than a status word (`väntar på svar`). */
  readonly statusText?: string;
  readonly line: number;
}

export interface PublishedDecision {
  readonly kind: 'decision';
  readonly itemNumber: number;
  /** The item's number as its heading writes it (`6.`, `§ 46`). */
  readonly itemHeadingNumber: string;
  readonly itemTitle: string;
  /**
   * The keyword as the secretary wrote it. One that is a label — written with a colon, or alone on
   * its line — in sentence case and without the colon, as a footer keyword is (`BESLUT:` is
   * *Beslut*, `RESOLVED:` *Resolved*, `Agreed:` *Agreed*); one that runs into its sentence exactly
   * as written (`RESOLVED` of `RESOLVED that …`, `It was agreed`), as the sentence begins with it.
   * Published in the other language, the name of the kind (*Beslut*, *Decision*).
   */
  readonly label: string;
  /**
   * Present when the keyword runs into its sentence (`RESOLVED that …`): what stands between
   * them as written (` `, ` – `, `, `). Absent when the keyword is a label, which each format sets
   * apart in its own way (a colon after it in Markdown, Word and PDF; the label's style in HTML).
   */
  readonly link?: string;
  /** The decision's whole text, as the summary lists it. */
  readonly text: string;
  /**
   * The decision's points, when it is written with a list of them (`Beslut:` / `Nämnden beslutar` /
   * `- att …` / `- att …`): the text before them (may be empty) and the entries, which the formats
   * lay out as a list inside the decision. `text` holds both, run together.
   */
  readonly points?: { readonly lead: string; readonly entries: readonly PublishedListEntry[] };
  readonly line: number;
}

export interface PublishedFooter {
  readonly line: number;
  /**
   * The footer in the order it is written: who took the minutes, who approves them, and the notes
   * (a place and date, `Signed:` and `Date:` lines) where they stand among them.
   */
  readonly parts: readonly PublishedFooterPart[];
}

export type PublishedFooterPart =
  /**
   * "Antecknat av Name, Role", one per person; `label` is the keyword as written (*Vid
   * protokollet*, *Minutes taken by*), or in the other language the name of its kind.
   */
  | { readonly kind: 'recorded-by'; readonly label: string; readonly value: string; readonly line: number }
  /** People who adjust (sign) the minutes, under `label` (*Justeras*, *Justerat*, *Approved by* as written); each gets a signature line. */
  | { readonly kind: 'adjusters'; readonly label: string; readonly persons: readonly Sourced<string>[]; readonly line: number }
  /** A footer line that belongs to no entry, as written. */
  | { readonly kind: 'note'; readonly value: string; readonly line: number };
