import type { IToken, TokenType } from 'chevrotain';

/**
 * The lexer's tokens, as instances of a class of their own.
 *
 * Chevrotain builds a token as an object literal, and V8 gives every literal with the same
 * property names in the same order one shared shape — also the one of chevrotain's end-of-file
 * token, whose positions are `NaN`. Once a field of a shape has held a `NaN`, V8 keeps that field
 * as a boxed number in every object of the shape: each token then carried six small heap numbers
 * for its offsets, lines and columns, about 110 bytes of its 270 (measured on Node 20), and a
 * 1 MiB document makes 17,000 tokens. A class has a shape of its own, whose fields stay small
 * integers. The arguments are those of chevrotain's own `createFullToken`, which this replaces
 * (`lexer.ts`); `test/core/lineEnd.test.ts` holds every token's place to chevrotain's.
 */
export class LineToken implements IToken {
  image: string;
  startOffset: number;
  startLine: number;
  tokenType: TokenType;

  constructor(image: string, startOffset: number, tokenTypeIdx: number, tokenType: TokenType, startLine: number, startColumn: number) {
    this.image = image;
    this.startOffset = startOffset;
    this.startLine = startLine;
    this.tokenType = tokenType;
    if (startColumn !== 1) keep(this, 'startColumn', startColumn);
    if (tokenTypeIdx !== tokenType.tokenTypeIdx) keep(this, 'tokenTypeIdx', tokenTypeIdx);
  }

  // A line starts in column 1, and chevrotain gives a token its type's index: both follow from
  // what the token holds, two fields fewer (16 of its 72 bytes; a 1 MiB document makes 17,000
  // tokens, and those of the stretch being read are alive at every collection). A token made
  // otherwise, or given another index later, keeps its own value.

  get startColumn(): number {
    return 1;
  }

  set startColumn(value: number) {
    if (value !== 1) keep(this, 'startColumn', value);
  }

  get tokenTypeIdx(): number {
    return this.tokenType.tokenTypeIdx as number;
  }

  set tokenTypeIdx(value: number) {
    if (value !== this.tokenType.tokenTypeIdx) keep(this, 'tokenTypeIdx', value);
  }

  // A token is one line, its line break last: it ends on its own line, and its end follows from
  // its start and length. Worked out when read rather than kept, three fields fewer per token
  // (24 of its 96 bytes; a 1 MiB document makes 17,000 tokens). Chevrotain sets them only for a
  // token with a line break inside or none at the end, which no pattern of `tokens.ts` makes;
  // should one ever be set, the value is kept on that token.

  get endOffset(): number {
    return this.startOffset + this.image.length - 1;
  }

  set endOffset(value: number) {
    keep(this, 'endOffset', value);
  }

  get endLine(): number {
    return this.startLine;
  }

  set endLine(value: number) {
    keep(this, 'endLine', value);
  }

  get endColumn(): number {
    return this.startColumn + this.image.length - 1;
  }

  set endColumn(value: number) {
    keep(this, 'endColumn', value);
  }
}

/** Gives one token a field of its own that stands in front of the class's worked-out value. */
function keep(token: LineToken, field: 'endOffset' | 'endLine' | 'endColumn' | 'startColumn' | 'tokenTypeIdx', value: number): void {
  Object.defineProperty(token, field, { value, writable: true, enumerable: true, configurable: true });
}

/** What chevrotain's lexer calls to make a token with full position tracking. */
type CreateToken = (image: string, startOffset: number, tokenTypeIdx: number, tokenType: TokenType, startLine: number, startColumn: number, imageLength: number) => IToken;

/**
 * Makes `lexer` build `LineToken`s, those of `alias.from` as tokens of `alias.to`. Chevrotain keeps
 * the function it builds tokens with in the lexer's `createTokenInstance` property (chosen by the
 * position tracking); when a version of chevrotain has no such property, the lexer is left as it
 * is and `false` is returned: only the memory is lost (and `lexer.ts` then goes without its fast
 * path, whose type it would not know as text).
 */
export function useLineTokens(lexer: object, alias?: { readonly from: TokenType; readonly to: TokenType }): boolean {
  const target = lexer as { createTokenInstance?: CreateToken };
  if (typeof target.createTokenInstance !== 'function') return false;
  // A pattern whose lines are another type's (the lexer's fast path for prose) makes tokens of that type.
  const from = alias?.from;
  target.createTokenInstance = (image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn) =>
    alias && tokenType === from
      ? new LineToken(image, startOffset, alias.to.tokenTypeIdx as number, alias.to, startLine, startColumn)
      : new LineToken(image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn);
  return true;
}
