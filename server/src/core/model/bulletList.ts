import { textNode, type Span, type TextNode } from '../text/span';
import { joinLines } from './joinLines';
import { OffsetBlock } from './offsetBlock';
import type { BulletEntry, ListBlock } from './types';
import { NumberRun } from './numberRun';
import type { BoundsStore } from './boundsStore';

/**
 * A bullet list whose entries become objects only when they are read (`OffsetBlock`), as a
 * paragraph's lines do (`paragraph.ts`). A list entry as objects is a marker node, a node per line,
 * their spans and strings — about five objects a line, a quarter of the model of the benchmark's
 * minutes, which every young-generation collection copies while the model is built — and an
 * analysis reads none of them: references and prose assignments in entries are found while the
 * list is built (`bodyBlocks.ts`). Rendering, formatting and the editor features read `entries`.
 * The list keeps where its entries stand, in numbers (`ListBounds`).
 */
export class BulletList extends OffsetBlock<readonly BulletEntry[]> implements ListBlock {
  readonly kind = 'list' as const;

  /** The list's `count` bounds from `at` in `store`, as `ListBounds` writes them (at least one entry), and where it ends. */
  constructor(source: string, store: BoundsStore, at: number, count: number, end: number) {
    super(source, store, at, count, end);
  }

  get entries(): readonly BulletEntry[] {
    return this.made(entriesOf);
  }

  /** As plain data, the list shows its entries as if they were a property (tests compare models so). */
  toJSON(): { kind: 'list'; entries: readonly BulletEntry[]; span: Span } {
    return { kind: this.kind, entries: this.entries, span: this.plainSpan() };
  }
}

/**
 * The bounds of a list being built, in one array of numbers: for each entry its marker's start
 * and end, the number of its lines, then each line's content start and end. An entry whose
 * marker has no text after it has no line.
 */
export class ListBounds {
  readonly #numbers = new NumberRun();
  /** Where the current entry's line count stands. */
  #count = -1;

  /** Starts an entry with its marker `[start, end)`. */
  entry(markerStart: number, markerEnd: number): void {
    this.#numbers.push(markerStart);
    this.#numbers.push(markerEnd);
    this.#numbers.push(0);
    this.#count = this.#numbers.length - 1;
  }

  /** Adds a line `[start, end)` to the current entry. */
  line(start: number, end: number): void {
    this.#numbers.push(start);
    this.#numbers.push(end);
    this.#numbers.set(this.#count, this.#numbers.at(this.#count) + 1);
  }

  /** The lines of the current entry, as `[start0, end0, …]`. */
  currentLines(): number[] {
    return this.#numbers.slice(this.#count + 1);
  }

  /**
   * The bounds so far, written to `store` for a `BulletList`: where they start, how many, and where
   * the list ends (its last entry's last line, or marker). The builder is then empty.
   */
  take(store: BoundsStore): { at: number; count: number; end: number } {
    const numbers = this.#numbers;
    // The last entry's line count stands at `#count`; its last line's end is the last number, or its marker's end.
    const end = numbers.at(this.#count) > 0 ? numbers.at(numbers.length - 1) : numbers.at(this.#count - 1);
    const taken = { at: store.append(numbers), count: numbers.length, end };
    numbers.clear();
    this.#count = -1;
    return taken;
  }
}

function entriesOf(source: string, bounds: readonly number[], delta: number): BulletEntry[] {
  const entries: BulletEntry[] = [];
  for (let i = 0; i < bounds.length; ) {
    const markerStart = bounds[i] as number;
    const markerEnd = bounds[i + 1] as number;
    const count = bounds[i + 2] as number;
    const lines: TextNode[] = [];
    for (let k = 0; k < count; k++) {
      const start = bounds[i + 3 + k * 2] as number;
      const end = bounds[i + 4 + k * 2] as number;
      lines.push(textNode(source.slice(start, end), start + delta, end + delta));
    }
    const marker = textNode(source.slice(markerStart, markerEnd), markerStart + delta, markerEnd + delta);
    const last = lines[lines.length - 1];
    entries.push(new Entry(marker, lines, { start: marker.span.start, end: last?.span.end ?? marker.span.end }));
    i += 3 + count * 2;
  }
  return entries;
}

/**
 * A bullet entry; its `text` (the lines joined as a reader reads them) is made on first use, on
 * the prototype rather than as a field, so that the entry stays a cheap object.
 */
class Entry implements BulletEntry {
  #joined: string | undefined;
  constructor(
    readonly marker: TextNode,
    readonly lines: readonly TextNode[],
    readonly span: Span,
  ) {}

  get text(): string {
    return (this.#joined ??= joinLines(this.lines));
  }
}
