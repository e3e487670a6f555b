import type { CalendarDate } from '../../dates/dateValue';
import type { Catalogue } from '../../i18n/messages';
import type { ActionBlock, ItemRef, MeetingDocument, ProseAssignment } from '../../model/types';
import type { Span } from '../../text/span';
import type { DiagnosticCode } from '../codes';
import type { DiagnosticData } from '../diagnostic';
import type { NameResolver } from '../resolve';
import type { AttendanceTimeline } from '../timeline';

/** What every check may read. Checks are pure functions of their context. */
interface SharedContext {
  readonly timeline: AttendanceTimeline;
  readonly meetingDate: CalendarDate | undefined;
  readonly msg: Catalogue;
}

/** What a check of the whole document may read: the header, the attendance, the item list. */
export interface CheckContext extends SharedContext {
  readonly document: MeetingDocument;
  /** One-based line number of an offset, for messages that point at another line. */
  lineNumber(offset: number): number;
}

/**
 * What a check of one item may read: the item's own contents and, of the rest of the document,
 * only what an edit inside an item cannot change (attendance, meeting date, item numbers). Item
 * findings can then be kept for every item but the one edited (`analysis/update.ts`).
 */
export interface ItemCheckContext extends SharedContext {
  /** The item's actions, in order. */
  readonly actions: readonly ActionBlock[];
  readonly proseAssignments: readonly ProseAssignment[];
  readonly textItemRefs: readonly ItemRef[];
  /** Resolves an assignee's name, or text that may be a name written where the task goes (each name as written once per document). */
  readonly resolver: NameResolver;
  /** The numbers of every item of the document, and the highest. */
  readonly itemNumbers: ReadonlySet<number>;
  readonly lastItemNumber: number;
}

/** A finding before severity settings and line/column ranges are applied. */
export interface Finding {
  readonly code: DiagnosticCode;
  readonly span: Span;
  readonly message: string;
  readonly data?: DiagnosticData;
}

export type Check = (ctx: CheckContext) => Finding[];
export type ItemCheck = (ctx: ItemCheckContext) => Finding[];
