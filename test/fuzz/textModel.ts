/**
 * The fuzzer's own copy of the document: positions ↔ offsets by the LSP rules (a line ends at
 * `\n`, `\r\n` or a lone `\r`; characters are UTF-16 code units) and incremental changes applied
 * as the protocol says. Written independently of the server's `vscode-languageserver-textdocument`,
 * so that comparing the two finds a disagreement instead of the same bug twice.
 */
import type { Position, Range, TextEdit } from 'vscode-languageserver-protocol';

/** The offset of the first character of every line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The end of line `line`'s content (before its line break). */
function contentEnd(text: string, starts: readonly number[], line: number): number {
  let end = line + 1 < starts.length ? (starts[line + 1] as number) : text.length;
  if (end > (starts[line] as number) && text.charCodeAt(end - 1) === 10) end--;
  if (end > (starts[line] as number) && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

export function positionAt(_text: string, starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - (starts[low] as number) };
}

/** An offset for a position; past the end of a line means its end, past the last line the text's end. */
export function offsetAt(text: string, starts: readonly number[], position: Position): number {
  if (position.line >= starts.length) return text.length;
  const start = starts[position.line] as number;
  return Math.min(start + position.character, contentEnd(text, starts, position.line));
}

/** An offset moved off the middle of a `\r\n` pair, where no LSP position can point. */
export function validOffset(text: string, offset: number): number {
  const at = Math.max(0, Math.min(offset, text.length));
  return at > 0 && text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10 ? at - 1 : at;
}

export function rangeOf(text: string, starts: readonly number[], start: number, end: number): Range {
  return { start: positionAt(text, starts, start), end: positionAt(text, starts, end) };
}

/** Applies one content change of `didChange` (a range replacement, or the whole text). */
export function applyChange(text: string, change: { range?: Range; text: string }): string {
  if (!change.range) return change.text;
  const starts = lineStarts(text);
  const start = offsetAt(text, starts, change.range.start);
  const end = offsetAt(text, starts, change.range.end);
  return text.slice(0, Math.min(start, end)) + change.text + text.slice(Math.max(start, end));
}

/**
 * Applies LSP text edits computed against `text` (as an editor applies a formatting or rename
 * result); throws when two edits overlap, which a server must never send.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const spans = edits
    .map((edit, index) => ({ start: offsetAt(text, starts, edit.range.start), end: offsetAt(text, starts, edit.range.end), newText: edit.newText, index }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end < span.start) throw new Error(`overlapping or inverted edits: ${JSON.stringify(edits)}`);
    out += text.slice(at, span.start) + span.newText;
    at = span.end;
  }
  return out + text.slice(at);
}
