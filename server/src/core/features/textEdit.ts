import type { Span } from '../text/span';

/**
 * One change to a document: replace the text in `span` (UTF-16 offsets into the text the edit was
 * computed from) with `newText`. An empty span inserts. The editing features return lists of
 * these; the language server turns them into LSP `TextEdit`s with the document's `LineIndex`.
 */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/**
 * Applies non-overlapping edits to `text`, all computed against `text` itself, in one pass (the
 * formatter may produce an edit per line of a long document). At one position insertions come
 * before a replacement, in the order given, as LSP prescribes; an edit that overlaps an earlier
 * one is skipped rather than corrupting the text.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((edit, index) => ({ start: Math.max(0, Math.min(edit.span.start, text.length)), end: Math.max(0, Math.min(edit.span.end, text.length)), newText: edit.newText, index }))
    .sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start) || a.index - b.index);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at || edit.end < edit.start) continue;
    parts.push(text.slice(at, edit.start), edit.newText);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The line break the document uses (its first one); `\n` for a text of one line. */
export function lineBreakOf(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? m[0] : '\n';
}
