import type { Span } from './span';

type MovableSpan = { -readonly [K in keyof Span]: Span[K] };

/**
 * Every span object reachable from `roots`, each once. A span is an object with numeric `start`
 * and `end`; the walk follows arrays and the own enumerable properties of other objects (so a
 * getter such as a paragraph's lazily joined text is never run).
 */
export function collectSpans(roots: readonly unknown[]): MovableSpan[] {
  const seen = new Set<object>();
  const spans: MovableSpan[] = [];
  const stack: object[] = [];
  for (const root of roots) if (root !== null && typeof root === 'object') stack.push(root);
  while (stack.length > 0) {
    const value = stack.pop() as object;
    if (seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const element of value as unknown[]) if (element !== null && typeof element === 'object') stack.push(element);
      continue;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') {
      spans.push(record as MovableSpan);
      continue;
    }
    for (const key in record) {
      const child = record[key];
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return spans;
}

/** Moves every span by `delta`, in place. */
export function shiftSpans(spans: readonly MovableSpan[], delta: number): void {
  for (const s of spans) {
    s.start += delta;
    s.end += delta;
  }
}
