import type { CustomPatternMatcherFunc, CustomPatternMatcherReturn } from 'chevrotain';
import { nextIndexOf } from './nextIndex';

/**
 * The matcher of a line of text (`TextLine` in tokens.ts): one or more characters other than line
 * breaks, then one line break (`\r\n`, `\r` or `\n`) — what `/[^\r\n]+(?:\r\n|\r|\n)/y` matches.
 *
 * Every line of running text ends up here, so the end of the line is found with `indexOf`, which
 * runs in native code, instead of a regular expression stepping through each character: the
 * next `\r` of the text is looked up once per text lexed and remembered between lines (most texts
 * have none), the next `\n` once per line. The match is returned in one array kept for all calls:
 * the lexer reads its first element before it calls again, and a fresh array for every line of a
 * document would be garbage to collect. `textLinePattern.test.ts` holds it to the expression.
 */
export function textLinePattern(): CustomPatternMatcherFunc {
  const match = [''] as [string] as CustomPatternMatcherReturn;
  const nextReturnAt = nextIndexOf('\r');
  return (text, offset) => {
    const nextReturn = nextReturnAt(text, offset);
    const newline = text.indexOf('\n', offset);
    let end = newline === -1 || (nextReturn !== -1 && nextReturn < newline) ? nextReturn : newline;
    if (end <= offset) return null;
    end += text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1;
    match[0] = text.substring(offset, end);
    return match;
  };
}
