import type { CalendarDate } from '../dates/dateValue';
import type { ItemNaming } from '../model/itemNaming';
import type { Assignee, Lang, MeetingDocument } from '../model/types';
import { parseMinutes, type SyntaxProblem } from '../syntax/parse';
import { allProblems, totalLineBreaks, type DocumentParts } from '../syntax/parts';
import type { LineBreakCounts } from '../syntax/regions';
import { LineIndex } from '../text/lineIndex';
import type { TextSource } from '../text/textSource';
import type { Finding } from './checks/context';
import type { DiagnosticCode, SeveritySetting } from './codes';
import { toDiagnostic, type MinutesDiagnostic } from './diagnostic';
import { byPlace, checkDocument, checkItem, documentContext, problemFinding, type DocumentContext, type ItemFindings } from './findings';
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
  /**
   * The text analysed, as one string. After an update of a document kept in pieces it is joined
   * on first use, a copy of the whole document: what reads only a line or a span reads `source`.
   */
  readonly text: string;
  /** The text analysed as it was given: a string, or a document in pieces (never joined). */
  readonly source: TextSource;
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
  /**
   * How messages and the published minutes name the items: `paragraphs` (`§ 24`) when most item
   * headings are written with `§`, as in a protokoll; `items` (`punkt 24`) otherwise (`itemNaming`).
   */
  readonly itemNaming: ItemNaming;
  readonly lineIndex: LineIndex;
}

/**
 * What an analysis keeps for updating it after an edit (`update.ts`): the document's parts, the
 * diagnostics of each item and of the document as a whole, and the context the items were
 * checked in. Kept beside the analysis rather than in it, so that the `Analysis` users see stays
 * the plain result.
 */
export interface AnalysisState {
  readonly parts: DocumentParts;
  /** Per item part, in the same order. */
  readonly items: readonly ItemFindings[];
  /** Syntax problems outside items and the findings of the document-wide checks. */
  readonly documentDiagnostics: readonly MinutesDiagnostic[];
  readonly context: DocumentContext;
  /**
   * Moves the spans of the model's kept items to where an edit put them. An update moves item
   * regions and diagnostics at once but leaves the model's own spans to this, which runs when the
   * model is first read: typing then costs no pass over every span of the document.
   */
  readonly settle: () => void;
  /** The length of the text analysed (the text itself may be joined only on demand). */
  readonly length: number;
  /** The mid-sentence line-break evidence of all items (`totalLineBreaks`), kept up to date by updates. */
  readonly lineBreaks: LineBreakCounts;
}

/**
 * `build`'s result for `analysis`, made on the first call with `key` and kept with the analysis
 * (for `features/perAnalysis.ts`). An analysis this module did not make keeps nothing.
 */
export function keptWith<T>(analysis: Analysis, key: object, build: () => T): T {
  return CompletedAnalysis.keptWith(analysis, key, build);
}

/** The state an analysis was made from, if it was made by this module. */
export function analysisState(analysis: Analysis): AnalysisState | undefined {
  return CompletedAnalysis.stateOf(analysis);
}

/** Parses and checks a document. Never throws. */
export function analyzeMinutes(text: string, options: AnalyzeOptions = {}): Analysis {
  const { parts, lineStarts, document } = parseMinutes(text, options.today ? { today: options.today } : {});
  const lineIndex = new LineIndex(text, lineStarts);
  const context = documentContext(document, options);
  const items = parts.items.map((part) => checkItem(part, context, options, lineIndex));
  const documentDiagnostics = checkWhole(parts, document, context, options, lineIndex);
  return completeAnalysis(text, options, { parts, items, documentDiagnostics, context, settle: () => undefined, length: text.length, lineBreaks: totalLineBreaks(parts.items) }, document, lineIndex);
}

/** The syntax problems of the header and footer and the document-wide checks (header, attendance, numbering), as diagnostics. */
function checkWhole(parts: DocumentParts, document: MeetingDocument, context: DocumentContext, options: AnalyzeOptions, lineIndex: LineIndex): MinutesDiagnostic[] {
  const out: MinutesDiagnostic[] = [];
  const add = (finding: Finding) => {
    const diagnostic = toDiagnostic(finding, options, lineIndex);
    if (diagnostic) out.push(diagnostic);
  };
  for (const p of [...parts.prefix.problems, ...(parts.footer?.problems ?? [])]) add(problemFinding(p, context));
  for (const f of checkDocument(document, context, lineIndex)) add(f);
  // In text order, as an update's merge expects (`inTextOrder`).
  out.sort(byPlace);
  return out;
}

/**
 * Every diagnostic of `state` in text order, the document's first among equals. The items' lists
 * are each in order and the items follow each other, so they are merged with the document's
 * list in one pass; should an item's list stray outside that order, everything is sorted.
 */
