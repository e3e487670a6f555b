import type { IToken } from 'chevrotain';
import { BlankLine, FooterLine, ItemLine } from './tokens';
import { isWhiteSpace } from '../text/whiteSpace';

/**
 * Where the regions of a document begin, as indexes into its line tokens. The grammar places
 * every line by the first line of each region alone: items begin at column-0 item headings, the
 * footer at the first footer keyword, and nothing after the footer leaves it. So the regions can
 * be found by one scan of the token types, and each can be parsed on its own (see `parse.ts`).
 */
export interface Regions {
  /** Index of the first token after the title, header and attendance sections. */
  readonly prefixEnd: number;
  /** Index of each item's heading token. */
  readonly itemStarts: readonly number[];
  /** Index of the footer's first token, or the token count when there is no footer. */
  readonly footerStart: number;
}

export function findRegions(tokens: readonly IToken[]): Regions {
  const itemStarts: number[] = [];
  let footerStart = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const type = (tokens[i] as IToken).tokenType;
    if (type === ItemLine) itemStarts.push(i);
    else if (type === FooterLine) {
      footerStart = i;
      break;
    }
  }
  return { prefixEnd: itemStarts[0] ?? footerStart, itemStarts, footerStart };
}

/** How an item's sentences break across lines: the evidence for `isDoubleSpaced`. */
export interface LineBreakCounts {
  /** A line that stops mid-sentence, continued on the very next line. */
  readonly adjacent: number;
  /** A line that stops mid-sentence, continued after one blank line. */
  readonly acrossBlank: number;
}

/** Counts an item body's mid-sentence line breaks (the item's tokens after its heading). */
export function countLineBreaks(body: readonly IToken[]): LineBreakCounts {
  let adjacent = 0;
  let acrossBlank = 0;
  let blanks = -1; // no text line seen yet in this item
  let midSentence = false;
  for (const token of body) {
    if (token.tokenType === BlankLine) {
      if (blanks >= 0) blanks++;
      continue;
    }
    if (midSentence && blanks === 0) adjacent++;
    else if (midSentence && blanks === 1) acrossBlank++;
    blanks = 0;
    midSentence = !endsSentence(token.image);
  }
  return { adjacent, acrossBlank };
}

/**
 * Minutes copied from a PDF have a blank line after every line. Then a single empty line does not
 * end a paragraph; only a line of white space or several blank lines do. Such a document is
 * recognised by where its sentences break: a line that stops mid-sentence (no `.`, `!`, `?`, `:`
 * at its end) is followed by a blank line and then the rest of the sentence. In a document
 * written normally, mid-sentence breaks are wrapped lines with no blank line between them, and a
 * blank line comes after a finished sentence — however short its paragraphs are.
 */
export function isDoubleSpaced(counts: LineBreakCounts): boolean {
  return counts.acrossBlank >= 3 && counts.acrossBlank > 2 * counts.adjacent;
}

/** Whether a line ends a sentence: its last character before trailing white space is `.`, `!` … */
function endsSentence(image: string): boolean {
  let i = image.length - 1;
  while (i >= 0 && isWhiteSpace(image.charCodeAt(i))) i--;
  return i >= 0 && '.!?:;)”"'.includes(image.charAt(i));
}
