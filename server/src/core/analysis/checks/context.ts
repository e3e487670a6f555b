import type { CalendarDate } from '../../dates/dateValue';
import type { Catalogue } from '../../i18n/messages';
import type { ActionBlock, Assignee, MeetingDocument } from '../../model/types';
import type { Span } from '../../text/span';
import type { DiagnosticCode } from '../codes';
import type { DiagnosticData } from '../diagnostic';
import type { Resolution } from '../resolve';
import type { AttendanceTimeline } from '../timeline';

/** What every check may read. Checks are pure functions of this context. */
export interface CheckContext {
  readonly document: MeetingDocument;
  /** Every action of the document, in order. */
  readonly actions: readonly ActionBlock[];
  readonly timeline: AttendanceTimeline;
  readonly resolutions: ReadonlyMap<Assignee, Resolution>;
  readonly meetingDate: CalendarDate | undefined;
  readonly msg: Catalogue;
  /** One-based line number of an offset, for messages that point at another line. */
  lineNumber(offset: number): number;
}

/** A finding before severity settings and line/column ranges are applied. */
export interface Finding {
  readonly code: DiagnosticCode;
  readonly span: Span;
  readonly message: string;
  readonly data?: DiagnosticData;
}

export type Check = (ctx: CheckContext) => Finding[];
