import { textNode, type Span, type TextNode } from '../text/span';
import type { BoundsStore } from './boundsStore';
import { joinLines } from './joinLines';
import { OffsetBlock } from './offsetBlock';
import type { ParagraphBlock } from './types';

/**
 * A paragraph whose lines become text nodes only when they are read (`OffsetBlock`). Most lines of
 * minutes are paragraph lines, and an analysis reads none of them (its checks read actions,
 * decisions and the few lines where a reference or a prose assignment may stand, which
 * `bodyBlocks.ts` reads at once): so the paragraph keeps where its lines stand — two numbers a
 * line, `[start0, end0, start1, end1, …]`, in the parse's `BoundsStore` — instead of a text node,
 * a span and a string each.
 * Rendering, formatting and hover read `lines` and `text`.
 */
export class Paragraph extends OffsetBlock<readonly TextNode[]> implements ParagraphBlock {
  readonly kind = 'paragraph' as const;
  #joined: string | undefined;

  /** The paragraph's `count` bounds from `at` in `store` (`count` even, at least 2). */
  constructor(source: string, store: BoundsStore, at: number, count: number) {
    super(source, store, at, count, store.at(at + count - 1));
  }

  get lines(): readonly TextNode[] {
    return this.made(lineNodes);
  }

  /** As plain data, the paragraph shows its lines as if they were a property (tests compare models so). */
  toJSON(): { kind: 'paragraph'; lines: readonly TextNode[]; span: Span } {
    return { kind: this.kind, lines: this.lines, span: this.plainSpan() };
  }

  /** The lines joined as a reader reads them, made on first use. */
  get text(): string {
    return (this.#joined ??= joinLines(this.lines));
  }
}

/**
 * A protokoll's sub-heading alone on its line (`Beslutsunderlag`, `Yrkanden`; the lexer's
 * `SubheadingLine`): a paragraph of one line, which the published minutes show as a heading.
 * A class of its own, so that the many other paragraphs carry no field for it.
 */
export class Subheading extends Paragraph {
  readonly subheading = true as const;

  override toJSON(): { kind: 'paragraph'; lines: readonly TextNode[]; span: Span; subheading: true } {
    return { ...super.toJSON(), subheading: this.subheading };
  }
}

/** Text nodes for the line bounds `[start0, end0, …]` of `source`, moved by `delta`. */
export function lineNodes(source: string, bounds: readonly number[], delta = 0): TextNode[] {
  const nodes: TextNode[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 2) {
    const start = bounds[i] as number;
    const end = bounds[i + 1] as number;
    nodes.push(textNode(source.slice(start, end), start + delta, end + delta));
  }
  return nodes;
}
