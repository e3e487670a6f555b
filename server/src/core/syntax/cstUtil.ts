import type { CstElement, CstNode, IToken } from 'chevrotain';
import type { Span, TextNode } from '../text/span';
import { Newline } from './tokens';

/** True for a token the parser made up while recovering from an error (it has no place in the text). */
export function isVirtual(token: IToken): boolean {
  return token.isInsertedInRecovery === true || Number.isNaN(token.startOffset);
}

function isToken(element: CstElement): element is IToken {
  return (element as IToken).image !== undefined;
}

/**
 * Every real token under `node` in text order, line breaks excluded. Line nodes hold a handful
 * of tokens, so collecting and sorting them is cheap.
 */
export function tokensOf(node: CstNode): IToken[] {
  const out: IToken[] = [];
  const walk = (n: CstNode): void => {
    for (const key in n.children) {
      for (const child of n.children[key] ?? []) {
        if (isToken(child)) {
          if (!isVirtual(child) && child.tokenType !== Newline && !child.tokenType.CATEGORIES?.includes(Newline)) out.push(child);
        } else walk(child);
      }
    }
  };
  walk(node);
  return out.sort((a, b) => a.startOffset - b.startOffset);
}

/** The child nodes of `node`, of whatever rule, in text order. */
export function orderedChildNodes(node: CstNode): CstNode[] {
  const out: CstNode[] = [];
  for (const key in node.children) {
    for (const child of node.children[key] ?? []) if (!isToken(child)) out.push(child);
  }
  return out.sort((a, b) => startOf(a) - startOf(b));
}

function startOf(node: CstNode): number {
  const offset = node.location?.startOffset;
  return offset === undefined || Number.isNaN(offset) ? Number.MAX_SAFE_INTEGER : offset;
}

export function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}

export function tokenNode(token: IToken): TextNode {
  return { text: token.image, span: { start: token.startOffset, end: tokenEnd(token) } };
}

/**
 * The source between `start` and `end`, with white space trimmed from both ends (the span shrinks
 * with it). An all-blank stretch gives empty text at `end`.
 */
export function trimmedNode(source: string, start: number, end: number): TextNode {
  let s = start;
  let e = end;
  while (s < e && isBlank(source.charCodeAt(s))) s++;
  while (e > s && isBlank(source.charCodeAt(e - 1))) e--;
  if (s === e) return { text: '', span: { start: end, end } };
  return { text: source.slice(s, e), span: { start: s, end: e } };
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000 || code === 11 || code === 12;
}

/** The span of a line's content: first to last real token. */
export function contentSpan(tokens: readonly IToken[], fallback: number): Span {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return { start: fallback, end: fallback };
  return { start: first.startOffset, end: tokenEnd(last) };
}
