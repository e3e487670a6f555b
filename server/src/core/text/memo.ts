/**
 * Remembers `compute`'s result per string key. Documents repeat their names, keywords and dates,
 * so each is worked out once; the store is emptied when it holds `limit` entries, which bounds
 * memory in a long-running server without bookkeeping on every hit.
 */
export function memoByString<T>(compute: (key: string) => T, limit = 10_000): (key: string) => T {
  const store = new Map<string, T>();
  return (key) => {
    let value = store.get(key);
    if (value === undefined) {
      value = compute(key);
      if (store.size >= limit) store.clear();
      store.set(key, value);
    }
    return value;
  };
}
