import type { CalendarDate } from '../dates/dateValue';
import { messages } from '../i18n/messages';
import type { Assignee, Lang, MeetingDocument } from '../model/types';
import { parseMinutes, type SyntaxProblem } from '../syntax/parse';
import { allProblems, assembleDocument, type DocumentParts } from '../syntax/parts';
import { LineIndex } from '../text/lineIndex';
import type { Finding } from './checks/context';
import { DEFAULT_SEVERITY, type DiagnosticCode, type SeveritySetting } from './codes';
import type { MinutesDiagnostic } from './diagnostic';
import { checkDocument, checkItem, documentContext, type DocumentContext, type ItemFindings } from './findings';
import type { NameResolver, Resolution } from './resolve';
import type { AttendanceTimeline } from './timeline';

export interface AnalyzeOptions {
  /** The language of messages; English when not given (callers pass the user's locale). */
  readonly locale?: Lang;
  /** Names known from the workspace or settings; an assignee matching one is not unknown. */
  readonly knownMembers?: readonly string[];
  /** Today's date, for dates written without a year in a document without a date. */
  readonly today?: CalendarDate;
  /** Per-code severity, or `off`. */
  readonly severities?: Partial<Record<DiagnosticCode, SeveritySetting>>;
}

/** Everything known about one document. */
export interface Analysis {
  /** The text analysed. */
  readonly text: string;
  /** The options it was analysed with. */
  readonly options: AnalyzeOptions;
  readonly document: MeetingDocument;
  readonly problems: readonly SyntaxProblem[];
  readonly diagnostics: readonly MinutesDiagnostic[];
  readonly timeline: AttendanceTimeline;
  readonly resolver: NameResolver;
  /** What each assignee of each action resolved to. */
  readonly resolutions: ReadonlyMap<Assignee, Resolution>;
  readonly meetingDate: CalendarDate | undefined;
  readonly lineIndex: LineIndex;
}

/**
 * What an analysis keeps for updating it after an edit (`update.ts`): the document's parts, the
 * findings of each item, and the context they were checked in. Kept beside the analysis rather
 * than in it, so that the `Analysis` users see stays the plain result.
 */
export interface AnalysisState {
  readonly parts: DocumentParts;
  /** Per item part, in the same order. */
  readonly items: readonly ItemFindings[];
  readonly context: DocumentContext;
}

const states = new WeakMap<Analysis, AnalysisState>();

/** The state an analysis was made from, if it was made by this module. */
export function analysisState(analysis: Analysis): AnalysisState | undefined {
  return states.get(analysis);
}

/** Parses and checks a document. Never throws. */
export function analyzeMinutes(text: string, options: AnalyzeOptions = {}): Analysis {
  const { parts } = parseMinutes(text, options.today ? { today: options.today } : {});
  const lineIndex = new LineIndex(text);
  const document = assembleDocument(parts, text.length);
  const context = documentContext(document, options, messages(options.locale ?? 'en'));
  const items = parts.items.map((part) => checkItem(part, context));
  return completeAnalysis(text, options, { parts, items, context }, document, lineIndex);
}

/**
 * Finishes an analysis from checked parts: the document-wide checks (cheap: header, attendance,
 * item numbering), then every finding as a diagnostic with its severity and line/column range.
 */
export function completeAnalysis(text: string, options: AnalyzeOptions, state: AnalysisState, document: MeetingDocument, lineIndex: LineIndex): Analysis {
  const { context } = state;
  const resolutions = new Map<Assignee, Resolution>();
  for (const item of state.items) for (const [assignee, resolution] of item.resolutions) resolutions.set(assignee, resolution);

  const problems = allProblems(state.parts);
  const findings: Finding[] = problems.map((p) => ({
    code: 'syntax-error' as const,
    span: p.span,
    message: p.kind === 'unclosed-note' ? context.msg.unclosedNote() : context.msg.syntaxError(p.detail),
  }));
  for (const f of checkDocument(document, context, lineIndex)) findings.push(f);
  for (const item of state.items) for (const f of item.findings) findings.push(f);

  const diagnostics: MinutesDiagnostic[] = [];
  for (const finding of findings) {
    const setting = options.severities?.[finding.code] ?? DEFAULT_SEVERITY[finding.code];
    if (setting === 'off') continue;
    diagnostics.push({
      code: finding.code,
      severity: setting,
      span: { start: finding.span.start, end: finding.span.end },
      range: lineIndex.rangeOf(finding.span),
      message: finding.message,
      ...(finding.data ? { data: finding.data } : {}),
    });
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const analysis: Analysis = {
    text,
    options,
    document,
    problems,
    diagnostics,
    timeline: context.timeline,
    resolver: context.resolver,
    resolutions,
    meetingDate: context.meetingDate,
    lineIndex,
  };
  states.set(analysis, state);
  return analysis;
}
