/**
 * Remembers `compute`'s result per string key. Documents repeat their names, keywords and dates,
 * so each is worked out once; the store is emptied when it holds `limit` entries, which bounds
 * memory in a long-running server without bookkeeping on every hit.
 *
 * A key (and a result that is a string) is kept as a copy of its own. The keys are mostly pieces
 * of a document (`source.slice`), and V8 makes a piece of 13 characters or more a view into the
 * whole text: kept as it came, each new name seen while typing held on to that whole version of
 * the document (1 MiB and more a keystroke in a long one) until the store was emptied.
 * `memo.test.ts` measures the heap.
 */
export function memoByString<T>(compute: (key: string) => T, limit = 10_000): (key: string) => T {
  const store = new Map<string, T>();
  return (key) => {
    let value = store.get(key);
    if (value === undefined) {
      value = compute(key);
      // A result may be the key itself, or another piece of the same text (`toLowerCase` of a
      // name already in lower case): copied too.
      if (typeof value === 'string') value = ownCopy(value) as T;
      if (store.size >= limit) store.clear();
      store.set(ownCopy(key), value);
    }
    return value;
  };
}

/**
 * `text` in a string of its own rather than a view into a longer one: joined to a character and
 * cut again, which makes V8 copy the characters into a new string (the view then left is into
 * that short copy).
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