function inTextOrder(state: AnalysisState): MinutesDiagnostic[] {
  const fromItems: MinutesDiagnostic[] = [];
  let ordered = true;
  for (const item of state.items) {
    for (const d of item.diagnostics) {
      const last = fromItems[fromItems.length - 1];
      if (last && byPlace(last, d) > 0) ordered = false;
      fromItems.push(d);
    }
  }
  const whole = state.documentDiagnostics;
  for (let i = 1; ordered && i < whole.length; i++) if (byPlace(whole[i - 1] as MinutesDiagnostic, whole[i] as MinutesDiagnostic) > 0) ordered = false;
  if (!ordered) return [...whole, ...fromItems].sort(byPlace);
  const merged: MinutesDiagnostic[] = new Array<MinutesDiagnostic>(whole.length + fromItems.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < whole.length && j < fromItems.length) {
    const a = whole[i] as MinutesDiagnostic;
    const b = fromItems[j] as MinutesDiagnostic;
    if (byPlace(a, b) <= 0) {
      merged[k++] = a;
      i++;
    } else {
      merged[k++] = b;
      j++;
    }
  }
  while (i < whole.length) merged[k++] = whole[i++] as MinutesDiagnostic;
  while (j < fromItems.length) merged[k++] = fromItems[j++] as MinutesDiagnostic;
  return merged;
}

/**
 * Finishes an analysis: every diagnostic in text order, and the model, the problems and the
 * resolutions behind getters that first let `state.settle` move whatever an update left unmoved.
 */
export function completeAnalysis(source: TextSource, options: AnalyzeOptions, state: AnalysisState, model: MeetingDocument | (() => MeetingDocument), lineIndex: LineIndex): Analysis {
  return new CompletedAnalysis(source, options, state, model, lineIndex, inTextOrder(state));
}

/**
 * An analysis as `completeAnalysis` returns it: the model, the problems and the resolutions behind
 * getters that first let `state.settle` move whatever an update left unmoved. A class, not an
 * object literal with getters, which V8 builds on its slow path with a closure per getter.
 *
 * The state it was made from is a private field, out of sight of its users (and of copies and
 * comparisons), and so is what the editor features work out from it (`keptWith`), rather than
 * values of module-wide `WeakMap`s keyed by the analysis: V8's
 * young-generation collector keeps such a map's values alive while their key is young, so every
 * analysis — its whole model — survived each collection until a full one (at 100 KiB: ten
 * analyses, 3 MB, copied and promoted per collection, which took 6 ms instead of 1).
 */
class CompletedAnalysis implements Analysis {
  readonly timeline: AttendanceTimeline;
  readonly resolver: NameResolver;
  readonly meetingDate: CalendarDate | undefined;
  readonly itemNaming: ItemNaming;
  readonly #state: AnalysisState;
  readonly #model: MeetingDocument | (() => MeetingDocument);
  #text: string | undefined;
  #document: MeetingDocument | undefined;
  #problems: SyntaxProblem[] | undefined;
  #resolutions: Map<Assignee, Resolution> | undefined;
  /** What the editor features worked out from this analysis (`keptWith`), made on first use. */
  #kept: Map<object, unknown> | undefined;

  constructor(
    readonly source: TextSource,
    readonly options: AnalyzeOptions,
    state: AnalysisState,
    model: MeetingDocument | (() => MeetingDocument),
    readonly lineIndex: LineIndex,
    readonly diagnostics: readonly MinutesDiagnostic[],
  ) {
    this.#state = state;
    this.#model = model;
    this.timeline = state.context.timeline;
    this.resolver = state.context.resolver;
    this.meetingDate = state.context.meetingDate;
    this.itemNaming = state.context.itemNaming;
    this.#text = typeof source === 'string' ? source : undefined;
    // An update assembles the model only when it is read: publishing diagnostics never reads it.
    this.#document = typeof model === 'function' ? undefined : model;
  }

  /** The state `analysis` was made from, when this module made it. */
  static stateOf(analysis: Analysis): AnalysisState | undefined {
    return #state in analysis ? analysis.#state : undefined;
  }

  static keptWith<T>(analysis: Analysis, key: object, build: () => T): T {
    if (!(#kept in analysis)) return build();
    const kept = (analysis.#kept ??= new Map());
    if (kept.has(key)) return kept.get(key) as T;
    const value = build();
    kept.set(key, value);
    return value;
  }

  /** Joined on first use when the source is in pieces: publishing diagnostics never needs it. */
  get text(): string {
    return (this.#text ??= this.source.toString());
  }

  get document(): MeetingDocument {
    this.#state.settle();
    return (this.#document ??= (this.#model as () => MeetingDocument)());
  }

  get problems(): readonly SyntaxProblem[] {
    this.#state.settle();
    return (this.#problems ??= allProblems(this.#state.parts));
  }

  /** Built on first use: diagnostics never need it, and an edit would otherwise rebuild it. */
  get resolutions(): ReadonlyMap<Assignee, Resolution> {
    this.#state.settle();
    if (!this.#resolutions) {
      // The checks resolve each name as written once (`NameResolver.resolve` remembers it): read again here.
      const resolutions = new Map<Assignee, Resolution>();
      const resolver = this.#state.context.resolver;
      for (const part of this.#state.parts.items) for (const action of part.actions) for (const assignee of action.assignees) resolutions.set(assignee, resolver.resolve(assignee.name.text));
      this.#resolutions = resolutions;
    }
    return this.#resolutions;
  }
}
