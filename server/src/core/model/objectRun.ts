/**
 * Objects written one after another and then taken out at their exact length: the blocks of the
 * item body being built (`buildBody`). One run serves every body — at most one is built at a time,
 * and building never calls back into itself — so that its room is grown once, not once for every
 * item, the growth left behind as garbage (about a quarter of a kilobyte an item). What is taken
 * is let go at once: the run, grown old, would otherwise hold the last body's blocks alive.
 */
export class ObjectRun<T> {
  readonly #items: (T | undefined)[] = [];
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(item: T): void {
    this.#items[this.#length++] = item;
  }

  /** The item written last since the last take, if any. */
  last(): T | undefined {
    return this.#length === 0 ? undefined : this.#items[this.#length - 1];
  }

  /** Everything written since the last take, in an array of its own; the run is then empty. */
  take(): T[] {
    const taken = this.#items.slice(0, this.#length) as T[];
    this.#items.fill(undefined, 0, this.#length);
    this.#length = 0;
    return taken;
  }
}
