import type { CalendarDate } from '../dates/dateValue';
import { messages } from '../i18n/messages';
import type { ActionBlock, Assignee, Lang, MeetingDocument } from '../model/types';
import { parseMinutes, type SyntaxProblem } from '../syntax/parse';
import { LineIndex } from '../text/lineIndex';
import { checkActionShape, checkAssignees, checkDeadlines } from './checks/actions';
import { checkDuplicateAttendees, checkItemReferences } from './checks/attendance';
import type { Check, CheckContext, Finding } from './checks/context';
import { checkDates, checkHeaderFields, checkMissingDate } from './checks/header';
import { checkItemNumbers } from './checks/items';
import { checkProseAssignments } from './checks/prose';
import { DEFAULT_SEVERITY, type DiagnosticCode, type SeveritySetting } from './codes';
import type { MinutesDiagnostic } from './diagnostic';
import { createResolver, type NameResolver, type Resolution } from './resolve';
import { buildTimeline, type AttendanceTimeline } from './timeline';

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

const CHECKS: readonly Check[] = [
  checkActionShape,
  checkAssignees,
  checkDeadlines,
  checkDuplicateAttendees,
  checkItemReferences,
  checkItemNumbers,
  checkDates,
  checkMissingDate,
  checkHeaderFields,
  checkProseAssignments,
];

/** Parses and checks a document. Never throws. */
export function analyzeMinutes(text: string, options: AnalyzeOptions = {}): Analysis {
  const { document, problems } = parseMinutes(text, options.today ? { today: options.today } : {});
  const msg = messages(options.locale ?? 'en');
  const lineIndex = new LineIndex(text);
  const timeline = buildTimeline(document);
  const resolver = createResolver(document, options.knownMembers ?? []);
  const actions: ActionBlock[] = [];
  for (const item of document.items) for (const block of item.body) if (block.kind === 'action') actions.push(block);
  const resolutions = new Map<Assignee, Resolution>();
  for (const action of actions) for (const assignee of action.assignees) resolutions.set(assignee, resolver.resolve(assignee.name.text));
  const meetingDate = document.headerFields.find((f) => f.kind === 'date' && f.date?.date)?.date?.date;
  const ctx: CheckContext = {
    document,
    actions,
    timeline,
    resolutions,
    meetingDate,
    msg,
    lineNumber: (offset) => lineIndex.positionAt(offset).line + 1,
  };

  const findings: Finding[] = problems.map((p) => ({
    code: 'syntax-error' as const,
    span: p.span,
    message: p.kind === 'unclosed-note' ? msg.unclosedNote() : msg.syntaxError(p.detail),
  }));
  for (const check of CHECKS) findings.push(...check(ctx));

  const diagnostics: MinutesDiagnostic[] = [];
  for (const finding of findings) {
    const setting = options.severities?.[finding.code] ?? DEFAULT_SEVERITY[finding.code];
    if (setting === 'off') continue;
    diagnostics.push({
      code: finding.code,
      severity: setting,
      span: finding.span,
      range: lineIndex.rangeOf(finding.span),
      message: finding.message,
      ...(finding.data ? { data: finding.data } : {}),
    });
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { text, options, document, problems, diagnostics, timeline, resolver, resolutions, meetingDate, lineIndex };
}

