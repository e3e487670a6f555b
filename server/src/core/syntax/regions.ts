import type { IToken } from 'chevrotain';
import { blankLinesBetween } from './blankLines';
import { isWhiteSpace } from '../text/whiteSpace';

/**
 * The double-spacing evidence of the items (where the regions begin is read by `layout.ts`). The
 * grammar places every line by the first line of each region alone: items begin at column-0 item
 * headings, the footer at the first footer keyword, and nothing after the footer leaves it; so
 * each region can be parsed on its own (see `parse.ts`).
 */

/** How an item's sentences break across lines: the evidence for `isDoubleSpaced`. */
export interface LineBreakCounts {
  /** A line that stops mid-sentence, continued on the very next line. */
  readonly adjacent: number;
  /**
   * A line that stops mid-sentence, continued after one blank line by a line that starts with a
   * lower-case letter: the rest of the sentence, not a new paragraph after a sub-heading.
   */
  readonly acrossBlank: number;
}

/**
 * Counts an item body's mid-sentence line breaks, told its lines one by one: whether each is
 * blank, and if not the line itself. Used over tokens (`countLineBreaks`) and over the raw lines
 * of a text (`layout.ts`).
 */
export class LineBreakCounter {
  private adjacent = 0;
  private acrossBlank = 0;
  /** Blank lines since the last text line; -1 before the item's first text line. */
  private blanks = -1;
  private midSentence = false;

  blank(): void {
    if (this.blanks >= 0) this.blanks++;
  }

  /**
   * The text line `[start, end)` of `text`: whether it ends a sentence, and — only where that
   * counts, after a sentence broken off by one blank line — whether it starts in lower case.
   */
  text(text: string, start: number, end: number): void {
    if (this.midSentence && this.blanks === 0) this.adjacent++;
    else if (this.midSentence && this.blanks === 1 && startsLowerCase(text, start, end)) this.acrossBlank++;
    this.blanks = 0;
    this.midSentence = !endsSentence(text, start, end);
  }

  get counts(): LineBreakCounts {
    return { adjacent: this.adjacent, acrossBlank: this.acrossBlank };
  }
}

/**
 * Counts an item body's mid-sentence line breaks (the item's tokens after its heading, of one
 * lexing: the blank lines are those between their lines).
 */
export function countLineBreaks(body: readonly IToken[]): LineBreakCounts {
  const counter = new LineBreakCounter();
  let previous: IToken | undefined;
  for (const token of body) {
    for (let blank = blankLinesBetween(previous, token); blank > 0; blank--) counter.blank();
    counter.text(token.image, 0, token.image.length);
    previous = token;
  }
  return counter.counts;
}

/**
 * Minutes copied from a PDF have a blank line after every line. Then a single empty line does not
 * end a paragraph; only a line of white space or several blank lines do. Such a document is
 * recognised by where its sentences break: a line that stops mid-sentence (no `.`, `!`, `?`, `:`,
 * `;`, `)` or closing quote at its end, see `endsSentence`) is followed by a blank line and then the rest of the sentence, which starts in
 * lower case. In a document written normally, mid-sentence breaks are wrapped lines with no blank
 * line between them, and a blank line comes after a finished sentence — however short its
 * paragraphs are — or after a sub-heading without a full stop (`Bakgrund`, `Yrkanden`), which
 * the next paragraph follows with a capital letter.
 */
export function isDoubleSpaced(counts: LineBreakCounts): boolean {
  return counts.acrossBlank >= 3 && counts.acrossBlank > 2 * counts.adjacent;
}

/** Whether the line `[start, end)` of `text` starts, after white space, with a lower-case letter. */
export function startsLowerCase(text: string, start = 0, end = text.length): boolean {
  let i = start;
  let c = text.charCodeAt(i);
  // Most lines start with a printable ASCII character: no white space to skip, no case tables.
  if (i < end && c > 32 && c < 127) return c >= 97 && c <= 122;
  while (i < end && isWhiteSpace(c)) c = text.charCodeAt(++i);
  if (i >= end) return false;
  if (c < 128) return c >= 97 && c <= 122;
  const letter = text.charAt(i);
  return letter !== letter.toUpperCase() && letter === letter.toLowerCase();
}

/**
 * Whether the line `[start, end)` of `text` ends a sentence: its last character before trailing
 * white space (and the line break) is `.`, `!`, `?`, `:`, `;`, `)` or a closing quote.
 */
export function endsSentence(text: string, start = 0, end = text.length): boolean {
  let i = end - 1;
  while (i >= start && isWhiteSpace(text.charCodeAt(i))) i--;
  return i >= start && isSentenceEnd(text.charCodeAt(i));
}

/** `.`, `!`, `?`, `:`, `;`, `)`, `”` or `"`: compared as codes, as this runs on every line of a document. */
function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 41 || code === 58 || code === 33 || code === 63 || code === 59 || code === 34 || code === 0x201d;
}
