import type { IToken } from 'chevrotain';

/**
 * Blank lines are matched by the lexer and skipped (`BlankLine` in `tokens.ts`): a token stands
 * for every line that holds something, and the blank lines are the lines between two tokens'
 * lines. These are the few facts about them the readers of the tokens need.
 */

/** The zero-based line of a line token (chevrotain counts from 1). */
export function lineOf(token: IToken): number {
  return (token.startLine as number) - 1;
}

/**
 * How many blank lines stand between `previous` and `token` (two tokens of one lexing, in
 * order): none when `previous` is undefined, the first line of what is read.
 */
export function blankLinesBetween(previous: IToken | undefined, token: IToken): number {
  return previous === undefined ? 0 : (token.startLine as number) - (previous.startLine as number) - 1;
}

/**
 * Where the line after the line that starts at `start` begins: after its line break (`\n`,
 * `\r\n` or `\r`), or at the end of `source` when it has none. For a blank line, a walk of a few
 * characters.
 */
export function nextLineStart(source: string, start: number): number {
  for (let i = start; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return source.length;
}
