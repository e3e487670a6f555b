import type { CalendarDate } from '../dates/dateValue';
import { messages, type Catalogue } from '../i18n/messages';
import { exactList } from '../model/exactList';
import { itemNaming, type ItemNaming } from '../model/itemNaming';
import { meetingDateOf } from '../model/meetingDate';
import type { MeetingDocument } from '../model/types';
import type { SyntaxProblem } from '../syntax/parse';
import { NOTHING } from '../syntax/itemBuilder';
import type { ItemPart } from '../syntax/parts';
import type { LineIndex } from '../text/lineIndex';
import { toDiagnostic } from './diagnostic';
import type { MinutesDiagnostic } from './diagnostic';
import type { AnalyzeOptions } from './analyze';
import { checkActionShape, checkAssignees, checkDeadlines } from './checks/actions';
import { checkDuplicateAttendees, checkNoteReferences, checkTextReferences } from './checks/attendance';
import type { Check, CheckContext, Finding, ItemCheck, ItemCheckContext } from './checks/context';
import { checkDeadlineDates, checkHeaderDates, checkHeaderFields, checkMissingDate } from './checks/header';
import { checkItemNumbers } from './checks/items';
import { checkProseAssignments } from './checks/prose';
import { createResolver, type NameResolver } from './resolve';
import { buildTimeline, type AttendanceTimeline } from './timeline';

/** Checks of the document as a whole: header, attendance, item numbering. */
const DOCUMENT_CHECKS: readonly Check[] = [checkDuplicateAttendees, checkNoteReferences, checkItemNumbers, checkHeaderDates, checkMissingDate, checkHeaderFields];

/** Checks of one item at a time; each reads the item's actions, prose assignments or item references (see `checkItem`). */
const ITEM_CHECKS: readonly ItemCheck[] = [checkActionShape, checkAssignees, checkDeadlines, checkDeadlineDates, checkTextReferences, checkProseAssignments];
/** The item checks that read no actions, for an item without any. */
const TEXT_CHECKS: readonly ItemCheck[] = [checkTextReferences, checkProseAssignments];

/**
 * What the item checks need from the rest of the document. An edit inside an item changes none
 * of it — attendance and date stand before the items, such an edit keeps the item numbers, and
 * one that writes a heading with `§` or without it, which may change how the messages name items,
 * is not made inside an item (`update.ts`) — so the context of the previous analysis serves the next.
 */
export interface DocumentContext {
  readonly timeline: AttendanceTimeline;
  readonly resolver: NameResolver;
  readonly meetingDate: CalendarDate | undefined;
  /** How the messages name items (`itemNaming`); `msg` names them so. */
  readonly itemNaming: ItemNaming;
  readonly msg: Catalogue;
  readonly itemNumbers: ReadonlySet<number>;
  readonly lastItemNumber: number;
}

/**
 * What the checks found in one item, as diagnostics (severity settings and line/column ranges
 * applied). Kept for every item an edit did not touch and moved with it (`update.ts`).
 */
export interface ItemFindings {
  readonly diagnostics: readonly MinutesDiagnostic[];
}

/** The context of `document`'s checks, with its messages in `options.locale`, naming items as the document does. */
export function documentContext(document: MeetingDocument, options: AnalyzeOptions): DocumentContext {
  const naming = itemNaming(document.items);
  const itemNumbers = new Set<number>();
  let lastItemNumber = 0;
  for (const item of document.items) {
    itemNumbers.add(item.number);
    if (item.number > lastItemNumber) lastItemNumber = item.number;
  }
  return {
    timeline: buildTimeline(document),
    resolver: createResolver(document, options.knownMembers ?? []),
    meetingDate: meetingDateOf(document),
    itemNaming: naming,
    msg: messages(options.locale ?? 'en', naming),
    itemNumbers,
    lastItemNumber,
  };
}

/** The findings of an item with nothing to check or nothing found, shared: most items of a long document. */
const NOTHING_FOUND: ItemFindings = { diagnostics: NOTHING };

export function checkItem(part: ItemPart, context: DocumentContext, options: AnalyzeOptions, lineIndex: LineIndex): ItemFindings {
  const actions = part.actions.length > 0 ? part.actions : undefined;
  // Every item check reads the item's actions, prose assignments or item references.
  if (!actions && part.proseAssignments.length === 0 && part.textItemRefs.length === 0 && part.problems.length === 0) return NOTHING_FOUND;
  // Spelled out rather than `{ ...context, … }`: V8 copies a spread object on a slow path that cost
  // about 5 µs per item, an eighth of a whole analysis.
  const ctx: ItemCheckContext = {
    timeline: context.timeline,
    meetingDate: context.meetingDate,
    msg: context.msg,
    itemNumbers: context.itemNumbers,
    lastItemNumber: context.lastItemNumber,
    actions: actions ?? NOTHING,
    proseAssignments: part.proseAssignments,
    textItemRefs: part.textItemRefs,
    resolver: context.resolver,
  };
  const diagnostics: MinutesDiagnostic[] = [];
  for (const problem of part.problems) {
    const diagnostic = toDiagnostic(problemFinding(problem, context), options, lineIndex);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  // Only the checks that have something to read: each returns a list of its own.
  const checks = actions ? ITEM_CHECKS : TEXT_CHECKS;
  for (let c = 0; c < checks.length; c++) {
    const findings = (checks[c] as ItemCheck)(ctx);
    for (let f = 0; f < findings.length; f++) {
      const diagnostic = toDiagnostic(findings[f] as Finding, options, lineIndex);
      if (diagnostic) diagnostics.push(diagnostic);
    }
  }
  if (diagnostics.length > 1) diagnostics.sort(byPlace);
  return diagnostics.length === 0 ? NOTHING_FOUND : { diagnostics: exactList(diagnostics) };
}

export function checkDocument(document: MeetingDocument, context: DocumentContext, lineIndex: LineIndex): Finding[] {
  // Spelled out rather than `{ ...context, … }`, which V8 copies on a slow path (see `checkItem`).
  const ctx: CheckContext = { timeline: context.timeline, meetingDate: context.meetingDate, msg: context.msg, document, lineNumber: (offset: number) => lineIndex.positionAt(offset).line + 1 };
  const out: Finding[] = [];
  for (const check of DOCUMENT_CHECKS) for (const f of check(ctx)) out.push(f);
  return out;
}

/** Diagnostics in text order. */
export function byPlace(a: MinutesDiagnostic, b: MinutesDiagnostic): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/** A syntax problem as a `syntax-error` finding. */
export function problemFinding(problem: SyntaxProblem, context: DocumentContext): Finding {
  const msg = context.msg;
  const written = problem.written ?? '';
  const message =
    problem.kind === 'unclosed-note'
      ? msg.unclosedNote()
      : problem.kind === 'item-heading-form'
        ? problem.inItem === undefined
          ? msg.itemHeadingForm(written, problem.number ?? 0)
          : msg.itemHeadingFormInItem(written, problem.number ?? 0, problem.inItem)
        : problem.kind === 'keyword-in-attendance'
          ? msg.keywordInAttendance(written)
          : problem.kind === 'keyword-in-footer'
            ? msg.keywordInFooter(written)
          : problem.kind === 'keyword-in-header'
            ? msg.keywordInHeader(written)
          : msg.syntaxError(problem.detail);
  return { code: 'syntax-error', span: problem.span, message };
}
