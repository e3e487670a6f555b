import type { Analysis } from '../analysis/analyze';
import { DEADLINE_WORDS, OWNER_WORDS, STATUS_WORDS, wordsPattern } from '../syntax/keywords';
import { parseMinutes } from '../syntax/parse';
import type { Span } from '../text/span';
import { meaningOf } from './formatMeaning';
import { applyTextEdits, lineBreakOf, type TextEdit } from './textEdit';

export interface FormatOptions {
  /** Format only the lines this span touches (range formatting). */
  readonly range?: Span;
}

/** A change inside one line. */
interface LineFix {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const HSPACE = /[^\S\r\n]/;
const isSpace = (c: string) => c !== '' && HSPACE.test(c);
const CONTINUATION = new RegExp(String.raw`^[^\S\r\n]*(?:${wordsPattern([...OWNER_WORDS, ...DEADLINE_WORDS, ...STATUS_WORDS])})[^\S\r\n]*:`, 'iu');

/**
 * The edits that tidy a document without changing a word of it:
 *
 * - bullets become `- ` (`•`, `*`, a tab after the bullet), in item bodies and attendance lists;
 * - the dash between an action's assignees and its task becomes ` – ` (en dash, one space each side);
 * - one space after the colon of header fields, `Uppdrag:`/`Beslut:`/`Ansvarig:`/`Senast:`/`Status:`
 *   and footer keywords;
 * - no white space at line ends; no blank lines at the start or end; one line break at the end;
 * - at most one blank line in a row, and exactly one before each item heading, each attendance
 *   heading on a line of its own and the footer.
 *
 * An attendance list written on its heading's line (`Present: Jane Smith, Omar Khan`) is left as
 * written, as a line of text is.
 *
 * A double-spaced document (copied from a PDF, a blank line after every line) is made single-spaced:
 * the blank lines the parser ignores (single empty lines) are removed, and the ones that separate
 * paragraphs for it (a line of spaces, or two or more empty lines) become one empty line. The
 * result reads as the reader of the PDF read it, and the parser reads it the same way.
 *
 * The formatted text is parsed again and compared with the original's meaning (`meaningOf`). If
 * they differ — for instance because blank lines added before headings would make the document
 * count as double-spaced — the layout is tried again without adding blank lines, then with only
 * the changes inside lines, and if even those would change the meaning, nothing is done. With a
 * `range`, only changes inside the lines of the range are made, never blank-line changes, which
 * depend on the whole document. Never throws.
 */
export function formatEdits(analysis: Analysis, options: FormatOptions = {}): TextEdit[] {
  try {
    const fixes = lineFixes(analysis);
    const original = meaningOf(analysis.document);
    // Each check parses the whole result, the main cost of formatting a long document: no edits
    // need no check, and a list of edits already refused (the fallbacks can coincide) is not parsed again.
    const refused = new Set<string>();
    const sameMeaning = (edits: readonly TextEdit[]) => {
      if (edits.length === 0) return true;
      const key = JSON.stringify(edits);
      if (refused.has(key)) return false;
      refused.add(key);
      const result = parseMinutes(applyTextEdits(analysis.text, edits), analysis.options.today ? { today: analysis.options.today } : {}).document;
      // Fewer blank lines can make a normally spaced document look double-spaced (copied from a
      // PDF); the next formatting would then join its paragraphs. Such a layout is not kept.
      if (result.doubleSpaced && !analysis.document.doubleSpaced) return false;
      return meaningOf(result) === original;
    };
    if (options.range) {
      const { lineIndex } = analysis;
      const first = lineIndex.positionAt(options.range.start).line;
      const last = lineIndex.positionAt(options.range.end).line;
      const edits = inlineEdits(analysis, fixes, (line) => line >= first && line <= last);
      return sameMeaning(edits) ? edits : [];
    }
    const full = layoutEdits(analysis, fixes, true);
    if (sameMeaning(full)) return full;
    // Blank lines added before headings can tip a document with many one-line paragraphs over
    // the double-spacing threshold; without additions the ratio of blank lines can only fall.
    const collapsed = layoutEdits(analysis, fixes, false);
    if (sameMeaning(collapsed)) return collapsed;
    const inline = [...inlineEdits(analysis, fixes, () => true), ...finalNewline(analysis)];
    return sameMeaning(inline) ? inline : [];
  } catch {
    return [];
  }
}

/** The lines of the text: content start (after a BOM on the first line), end, and whether blank. */
function linesOf(analysis: Analysis): { start: number; end: number; blank: boolean }[] {
  const { text, lineIndex } = analysis;
  const lines: { start: number; end: number; blank: boolean }[] = [];
  for (let i = 0; i < lineIndex.lineCount; i++) {
    const start = i === 0 && text.startsWith('\uFEFF') ? 1 : lineIndex.lineStart(i);
    // The empty "line" after a final line break is no line.
    if (i > 0 && start === text.length) break;
    const end = Math.max(start, lineIndex.lineEnd(i));
    lines.push({ start, end, blank: !/[^\s]/.test(text.slice(start, end)) });
  }
  return lines;
}

/** Changes inside lines, from the model, keyed by line. */
function lineFixes(analysis: Analysis): Map<number, LineFix[]> {
  const { text, lineIndex, document } = analysis;
  const fixes = new Map<number, LineFix[]>();
  const add = (start: number, end: number, newText: string) => {
    if (text.slice(start, end) === newText) return;
    const line = lineIndex.positionAt(start).line;
    const list = fixes.get(line) ?? [];
    list.push({ start, end, text: newText });
    fixes.set(line, list);
  };
  const lineEndOf = (offset: number) => lineIndex.lineEnd(lineIndex.positionAt(offset).line);
  const skipSpace = (from: number, limit: number) => {
    let i = from;
    while (i < limit && isSpace(text.charAt(i))) i++;
    return i;
  };
  /** One space after the colon that follows `keyEnd` (when a value follows on the line). */
  const colon = (keyEnd: number) => {
    const limit = lineEndOf(keyEnd);
    const at = skipSpace(keyEnd, limit);
    if (text.charAt(at) !== ':') return;
    const valueStart = skipSpace(at + 1, limit);
    if (valueStart < limit) add(at + 1, valueStart, ' ');
  };
  /** `-`, `•` or `*` and the white space after it become `- `. */
  const bullet = (markerStart: number) => {
    if (!'-•*'.includes(text.charAt(markerStart))) return;
    const limit = lineEndOf(markerStart);
    const textStart = skipSpace(markerStart + 1, limit);
    add(markerStart, textStart, textStart < limit ? '- ' : '-');
  };

  for (const field of document.headerFields) colon(field.key.span.end);
  // A list on its heading's line (`Present: Jane Smith, Omar Khan`) is left as written.
  for (const section of document.sections) if (!section.inline) for (const attendee of section.attendees) if (/^[-•*][^\S\r\n]/.test(text.slice(attendee.span.start, attendee.span.start + 2))) bullet(attendee.span.start);
  for (const entry of document.footer?.entries ?? []) colon(entry.keyword.span.end);
  for (const item of document.items) {
    for (const block of item.body) {
      if (block.kind === 'list') for (const entry of block.entries) bullet(entry.marker.span.start);
      else if (block.kind === 'decision') colon(block.keyword.span.end);
      else if (block.kind === 'action') {
        colon(block.keyword.span.end);
        const firstLine = lineIndex.positionAt(block.lineSpan.start).line;
        if (block.deadline && !block.deadline.inTask && block.deadline.keyword.span.start < block.lineSpan.end) colon(block.deadline.keyword.span.end);
        if (block.separator) {
          const limit = lineEndOf(block.separator.start);
          let start = block.separator.start;
          while (start > block.lineSpan.start && isSpace(text.charAt(start - 1))) start--;
          const end = skipSpace(block.separator.end, limit);
          add(start, end, end < limit ? ' – ' : ' –');
        }
        const lastLine = lineIndex.positionAt(block.span.end).line;
        for (let line = firstLine + 1; line <= lastLine; line++) {
          const start = lineIndex.lineStart(line);
          const m = CONTINUATION.exec(text.slice(start, lineIndex.lineEnd(line)));
          if (m) colon(start + m[0].length - 1);
        }
      }
    }
  }
  return fixes;
}

/** A line's new content: its fixes applied (overlaps skipped, the wider first) and its end trimmed. */
function fixLine(text: string, start: number, end: number, fixes: readonly LineFix[] | undefined): string {
  let out = '';
  let at = start;
  for (const fix of [...(fixes ?? [])].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (fix.start < at) continue;
    out += text.slice(at, fix.start) + fix.text;
    at = fix.end;
  }
  out += text.slice(at, end);
  return out.replace(/[^\S\r\n]+$/, '');
}

/** The smallest edit that turns the line `[start, end)` into `next`. */
function lineEdit(text: string, start: number, end: number, next: string): TextEdit | undefined {
  const old = text.slice(start, end);
  if (old === next) return undefined;
  let prefix = 0;
  while (prefix < old.length && prefix < next.length && old.charAt(prefix) === next.charAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < next.length - prefix && old.charAt(old.length - 1 - suffix) === next.charAt(next.length - 1 - suffix)) suffix++;
  return { span: { start: start + prefix, end: end - suffix }, newText: next.slice(prefix, next.length - suffix) };
}

function inlineEdits(analysis: Analysis, fixes: Map<number, LineFix[]>, include: (line: number) => boolean): TextEdit[] {
  const edits: TextEdit[] = [];
  linesOf(analysis).forEach((line, index) => {
    if (line.blank || !include(index)) return;
    const edit = lineEdit(analysis.text, line.start, line.end, fixLine(analysis.text, line.start, line.end, fixes.get(index)));
    if (edit) edits.push(edit);
  });
  return edits;
}

function finalNewline(analysis: Analysis): TextEdit[] {
  const { text } = analysis;
  if (text === '' || /[\r\n]$/.test(text)) return [];
  return [{ span: { start: text.length, end: text.length }, newText: lineBreakOf(text) }];
}

/**
 * The line break that ends the line before `offset`. A blank line is inserted as a copy of it: the
 * document's usual break could join it (a lone `\r` followed by an inserted `\n` is one CRLF, no
 * blank line at all), and the next formatting would then insert the blank line again.
 */
function breakBefore(text: string, offset: number): string | undefined {
  if (text.charAt(offset - 1) === '\r') return '\r';
  if (text.charAt(offset - 1) !== '\n') return undefined;
  return text.charAt(offset - 2) === '\r' ? '\r\n' : '\n';
}

/** In-line fixes plus the blank-line layout described at `formatEdits`. */
function layoutEdits(analysis: Analysis, fixes: Map<number, LineFix[]>, addBlankLines: boolean): TextEdit[] {
  const { text, lineIndex, document } = analysis;
  const eol = lineBreakOf(text);
  const lines = linesOf(analysis);
  const lineOf = (offset: number) => lineIndex.positionAt(offset).line;
  const itemHeadings = new Set(document.items.map((i) => lineOf(i.headerSpan.start)));
  // A section on one line (`Apologies: Tom Reed`) stands among the header's lines as a field does: no blank line is added before it.
  const sectionHeadings = new Set(document.sections.filter((s) => !s.inline).map((s) => lineOf(s.heading.span.start)));
  const footerLine = document.footer && document.footer.entries.length > 0 ? lineOf(document.footer.span.start) : Infinity;
  const firstItem = document.items[0];
  const firstItemLine = firstItem ? lineOf(firstItem.headerSpan.start) : footerLine;
  const edits: TextEdit[] = [];

  /** How many blank lines stand before content line `i`, given the blank lines `run` found there. */
  const wanted = (i: number, run: readonly number[], first: boolean): number => {
    if (first) return 0;
    if ((itemHeadings.has(i) || sectionHeadings.has(i) || i === footerLine) && (addBlankLines || run.length > 0)) return 1;
    if (run.length === 0) return 0;
    if (!document.doubleSpaced) return 1;
    if (i > firstItemLine && i < footerLine) {
      // The parser's rule in a double-spaced body: a line of white space, or two empty lines, separate.
      const hard = run.length >= 2 || run.some((r) => (lines[r] as { start: number; end: number }).end > (lines[r] as { start: number }).start);
      return hard ? 1 : 0;
    }
    return 0;
  };

  let run: number[] = [];
  let seenContent = false;
  lines.forEach((line, i) => {
    if (line.blank) {
      run.push(i);
      return;
    }
    const keep = Math.min(wanted(i, run, !seenContent), 1);
    run.forEach((r, k) => {
      const blank = lines[r] as { start: number; end: number };
      if (k < keep) {
        if (blank.end > blank.start) edits.push({ span: { start: blank.start, end: blank.end }, newText: '' });
      }
    });
    if (run.length > keep) edits.push({ span: { start: (lines[run[keep] as number] as { start: number }).start, end: line.start }, newText: '' });
    if (run.length < keep) edits.push({ span: { start: line.start, end: line.start }, newText: breakBefore(text, line.start) ?? eol });
    const edit = lineEdit(text, line.start, line.end, fixLine(text, line.start, line.end, fixes.get(i)));
    if (edit) edits.push(edit);
    run = [];
    seenContent = true;
  });

  if (!seenContent) return text.length > (text.startsWith('\uFEFF') ? 1 : 0) ? [{ span: { start: text.startsWith('\uFEFF') ? 1 : 0, end: text.length }, newText: '' }] : [];
  const lastContent = lines.length - 1 - run.length;
  const last = lines[lastContent] as { start: number; end: number };
  if (run.length > 0) {
    // Blank lines at the end go; the line break after the last line stays.
    edits.push({ span: { start: (lines[run[0] as number] as { start: number }).start, end: text.length }, newText: '' });
  } else if (last.end === text.length) {
    edits.push({ span: { start: text.length, end: text.length }, newText: eol });
  }
  // LSP allows an insertion and a replacement at the same place only with the insertion first.
  return edits.sort((a, b) => a.span.start - b.span.start || (a.span.end - a.span.start) - (b.span.end - b.span.start));
}
