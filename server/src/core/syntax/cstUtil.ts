import type { IToken } from 'chevrotain';
import { textNode, type Span, type TextNode } from '../text/span';

/** True for a token the parser made up while recovering from an error (it has no place in the text). */
export function isVirtual(token: IToken): boolean {
  return token.isInsertedInRecovery === true || Number.isNaN(token.startOffset);
}

/** The line tokens of a region, in text order, without tokens invented by error recovery. */
export function linesOf(tokens: readonly IToken[] | undefined): IToken[] {
  if (!tokens) return [];
  return tokens.some(isVirtual) ? tokens.filter((t) => !isVirtual(t)) : (tokens as IToken[]);
}

/** Where a line token ends, its line break included: where the line after it begins. */
export function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}

/** A line token read as a line: its content without the line break, and whether it is indented. */
export interface Line {
  readonly token: IToken;
  /** Content span, trimmed of white space at both ends. */
  readonly content: TextNode;
  readonly indented: boolean;
}

export function readLine(source: string, token: IToken): Line {
  return { token, content: lineContent(source, token), indented: isIndented(source, token) };
}

/** A line token's content without its line break, trimmed. */
export function lineContent(source: string, token: IToken): TextNode {
  // The last token may end in the line break the parser added after the text: clamp to the text.
  return trimmedNode(source, token.startOffset, lineEnd(source, token));
}

/**
 * Where `lineContent(source, token)` starts, without making the node; `end` is the token's
 * `lineEnd`. With `contentEnd`, an all-blank line gives its end for both, as `trimmedNode` does.
 */
export function contentStart(source: string, token: IToken, end: number): number {
  return blankEnd(source, token.startOffset, end);
}

/** The first offset at or after `start`, before `end`, that is not blank (`end` when none is). */
function blankEnd(source: string, start: number, end: number): number {
  let s = start;
  while (s < end && isBlank(source.charCodeAt(s))) s++;
  return s;
}

/** Where `lineContent` ends: `end` (the token's `lineEnd`) without trailing blanks after `start`. */
export function contentEnd(source: string, end: number, start: number): number {
  let e = end;
  while (e > start && isBlank(source.charCodeAt(e - 1))) e--;
  return e;
}

/** The end of a line token without its line break (clamped to the text, as `lineContent`). */
export function lineEnd(source: string, token: IToken): number {
  let end = Math.min(tokenEnd(token), source.length);
  const last = source.charCodeAt(end - 1);
  if (last === 10) end -= source.charCodeAt(end - 2) === 13 ? 2 : 1;
  else if (last === 13) end -= 1;
  return end;
}

/** Whether a line token starts with white space. */
export function isIndented(source: string, token: IToken): boolean {
  return isBlank(source.charCodeAt(token.startOffset));
}

/**
 * The source between `start` and `end`, with white space trimmed from both ends (the span shrinks
 * with it). An all-blank stretch gives empty text at `end`.
 */
export function trimmedNode(source: string, start: number, end: number): TextNode {
  const s = blankEnd(source, start, end);
  const e = contentEnd(source, end, s);
  if (s === e) return textNode('', end, end);
  return textNode(source.slice(s, e), s, e);
}

/** Where `trimmedNode` would place its node, without the text. */
export function trimmedSpan(source: string, start: number, end: number): Span {
  const s = blankEnd(source, start, end);
  const e = contentEnd(source, end, s);
  return s === e ? { start: end, end } : { start: s, end: e };
}

/** Horizontal white space, BOM included. */
export function isBlank(code: number): boolean {
  // Printable ASCII first: most characters asked about are letters or punctuation.
  if (code > 32 && code < 127) return false;
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000 || code === 11 || code === 12 || code === 0x1680 || code === 0x205f;
}

/** The span from the start of the first line to the end of the last one's content. */
export function spanOf(lines: readonly Line[], fallback: number): Span {
  const first = lines[0];
  const last = lines[lines.length - 1];
  return first && last ? { start: first.content.span.start, end: last.content.span.end } : { start: fallback, end: fallback };
}
