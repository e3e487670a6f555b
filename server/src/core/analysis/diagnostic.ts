import type { Range, Span } from '../text/span';
import type { AnalyzeOptions } from './analyze';
import type { Finding } from './checks/context';
import { DEFAULT_SEVERITY, type DiagnosticCode, type Severity } from './codes';
import type { LineIndex } from '../text/lineIndex';
import type { Mutable } from '../model/mutable';

/** What a quick fix needs to know about a diagnostic; shapes depend on the code. */
export interface DiagnosticData {
  /** `unknown-assignee`: the closest known names, best first. */
  readonly suggestions?: readonly string[];
  /**
   * `prose-assignment`: the person and task to write as an `Uppdrag:` line; `missing-assignee`: the
   * name (or names, with `, ` between) that look like the owner, as the quick fix writes them.
   */
  readonly assignee?: string;
  /** `missing-assignee`: the names before a comma that look like the owners (`Action: Ann Bell, Tom Grey, book the hall`). */
  readonly owners?: readonly string[];
  readonly task?: string;
  /** `missing-assignee`, `prose-assignment`, `assignee-not-present`: the item the diagnostic stands in. */
  readonly itemNumber?: number;
  /** `duplicate-attendee`: the line of the first listing. */
  readonly firstSpan?: Span;
  /** `invalid-date`: the days a date may mean (`03/04/2025`, `nästa fredag`), in ISO form, as the quick fix writes them. */
  readonly dates?: readonly string[];
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

/**
 * A finding as the user sees it: with the severity the settings give its code (undefined when
 * they turn it off) and its line/column range. The span is a copy, so moving the model's spans
 * after an edit never moves a diagnostic twice.
 */
export function toDiagnostic(finding: Finding, options: AnalyzeOptions, lineIndex: LineIndex): MinutesDiagnostic | undefined {
  const setting = options.severities?.[finding.code] ?? DEFAULT_SEVERITY[finding.code];
  if (setting === 'off') return undefined;
  const diagnostic: Mutable<MinutesDiagnostic> = {
    code: finding.code,
    severity: setting,
    span: { start: finding.span.start, end: finding.span.end },
    range: lineIndex.rangeOf(finding.span),
    message: finding.message,
  };
  // Added when there is one, not spread into the literal (`mutable.ts`: V8 builds such a literal on a slow path).
  if (finding.data) diagnostic.data = finding.data;
  return diagnostic;
}
