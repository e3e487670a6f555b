/**
 * Numbers written one after another, emptied and written again: the bounds of the paragraph or
 * list being built. The array keeps its room when emptied — setting an array's `length` to 0
 * makes V8 drop its store, so every paragraph grew a new one, step by step, as garbage — and what
 * is built is copied out at its exact length.
 */
export class NumberRun {
  readonly #numbers: number[] = [];
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    this.#numbers[this.#length++] = value;
  }

  at(index: number): number {
    return this.#numbers[index] as number;
  }

  set(index: number, value: number): void {
    this.#numbers[index] = value;
  }

  /** The numbers from `from` on, in an array of their own. */
  slice(from = 0): number[] {
    return this.#numbers.slice(from, this.#length);
  }

  clear(): void {
    this.#length = 0;
  }

  /** Whether some pair `[start, end)` of the numbers (taken two by two) spans at most `length`. */
  hasPairWithin(length: number): boolean {
    const numbers = this.#numbers;
    for (let i = 1; i < this.#length; i += 2) if ((numbers[i] as number) - (numbers[i - 1] as number) <= length) return true;
    return false;
  }

  /** Keeps the first `length` numbers (at most as many as there are). */
  truncate(length: number): void {
    if (length < this.#length) this.#length = length;
  }
}
