import type { MeetingDocument } from '../model/types';
import type { Span } from '../text/span';

/**
 * The header block: from the title (or first field) to the last header field, header text line
 * or comment before the first attendance section on lines of its own, item or footer (a list on
 * its heading's line stands among the fields). Undefined when the document starts with something
 * else. Header fields may stand after an attendance section; the block
 * then reaches over it, as the secretary wrote it.
 */
export function headerSpan(document: MeetingDocument): Span | undefined {
  const boundary = Math.min(
    // A list on its heading's line (`Present: Jane Smith`) stands among the header's lines.
    document.sections.find((s) => !s.inline)?.span.start ?? Infinity,
    document.items[0]?.span.start ?? Infinity,
    document.footer?.span.start ?? Infinity,
  );
  const parts = [
    ...(document.title ? [document.title.span] : []),
    ...document.headerFields.map((f) => f.span),
    ...document.preamble.map((p) => p.span),
  ];
  if (parts.length === 0) return undefined;
  // Comments are sorted, so the leading ones are those before the boundary.
  for (const comment of document.comments) {
    if (comment.span.start >= boundary) break;
    parts.push(comment.span);
  }
  let start = Infinity;
  let end = -Infinity;
  for (const part of parts) {
    start = Math.min(start, part.start);
    end = Math.max(end, part.end);
  }
  return { start, end };
}
