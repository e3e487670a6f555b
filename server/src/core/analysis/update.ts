import { searchLanguage } from '../model/noteworthy';
import { numberedWithParagraphSign } from '../model/paragraphSign';
import { isSignatureLineAt } from '../syntax/layout';
import { parseItemRegion } from '../syntax/parse';
import { assembleDocument, type FooterPart, type ItemPart } from '../syntax/parts';
import { isDoubleSpaced } from '../syntax/regions';
import { collectSpans, shiftSpans } from '../text/shiftSpans';
import type { LineIndex } from '../text/lineIndex';
import type { TextSource } from '../text/textSource';
import { analysisState, analyzeMinutes, completeAnalysis, type Analysis } from './analyze';
import type { MinutesDiagnostic } from './diagnostic';
import { checkItem, type ItemFindings } from './findings';

/**
 * An edit, as offsets: the text that stood at `[start, oldEnd)` in the previous text now stands
 * at `[start, newEnd)`. Several edits are described by one change that covers them all.
 */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * The analysis of `text`, which is `previous.text` after `change`. `text` may be a document in
 * pieces: an update reads only the edited item's region and the characters around the edit, and
 * the whole text is joined only when the analysis is read for it (or the update falls back to a
 * full analysis). When the change lies inside
 * one item and leaves it one item with the same number, only that item is read and checked
 * again: the other items, their diagnostics, the header and the attendance are kept, and the
 * items after the change are moved (their model's spans lazily: see `AnalysisState.settle`). Anything else — an edit in the header, the attendance or the
 * footer, across items, or one that adds, removes or renumbers an item, or writes its heading
 * with `§` or without it — analyses the whole text. Either way the result equals
 * `analyzeMinutes(text, previous.options)`.
 *
 * `lines`, when given, is the line index of `text` (an editor's document keeps one); otherwise it
 * is derived from the previous one.
 *
 * The kept parts are moved in place, so `previous` must not be used afterwards.
 */
export function updateAnalysis(previous: Analysis, text: TextSource, change: TextChange, lines?: LineIndex): Analysis {
  return updateItem(previous, text, change, lines) ?? analyzeMinutes(text.toString(), previous.options);
}

function updateItem(previous: Analysis, text: TextSource, change: TextChange, lines: LineIndex | undefined): Analysis | undefined {
  const state = analysisState(previous);
  if (!state) return undefined;
  const previousLength = state.length;
  const delta = text.length - previousLength;
  if (change.start < 0 || change.oldEnd < change.start || change.oldEnd > previousLength || change.newEnd - change.oldEnd !== delta) return undefined;
  const { parts } = state;
  // Items that were an agenda's numbered lines may become one (`agenda.ts`): read whole.
  if (parts.agendaAsItems) return undefined;
  const k = itemAt(parts.items, change.start);
  const part = parts.items[k];
  if (!part) return undefined;
  // The edit must end before the next region's first character, or at the end of the text.
  const lastRegion = part.end === previousLength;
  if (!(change.oldEnd < part.end || (lastRegion && change.oldEnd <= part.end))) return undefined;
  const end = part.end + delta;
  if (end < text.length && !endsLine(text, end)) return undefined;

  // The last item before the footer gives the footer a signature line it now ends with (`layout.ts`).
  if (parts.footer && k === parts.items.length - 1 && endsWithSignatureLine(text, part.start, end)) return undefined;

  const ctx = { doubleSpaced: parts.doubleSpaced, meetingYear: parts.prefix.meetingYear ?? previous.options.today?.year, meetingDate: parts.prefix.meetingDate, dayFirst: parts.prefix.dayFirst, joinedNames: parts.prefix.joinedNames, ownerNames: parts.prefix.ownerNames, searchLanguage: searchLanguage(parts.prefix.votes) };
  const rebuilt = parseItemRegion(text, part.start, end, ctx);
  const fresh = rebuilt?.length === 1 ? rebuilt[0] : undefined;
  if (!fresh || fresh.item.number !== part.item.number) return undefined;
  // A heading written with `§` or without it now may change how the messages name every item
  // (`itemNaming`), and whether the numbering may start anywhere: the document is checked again.
  if (numberedWithParagraphSign(fresh.item) !== numberedWithParagraphSign(part.item)) return undefined;
  const items = parts.items.slice();
  items[k] = fresh;
  const lineBreaks = {
    adjacent: state.lineBreaks.adjacent - part.lineBreaks.adjacent + fresh.lineBreaks.adjacent,
    acrossBlank: state.lineBreaks.acrossBlank - part.lineBreaks.acrossBlank + fresh.lineBreaks.acrossBlank,
  };
  if (isDoubleSpaced(lineBreaks) !== parts.doubleSpaced) return undefined;

  const lineIndex = lines ?? previous.lineIndex.afterEdit(text, change.start, change.oldEnd, change.newEnd);
  const lineDelta = lineIndex.lineCount - previous.lineIndex.lineCount;
  const oldEnd = part.end;
  if (delta !== 0 || lineDelta !== 0) {
    // Regions and diagnostics move now; the model's spans when it is next read (`settle`).
    for (let i = k + 1; i < parts.items.length; i++) {
      const later = parts.items[i] as ItemPart;
      later.start += delta;
      later.end += delta;
      later.unsettled += delta;
      moveDiagnostics((state.items[i] as ItemFindings).diagnostics, delta, lineDelta);
    }
    if (parts.footer) shiftFooter(parts.footer, delta);
    moveDiagnostics(state.documentDiagnostics.filter((d) => d.span.start >= oldEnd), delta, lineDelta);
  }
  const findings = state.items.slice();
  findings[k] = checkItem(fresh, state.context, previous.options, lineIndex);
  const newParts = { prefix: parts.prefix, items, footer: parts.footer, doubleSpaced: parts.doubleSpaced };
  const newState = { parts: newParts, items: findings, documentDiagnostics: state.documentDiagnostics, context: state.context, settle: once(() => settle(items)), length: text.length, lineBreaks };
  const length = text.length;
  return completeAnalysis(text, previous.options, newState, () => assembleDocument(newParts, length), lineIndex);
}

/** The index of the item whose region holds `offset`, or -1 when it lies before the first item. */
function itemAt(items: readonly ItemPart[], offset: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((items[mid] as ItemPart).start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * Whether the last line that holds something in the region `[start, end)` of `text` — not its
 * first, the item heading — is a signature line that the footer below it takes (`Signed ........
 * Chair`). Reads the region's end back to that line only.
 */
function endsWithSignatureLine(text: TextSource, start: number, end: number): boolean {
  let lineEnd = end;
  for (;;) {
    let lineStart = lineEnd;
    // Back over the line break that ends the line before `lineEnd`, then to that line's start.
    if (lineStart > start && text.charCodeAt(lineStart - 1) === 10) lineStart--;
    if (lineStart > start && text.charCodeAt(lineStart - 1) === 13) lineStart--;
    while (lineStart > start && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
    if (lineStart <= start) return false;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      const withBreak = /[\r\n]$/.test(line) ? line : `${line}\n`;
      return isSignatureLineAt(withBreak, 0, withBreak.length);
    }
    lineEnd = lineStart;
  }
}

/** Whether `offset` is the start of a line: a line break stands before it, not in the middle of `\r\n`. */
function endsLine(text: TextSource, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  return before === 10 || (before === 13 && text.charCodeAt(offset) !== 10);
}

/** The spans of a part's model, collected when it first moves and kept with it. */
const partSpans = new WeakMap<ItemPart, ReturnType<typeof collectSpans>>();

/** `run` the first time the result is called, and nothing after. */
function once(run: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    run();
  };
}

/** Moves the model spans of every part that edits before it left unmoved. */
function settle(items: readonly ItemPart[]): void {
  for (const part of items) {
    if (part.unsettled === 0) continue;
    let spans = partSpans.get(part);
    if (!spans) {
      spans = collectSpans([part.item, part.comments, part.textItemRefs, part.proseAssignments, part.problems]);
      partSpans.set(part, spans);
    }
    shiftSpans(spans, part.unsettled);
    part.unsettled = 0;
  }
}

/** Moves diagnostics that stand after an edit: by `delta` characters, and by whole lines. */
function moveDiagnostics(diagnostics: readonly MinutesDiagnostic[], delta: number, lineDelta: number): void {
  for (const d of diagnostics) {
    const span = d.span as { start: number; end: number };
    span.start += delta;
    span.end += delta;
    if (lineDelta !== 0) {
      const range = d.range as { start: { line: number }; end: { line: number } };
      range.start.line += lineDelta;
      range.end.line += lineDelta;
    }
  }
}

function shiftFooter(footer: FooterPart, delta: number): void {
  shiftSpans(collectSpans([footer.footer, footer.comments, footer.problems]), delta);
  footer.start += delta;
}
