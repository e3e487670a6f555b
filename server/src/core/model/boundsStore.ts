import type { NumberRun } from './numberRun';

/**
 * The offsets of the paragraphs and lists of one parse, one after another in a typed array: each
 * block (`OffsetBlock`) keeps where its run starts and how long it is.
 *
 * Kept in arrays of their own, a paragraph's offsets were a JavaScript array and its store — at
 * 1 MiB of minutes 2,700 of each, 15 % of the model — which every young-generation collection
 * copies while they are young. A typed array's numbers lie outside the collected heap: one object
 * for all of them, never copied. A parse writes the store as it builds and then only reads it, so
 * a store grows by doubling, and the blocks find its numbers through the store, not the array.
 */
export class BoundsStore {
  #numbers: Int32Array;
  #length = 0;

  /** `capacity`: the numbers expected (a guess; the store grows as needed). */
  constructor(capacity = 64) {
    this.#numbers = new Int32Array(Math.max(16, capacity));
  }

  /** A store for the parse of a text of `length` characters: minutes use about one number for every 40 characters. */
  static forText(length: number): BoundsStore {
    return new BoundsStore((length >> 5) + 64);
  }

  /** Appends the numbers of `run`; returns where they start. Offsets of a text fit 31 bits. */
  append(run: NumberRun): number {
    const at = this.#length;
    const count = run.length;
    if (at + count > this.#numbers.length) this.#grow(at + count);
    const numbers = this.#numbers;
    for (let i = 0; i < count; i++) numbers[at + i] = run.at(i);
    this.#length = at + count;
    return at;
  }

  /** The number at `index`. */
  at(index: number): number {
    return this.#numbers[index] as number;
  }

  /** `count` numbers from `at`, in an array of their own (for reading a block, which is rare). */
  slice(at: number, count: number): number[] {
    return Array.from(this.#numbers.subarray(at, at + count));
  }

  #grow(needed: number): void {
    let capacity = this.#numbers.length * 2;
    while (capacity < needed) capacity *= 2;
    const numbers = new Int32Array(capacity);
    numbers.set(this.#numbers.subarray(0, this.#length));
    this.#numbers = numbers;
  }
}
