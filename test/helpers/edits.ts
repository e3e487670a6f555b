import assert from 'node:assert/strict';

/** An edit as the core returns it: replace `span` (offsets into the original text) with `newText`. */
export interface OffsetEdit {
  readonly span: { readonly start: number; readonly end: number };
  readonly newText: string;
}

/**
 * Applies edits computed against `text`, as an editor would, and fails the test if two edits
 * overlap (an editor would reject them). Written independently of the core's own
 * `applyTextEdits`, so the tests do not check the code with itself.
 */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    assert.ok(edit.span.start >= at, `edits overlap at offset ${edit.span.start}: ${JSON.stringify(sorted)}`);
    assert.ok(edit.span.start <= edit.span.end && edit.span.end <= text.length, `edit outside the text: ${JSON.stringify(edit)}`);
    out += text.slice(at, edit.span.start) + edit.newText;
    at = edit.span.end;
  }
  return out + text.slice(at);
}
