import type { CalendarDate } from '../dates/dateValue';
import type { ActionStatus, Lang } from '../model/types';
import type { Range } from '../text/span';

/** A person of a meeting's attendance sections. */
export interface SummaryAttendee {
  readonly name: string;
  /** The party letters of the person's note (`Eva Berg (S)`), as written; absent when there are none. */
  readonly parties?: readonly string[];
  readonly organisation?: string;
  readonly role?: string;
  /** The section the person is listed in. */
  readonly present: boolean;
  /** The name on its attendance line. */
  readonly range: Range;
}

export interface SummaryItem {
  readonly number: number;
  readonly title: string;
  /** Numbered with `§` (`§ 46 Budget`), as a protokoll numbers its paragraphs on across meetings. */
  readonly paragraphSign?: boolean;
  /** The heading line. */
  readonly range: Range;
}

/** One action item as the series sees it: enough to list, group, filter and open it. */
export interface SeriesAction {
  /** The file it stands in, as the caller names files (a URI in the server, a path in the CLI). */
  readonly file: string;
  readonly meeting?: string;
  readonly meetingDate?: CalendarDate;
  readonly itemNumber: number;
  readonly itemTitle: string;
  /** The assignees as the attendance list writes them ("Gitte" becomes "Gitte Caous"). */
  readonly assignees: readonly string[];
  /** The task, on one line; empty when the action has no task text. */
  readonly task: string;
  readonly deadline?: CalendarDate;
  /**
   * The deadline as written, on one line (`31 maj`, `snarast`, `till nästa möte`, `v. 12`):
   * present whenever the action has a deadline, also one that names no day (`deadline` absent).
   */
  readonly deadlineText?: string;
  /** Present when its document is a protokoll, whose items are named `§ 12` (`model/itemNaming.ts`). */
  readonly paragraphs?: true;
  readonly status: ActionStatus;
  /** The first line of the action. */
  readonly range: Range;
  /**
   * Where the action was first given, when this is a later mention of it (`rollUpActions`): the
   * meeting and item a follow-up names.
   */
  readonly given?: { readonly meetingDate?: CalendarDate; readonly itemNumber: number; readonly itemTitle: string; readonly file: string };
}

/**
 * What the workspace index keeps of one minutes file: the header facts, the attendees, the items
 * and the actions — read from the file's `indexText`, so positions are positions in the file.
 */
export interface MeetingSummary {
  readonly file: string;
  readonly title?: string;
  readonly meeting?: string;
  readonly place?: string;
  readonly date?: CalendarDate;
  readonly language: Lang;
  /** The range of the title line, or of the start of the file. */
  readonly titleRange: Range;
  readonly attendees: readonly SummaryAttendee[];
  readonly items: readonly SummaryItem[];
  readonly actions: readonly SeriesAction[];
  /** `Antecknat av:` / `Minutes taken by:` as written, for the next meeting's footer. */
  readonly recorder?: string;
  /** The recorder's role as written after the name (`Antecknat av: Karin Lund, sekreterare`). */
  readonly recorderRole?: string;
  /**
   * The persons the header (`Ordförande:`, `Sekreterare:`, `Justerare:`) and the footer
   * (`Antecknat av:`, `Justeras:`) name, as written: a person may be named there only.
   */
  readonly namedInFields: readonly string[];
  /**
   * The keywords of the header fields, the heading of the list of those present when it is the one
   * list of those who were there (with its colon, if written so) and the keyword of the recorder's footer entry as written, where written
   * (`Location`, `Sammanträdesdatum`, `Present:`, `Vid protokollet`), for the next meeting to
   * write them the same way.
   */
  readonly keywords?: Partial<Record<'meeting' | 'date' | 'place' | 'present' | 'recorder', string>>;
}
