import type { Analysis } from '../analysis/analyze';
import type { Block } from '../model/types';
import type { Span } from '../text/span';
import { headerSpan } from './headerSpan';

/** A stretch of the document that the editor may fold; it covers at least two lines. */
export interface FoldingSpan {
  readonly span: Span;
  /** `comment` for a run of comment lines; otherwise a part of the minutes. */
  readonly kind: 'comment' | 'region';
}

/**
 * Folding ranges: the header block, each attendance section, each item (heading to the last
 * non-blank line of its body, so blank lines before the next item stay visible), the footer, and
 * inside items every paragraph, list, list entry, action and decision of more than one line; and
 * each run of consecutive comment lines. When two ranges start on the same line only the longer
 * is kept, since editors fold by start line.
 */
export function foldingRanges(analysis: Analysis): FoldingSpan[] {
  const { document, lineIndex } = analysis;
  const candidates: FoldingSpan[] = [];
  const region = (span: Span) => candidates.push({ span, kind: 'region' });

  const header = headerSpan(document);
  if (header) region(header);
  for (const section of document.sections) region(section.span);
  for (const item of document.items) {
    region(item.span);
    for (const block of item.body) blockSpans(block).forEach(region);
  }
  if (document.footer) region(document.footer.span);
  candidates.push(...commentRuns(analysis));

  const byStartLine = new Map<number, { fold: FoldingSpan; endLine: number }>();
  for (const fold of candidates) {
    const startLine = lineIndex.positionAt(fold.span.start).line;
    const endLine = lineIndex.positionAt(fold.span.end).line;
    if (endLine <= startLine) continue;
    const existing = byStartLine.get(startLine);
    if (!existing || endLine > existing.endLine) byStartLine.set(startLine, { fold, endLine });
  }
  return [...byStartLine.values()].map((v) => v.fold).sort((a, b) => a.span.start - b.span.start);
}

function blockSpans(block: Block): Span[] {
  // A single-entry list has the entry's span; the duplicate start line is dropped later.
  if (block.kind === 'list') return [block.span, ...block.entries.map((e) => e.span)];
  return block.kind === 'comment' ? [] : [block.span];
}

/** Comment lines on consecutive lines, as one range each. */
function commentRuns({ document, lineIndex }: Analysis): FoldingSpan[] {
  const runs: FoldingSpan[] = [];
  let run: { start: number; end: number; line: number } | undefined;
  for (const comment of document.comments) {
    const line = lineIndex.positionAt(comment.span.start).line;
    if (run && line === run.line + 1) {
      run.end = comment.span.end;
      run.line = line;
      continue;
    }
    if (run) runs.push({ span: { start: run.start, end: run.end }, kind: 'comment' });
    run = { start: comment.span.start, end: comment.span.end, line };
  }
  if (run) runs.push({ span: { start: run.start, end: run.end }, kind: 'comment' });
  return runs;
}
