/**
 * The server's copy of an open document, kept in pieces of about 16 KiB. The standard
 * `TextDocument` of vscode-languageserver-textdocument holds one string and builds a new one on
 * every keystroke (`before + typed + after`), which V8 then copies into one flat string on its
 * next read: 2 ms per keystroke at 1 MiB and 20 ms at 10 MiB, and as much garbage as the document
 * is large. Here an edit rebuilds only the pieces it touches, and each version of the text is an
 * immutable `PieceText` that the core reads through `TextSource` — the region of the edited item
 * and the characters around the edit. The whole text is joined only when something asks for it
 * (`getText()`), once per version.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, type TextSource } from '../core';

/** The size pieces are cut to when a text is split. */
const PIECE_SIZE = 16 * 1024;
/** A piece that grows past this (pasting, long typing) is cut again. */
const MAX_PIECE_SIZE = 4 * PIECE_SIZE;

/** One version of a document's text: its pieces and where each starts. Never changes. */
export class PieceText implements TextSource {
  private joined: string | undefined;

  constructor(
    private readonly pieces: readonly string[],
    private readonly starts: readonly number[],
    readonly length: number,
  ) {}

  charCodeAt(index: number): number {
    if (!(index >= 0 && index < this.length)) return NaN;
    if (this.joined !== undefined) return this.joined.charCodeAt(index);
    const i = this.pieceAt(index);
    return (this.pieces[i] as string).charCodeAt(index - (this.starts[i] as number));
  }

  slice(start: number, end: number): string {
    const from = Math.max(0, Math.min(start, this.length));
    const to = Math.max(from, Math.min(end, this.length));
    if (from === to) return '';
    if (this.joined !== undefined) return this.joined.slice(from, to);
    let i = this.pieceAt(from);
    const first = this.pieces[i] as string;
    const firstStart = this.starts[i] as number;
    if (to <= firstStart + first.length) return first.slice(from - firstStart, to - firstStart);
    const parts = [first.slice(from - firstStart)];
    for (i++; i < this.pieces.length; i++) {
      const piece = this.pieces[i] as string;
      const pieceStart = this.starts[i] as number;
      if (pieceStart + piece.length <= to) parts.push(piece);
      else {
        parts.push(piece.slice(0, to - pieceStart));
        break;
      }
    }
    return parts.join('');
  }

  toString(): string {
    return (this.joined ??= this.pieces.join(''));
  }

  private pieceAt(offset: number): number {
    return pieceAt(this.starts, offset);
  }
}

/** The index of the piece holding `offset`, given where each piece starts (the last piece for the end of the text). */
function pieceAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Cuts `text` into pieces of `PIECE_SIZE` (none for the empty text). */
function cut(text: string): string[] {
  if (text.length <= MAX_PIECE_SIZE) return text === '' ? [] : [text];
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += PIECE_SIZE) pieces.push(text.slice(i, i + PIECE_SIZE));
  return pieces;
}

/** A `TextDocument` in pieces; `text` is the current version's text for the core. */
export class PieceDocument implements TextDocument {
  private pieces: string[] = [];
  private starts: number[] = [];
  private current = new PieceText([], [], 0);
  private lines = new LineIndex('');

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    content: string,
  ) {
    this.reset(content);
  }

  /** The text of this version, to read in part or whole; it stays as it is after later edits. */
  get text(): PieceText {
    return this.current;
  }

  /** The line index of this version's text, which an analysis of it can share. */
  get lineIndex(): LineIndex {
    return this.lines;
  }

  get length(): number {
    return this.current.length;
  }

  get lineCount(): number {
    return this.lines.lineCount;
  }

  getText(range?: Range): string {
    if (!range) return this.current.toString();
    return this.current.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (line >= this.lines.lineCount) {
      const last = this.lines.lineCount - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.length - this.lines.lineStart(last) } };
    }
    return { start: { line, character: 0 }, end: { line, character: this.lines.lineEnd(line) - this.lines.lineStart(line) } };
  }

  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.lines.lineCount) return '';
    const next = line + 1 < this.lines.lineCount ? this.lines.lineStart(line + 1) : this.length;
    return this.current.slice(this.lines.lineEnd(line), next);
  }

  positionAt(offset: number): Position {
    return this.lines.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.lines.offsetAt(position);
  }

  /** Applies `changes` in order, as `TextDocument.update` does, and takes `version`. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change) {
        const a = this.offsetAt(change.range.start);
        const b = this.offsetAt(change.range.end);
        this.replace(Math.min(a, b), Math.max(a, b), change.text);
      } else {
        this.reset(change.text);
      }
    }
    this.version = version;
  }

  private reset(content: string): void {
    this.pieces = cut(content);
    this.starts = [];
    let at = 0;
    for (const piece of this.pieces) {
      this.starts.push(at);
      at += piece.length;
    }
    this.current = new PieceText(this.pieces.slice(), this.starts.slice(), content.length);
    this.lines = new LineIndex(content);
  }

  /** Replaces `[start, end)` with `text`, rebuilding only the pieces the change touches. */
  private replace(start: number, end: number, text: string): void {
    if (this.pieces.length === 0) {
      this.reset(text);
      return;
    }
    const first = this.pieceAt(start);
    const last = end > start ? this.pieceAt(end - 1) : first;
    const base = this.starts[first] as number;
    const touched = first === last ? (this.pieces[first] as string) : this.pieces.slice(first, last + 1).join('');
    const replaced = touched.slice(0, start - base) + text + touched.slice(end - base);
    this.pieces.splice(first, last - first + 1, ...cut(replaced));
    this.starts.length = first;
    let at = base;
    for (let i = first; i < this.pieces.length; i++) {
      this.starts.push(at);
      at += (this.pieces[i] as string).length;
    }
    const next = new PieceText(this.pieces.slice(), this.starts.slice(), at);
    this.lines = this.lines.afterEdit(next, start, end, start + text.length);
    this.current = next;
  }

  private pieceAt(offset: number): number {
    return pieceAt(this.starts, offset);
  }
}
