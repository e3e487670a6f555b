/**
 * A text read piece by piece. A plain `string` is one; so is an editor's document that keeps its
 * text in pieces (`server/src/lsp/pieceDocument.ts`), which an edit changes without building one
 * new string of the whole document — the costliest step of a keystroke in a large document.
 * Updating an analysis after an edit (`updateAnalysis`) reads only the region it re-parses and
 * the characters around the edit, so it never needs the whole text as one string.
 */
export interface TextSource {
  readonly length: number;
  /** The text from `start` up to (not including) `end`. */
  slice(start: number, end: number): string;
  /** The UTF-16 code unit at `index`, or NaN outside the text. */
  charCodeAt(index: number): number;
  /** The whole text as one string (for a source in pieces, a copy made on first use). */
  toString(): string;
}
