/** A half-open range of UTF-16 offsets into the document text: `[start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A zero-based line and UTF-16 character position, as in LSP. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A zero-based range, as in LSP. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A piece of source text together with where it stands. */
export interface TextNode {
  readonly text: string;
  readonly span: Span;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/** True when `offset` lies inside `s` or touches its end (a cursor right after a word still "is on" it). */
export function spanContains(s: Span, offset: number): boolean {
  return offset >= s.start && offset <= s.end;
}
