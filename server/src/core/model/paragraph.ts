import type { Span, TextNode } from '../text/span';
import { joinLines } from './joinLines';
import type { ParagraphBlock } from './types';

/**
 * A paragraph whose lines become text nodes only when they are read. Most lines of minutes are
 * paragraph lines, and an analysis reads none of them (its checks read actions, decisions and the
 * few lines where a reference or a prose assignment may stand, which `bodyBlocks.ts` reads at
 * once): so the paragraph keeps where its lines stand — two numbers a line — instead of a text
 * node, a span and a string each. Rendering, formatting and hover read `lines` and `text`.
 *
 * The lines are read from the text the paragraph was built from, at the places they had then;
 * `span` is the paragraph's place now. An edit elsewhere moves `span` (with every other span of a
 * kept item, `shiftSpans`), and the lines read afterwards are moved by as much. The bounds and the
 * text live in private fields, which the span walk (`collectSpans`) does not see.
 */
export class Paragraph implements ParagraphBlock {
  readonly kind = 'paragraph' as const;
  readonly span: Span;
  readonly #source: string;
  /** Start and end of each line's content in `#source`: `[start0, end0, start1, end1, …]`. */
  readonly #bounds: readonly number[];
  /** Where the paragraph began in `#source`. */
  readonly #builtAt: number;
  #lines: { readonly delta: number; readonly nodes: readonly TextNode[] } | undefined;
  #joined: string | undefined;

  constructor(source: string, bounds: readonly number[]) {
    this.#source = source;
    this.#bounds = bounds;
    const start = bounds[0] ?? 0;
    this.span = { start, end: bounds[bounds.length - 1] ?? start };
    this.#builtAt = start;
  }

  get lines(): readonly TextNode[] {
    const delta = this.span.start - this.#builtAt;
    if (this.#lines?.delta !== delta) this.#lines = { delta, nodes: lineNodes(this.#source, this.#bounds, delta) };
    return this.#lines.nodes;
  }

  /** As plain data, the paragraph shows its lines as if they were a property (tests compare models so). */
  toJSON(): { kind: 'paragraph'; lines: readonly TextNode[]; span: Span } {
    return { kind: this.kind, lines: this.lines, span: this.span };
  }

  /** The lines joined as a reader reads them, made on first use. */
  get text(): string {
    return (this.#joined ??= joinLines(this.lines));
  }
}

/** Text nodes for the line bounds `[start0, end0, …]` of `source`, moved by `delta`. */
export function lineNodes(source: string, bounds: readonly number[], delta = 0): TextNode[] {
  const nodes: TextNode[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 2) {
    const start = bounds[i] as number;
    const end = bounds[i + 1] as number;
    nodes.push({ text: source.slice(start, end), span: { start: start + delta, end: end + delta } });
  }
  return nodes;
}
