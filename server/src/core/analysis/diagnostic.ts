import type { Range, Span } from '../text/span';
import type { DiagnosticCode, Severity } from './codes';

/** What a quick fix needs to know about a diagnostic; shapes depend on the code. */
export interface DiagnosticData {
  /** `unknown-assignee`: the closest known names, best first. */
  readonly suggestions?: readonly string[];
  /** `prose-assignment`: the person and task to write as an `Uppdrag:` line. */
  readonly assignee?: string;
  readonly task?: string;
  /** `missing-assignee`, `prose-assignment`, `assignee-not-present`: the item the diagnostic stands in. */
  readonly itemNumber?: number;
  /** `duplicate-attendee`: the line of the first listing. */
  readonly firstSpan?: Span;
}

/** One finding about a document, in the user's language, with the exact place it concerns. */
export interface MinutesDiagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly span: Span;
  readonly range: Range;
  readonly message: string;
  readonly data?: DiagnosticData;
}
