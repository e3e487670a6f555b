import type { Span } from '../text/span';
import type { BoundsStore } from './boundsStore';

/**
 * A block of the model kept as offsets into the text it was built from (`Paragraph`, `BulletList`):
 * a few numbers a line instead of text nodes, spans and strings, which an analysis never reads.
 * What the offsets stand for is made on first read, at the block's place now: an edit elsewhere
 * moves `span` (with every other span of a kept item, `shiftSpans`), and what is read afterwards
 * is moved by as much. The offsets stand in the parse's `BoundsStore` (the block keeps where its
 * run starts and its length); they and the text live in private fields, which the span walk
 * (`collectSpans`) does not see.
 *
 * The block is its own span: `start` and `end` are its fields and `span` is the block itself,
 * read as a `Span` (one object fewer per block, as with `SourceText`). The span walk moves it as
 * a span.
 */
export abstract class OffsetBlock<T> implements Span {
  start: number;
  end: number;
  readonly #source: string;
  readonly #store: BoundsStore;
  /** Where the block's numbers start in `#store`, and how many there are. */
  readonly #at: number;
  readonly #count: number;
  /** Where the block began in `#source`. */
  readonly #builtAt: number;
  #made: { readonly delta: number; readonly value: T } | undefined;

  /** The block's `count` numbers from `at` in `store` begin with its start; `end` is where it ends. */
  protected constructor(source: string, store: BoundsStore, at: number, count: number, end: number) {
    this.#source = source;
    this.#store = store;
    this.#at = at;
    this.#count = count;
    const start = count > 0 ? store.at(at) : 0;
    this.start = start;
    this.end = end;
    this.#builtAt = start;
  }

  get span(): Span {
    return this;
  }

  /** The span as an object of its own, for `toJSON` (the block itself would be written again). */
  protected plainSpan(): Span {
    return { start: this.start, end: this.end };
  }

  /** What `make` makes of the offsets, moved to the block's place now; made again only after a move. */
  protected made(make: (source: string, bounds: readonly number[], delta: number) => T): T {
    const delta = this.start - this.#builtAt;
    if (this.#made?.delta !== delta) this.#made = { delta, value: make(this.#source, this.#store.slice(this.#at, this.#count), delta) };
    return this.#made.value;
  }
}
