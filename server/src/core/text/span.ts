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

/**
 * The model's text nodes: a node that is its own span. Its `span` is the node itself, read as a
 * `Span` — one object where a node and its span made two. A 1 MiB document's model holds about
 * 7,000 text nodes, and each object of the model is copied by the young-generation collector
 * once or twice while the next analysis is made (docs/performance.md, "Eighth session").
 * `collectSpans` moves such a node as a span (its own `start` and `end`); as JSON it is
 * `{ text, start, end }`.
 */
export class SourceText implements TextNode, Span {
  readonly text: string;
  start: number;
  end: number;

  constructor(text: string, start: number, end: number) {
    this.text = text;
    this.start = start;
    this.end = end;
  }

  get span(): Span {
    return this;
  }
}

/** The text node for `text` standing at `[start, end)`. */
export function textNode(text: string, start: number, end: number): TextNode {
  return new SourceText(text, start, end);
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/**
 * A span of its own with the place of `s`. For a span kept in the model that is read off a node made
 * on the way (a line's content): the node's span is the node itself, which would keep its text alive.
 */
export function copySpan(s: Span): Span {
  return span(s.start, s.end);
}

/** True when `offset` lies inside `s` or touches its end (a cursor right after a word still "is on" it). */
export function spanContains(s: Span, offset: number): boolean {
  return offset >= s.start && offset <= s.end;
}
