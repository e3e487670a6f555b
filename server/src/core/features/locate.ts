import type { Analysis } from '../analysis/analyze';
import type { AttendanceSection, Item } from '../model/types';

/** The part of a document a position stands in. */
export type Region = 'header' | 'section' | 'item' | 'footer';

/** What the editing features need to know about the place of the cursor. */
export interface CursorContext {
  /** The offset, clamped into the text. */
  readonly offset: number;
  /** Zero-based line of the offset. */
  readonly line: number;
  readonly lineStart: number;
  /** Just past the line's last character, before its line break. */
  readonly lineEnd: number;
  /** The line up to the cursor. */
  readonly before: string;
  /** The line from the cursor on. */
  readonly after: string;
  readonly region: Region;
  /** The attendance section the line belongs to (region `section`). */
  readonly section?: AttendanceSection;
  /** True when the line is the section's heading; on a list written on its heading's line, when the cursor stands in the heading, before its colon. */
  readonly onSectionHeading: boolean;
  /** The item the line belongs to (region `item`). */
  readonly item?: Item;
}

/**
 * Finds where `offset` stands. The regions follow the parser's rules, worked out from the model
 * so that a blank or half-typed line gets a region too: everything from the first footer keyword
 * on is footer; from the first item heading on, items; before that, an attendance section runs
 * from its heading to the next heading (a known header field inside it is read as a field, and
 * the section goes on). A section written on one line (`Apologies: Tom Reed`) is that line; the
 * lines below it belong to the section or the header around it.
 */
export function locate(analysis: Analysis, offset: number): CursorContext {
  // The source, not `text`: finding a line must not join a document kept in pieces.
  const text = analysis.source;
  const clamped = Number.isFinite(offset) ? Math.max(0, Math.min(Math.trunc(offset), text.length)) : 0;
  const { line } = analysis.lineIndex.positionAt(clamped);
  const lineStart = analysis.lineIndex.lineStart(line);
  const lineEnd = Math.max(lineStart, analysis.lineIndex.lineEnd(line));
  const cursor = Math.min(clamped, lineEnd);
  const base = {
    offset: clamped,
    line,
    lineStart,
    lineEnd,
    before: text.slice(lineStart, cursor),
    after: text.slice(cursor, lineEnd),
    onSectionHeading: false,
  };
  const doc = analysis.document;
  const footerStart = doc.footer && doc.footer.entries.length > 0 ? analysis.lineIndex.lineStart(analysis.lineIndex.positionAt(doc.footer.span.start).line) : undefined;
  if (footerStart !== undefined && lineStart >= footerStart) return { ...base, region: 'footer' };
  let item: Item | undefined;
  for (const candidate of doc.items) {
    if (candidate.headerSpan.start <= lineStart) item = candidate;
    else break;
  }
  if (item) return { ...base, region: 'item', item };
  let section: AttendanceSection | undefined;
  for (const candidate of doc.sections) {
    // Headings stand alone on their line, so one starting at or before this line's end is above or on it.
    if (candidate.heading.span.start > lineEnd) break;
    if (!candidate.inline) section = candidate;
    else if (candidate.span.start >= lineStart) {
      // A list written on its heading's line (`Present: Jane Smith, Omar Khan`) is that line alone:
      // the heading up to its colon, then the attendees.
      return { ...base, region: 'section', section: candidate, onSectionHeading: cursor <= candidate.heading.span.end };
    }
  }
  if (section) {
    const onHeading = section.heading.span.start >= lineStart && section.heading.span.start <= lineEnd;
    return { ...base, region: 'section', section, onSectionHeading: onHeading };
  }
  return { ...base, region: 'header' };
}
