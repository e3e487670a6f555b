import type { Span } from '../text/span';

/** What a completion entry stands for; the language server maps it to an icon. */
export type CompletionKind = 'person' | 'organisation' | 'member' | 'keyword' | 'itemNumber' | 'itemReference' | 'date' | 'title';

/** One proposal. */
export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  /** What replaces the result's `span`. */
  readonly insertText: string;
  /** A short word shown beside the label ("idag", the organisation, the item's title). */
  readonly description?: string;
  /** A longer line for the details pane (attendance in words, the long date). */
  readonly detail?: string;
  /** Orders the list: proposals are compared by this string. */
  readonly sortText: string;
}

/** The proposals for one position, and the typed text each of them replaces. */
export interface CompletionResult {
  readonly span: Span;
  readonly items: readonly CompletionEntry[];
}

/** `sortText` from a group, a match rank and a position, so the list keeps the promised order. */
export function sortKey(group: number, rank: number, index: number): string {
  const pad = (n: number, width: number) => String(Math.max(0, Math.min(n, 10 ** width - 1))).padStart(width, '0');
  return `${pad(group, 1)}${pad(rank, 1)}${pad(index, 4)}`;
}
