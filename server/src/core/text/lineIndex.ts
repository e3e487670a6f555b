import type { Position, Range, Span } from './span';
import type { TextSource } from './textSource';

/**
 * Converts between offsets and line/character positions. Built once per text in a single pass;
 * lookups are binary searches, so converting a diagnostic never rescans the document.
 */
export class LineIndex {
  /** Offset at which each line starts; `lineStarts[0]` is always 0. */
  private readonly lineStarts: Int32Array;

  constructor(
    private readonly text: TextSource,
    /** Line starts already known (from `afterEdit`, or the parser's layout); computed from the text when absent. */
    knownStarts?: Int32Array,
  ) {
    if (knownStarts) {
      this.lineStarts = knownStarts;
      return;
    }
    this.lineStarts = Int32Array.from(scanLineStarts(text.toString()));
  }

  /**
   * The index of `text`, which is this index's text with `[start, oldEnd)` replaced by what now
   * stands at `[start, newEnd)`. Only the lines around the change are scanned; the starts of later
   * lines are moved. Starts one line early, because a `\r` before the change and a `\n` typed
   * after it make one line break.
   */
  afterEdit(text: TextSource, start: number, oldEnd: number, newEnd: number): LineIndex {
    const delta = newEnd - oldEnd;
    const old = this.lineStarts;
    const line = Math.max(0, this.positionAt(start).line - 1);
    const middle: number[] = [];
    const from = old[line] ?? 0;
    const scanEnd = Math.min(text.length - 1, newEnd);
    for (let i = from; i <= scanEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        if (i + 1 <= newEnd + 1) middle.push(i + 1);
      } else if (c === 10) {
        middle.push(i + 1);
      }
    }
    // The lines after the change keep their starts, moved by `delta`: copied in one typed array
    // with native copies and one tight loop, as a document may have a hundred thousand lines.
    let firstKept = this.positionAt(oldEnd).line + 1;
    while (firstKept < old.length && (old[firstKept] as number) <= oldEnd + 1) firstKept++;
    const kept = line + 1;
    const starts = new Int32Array(kept + middle.length + old.length - firstKept);
    starts.set(old.subarray(0, kept));
    starts.set(middle, kept);
    const later = kept + middle.length;
    for (let i = firstKept; i < old.length; i++) starts[later + i - firstKept] = (old[i] as number) + delta;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The offset where `line` starts (clamped to the document). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    return this.lineStarts[line] ?? this.text.length;
  }

  /** The offset just past the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStart(line + 1) : this.text.length;
    let end = next;
    if (end > 0 && end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    // An offset between the `\r` and the `\n` of a line break stands before the break, as in
    // vscode-languageserver-textdocument (a position cannot split a line break).
    const start = this.lineStarts[low] ?? 0;
    let at = clamped;
    while (at > start && isLineBreak(this.text.charCodeAt(at - 1))) at--;
    return { line: low, character: at - start };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeOf(s: Span): Range {
    return { start: this.positionAt(s.start), end: this.positionAt(s.end) };
  }
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** The offset at which each line of `text` starts, in one pass. */
function scanLineStarts(text: string): number[] {
  const starts = [0];
  // indexOf runs in native code; a document without a lone \r (almost all) needs only the \n scan.
  const hasCarriageReturn = text.includes('\r');
  if (!hasCarriageReturn) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
  }
  return starts;
}
