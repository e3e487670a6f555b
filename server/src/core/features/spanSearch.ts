import type { Span } from '../text/span';

/**
 * The element of `sorted` (ordered by start, not overlapping) whose span holds `offset` or ends
 * exactly at it, since a cursor just after a word is still on it. A binary search: documents of
 * a megabyte have thousands of names and numbers. Undefined for an offset outside every span,
 * including `NaN`.
 */
export function elementAt<T extends { readonly span: Span }>(sorted: readonly T[], offset: number): T | undefined {
  if (!Number.isFinite(offset)) return undefined;
  let low = 0;
  let high = sorted.length - 1;
  let candidate: T | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const element = sorted[mid];
    if (!element) break;
    if (element.span.start <= offset) {
      candidate = element;
      low = mid + 1;
    } else high = mid - 1;
  }
  return candidate && offset <= candidate.span.end ? candidate : undefined;
}
