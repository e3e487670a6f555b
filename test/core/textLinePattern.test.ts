import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createToken, Lexer, type TokenType } from 'chevrotain';
import { minutesLexer } from '../../server/src/core/syntax/lexer';
import { lineTokens, TextLine } from '../../server/src/core/syntax/tokens';
import { textLinePattern } from '../../server/src/core/syntax/textLinePattern';
import { root } from '../helpers/expect';
import { seededRandom } from '../helpers/random';

/**
 * `TextLine` finds the end of a line with `indexOf` (`textLinePattern.ts`). A lexer whose
 * `TextLine` is the plain expression must give the same tokens, images and places included.
 */
const plainTextLine = createToken({ name: 'TextLine', pattern: /[^\r\n]+(?:\r\n|\r|\n)/, line_breaks: true });
const reference = new Lexer(
  lineTokens.map((t): TokenType => (t === TextLine ? plainTextLine : t)),
  { positionTracking: 'full', safeMode: true },
);

function tokens(lexer: Lexer, text: string): string[] {
  const result = lexer.tokenize(text);
  return [
    ...result.tokens.map((t) => `${t.tokenType.name} ${t.startOffset}-${t.endOffset} ${t.startLine}:${t.startColumn}-${t.endLine}:${t.endColumn} ${JSON.stringify(t.image)}`),
    ...result.errors.map((e) => `error at ${e.offset} length ${e.length}`),
  ];
}

function check(text: string, label = JSON.stringify(text)): void {
  assert.deepEqual(tokens(minutesLexer, text), tokens(reference, text), label);
}

describe('lines of text (textLinePattern.ts)', () => {
  it('matches what the expression matches, at any offset', () => {
    const matcher = textLinePattern();
    const texts = ['abc\n', 'abc\r\n', 'abc\rdef\n', 'abc', '\nabc\n', 'a\r', 'a\r\r\n', 'ab\n\r', '', 'x\u2028y\n', 'å ä ö – \n'];
    for (const text of texts) {
      // A new run for every offset (a new token array), and one run over all offsets in order.
      const run: never[] = [];
      for (let offset = 0; offset <= text.length; offset++) {
        const expression = /[^\r\n]+(?:\r\n|\r|\n)/y;
        expression.lastIndex = offset;
        const expected = expression.exec(text)?.[0] ?? null;
        assert.equal(matcher(text, offset, [], {})?.[0] ?? null, expected, `${JSON.stringify(text)} at ${offset}`);
        assert.equal(matcher(text, offset, run, {})?.[0] ?? null, expected, `${JSON.stringify(text)} at ${offset}, one run`);
      }
    }
  });

  it('lexes the reference minutes, the example and random texts as the expression does', () => {
    for (const file of ['examples/kommunchefsgruppen.minutes', '../shared/reference/000_13f9851aec9c8325.txt']) {
      const text = readFileSync(join(root, file), 'utf8');
      check(text, file);
      check(text.replace(/\n/g, '\r\n'), `${file}, CRLF`);
      check(text.replace(/\n/g, '\r'), `${file}, CR`);
    }
    const random = seededRandom(404);
    const pieces = ['Text', ' ', 'Uppdrag: Eva – ring', '- punkt', '1. Rubrik', '\n', '\r\n', '\r', '\n\n', 'å', '\t', 'Antecknat av: Per', ':'];
    for (let round = 0; round < 300; round++) {
      let text = '';
      const count = 1 + Math.floor(random() * 30);
      for (let i = 0; i < count; i++) text += pieces[Math.floor(random() * pieces.length)] ?? '';
      // The parser always ends the text in a line break; the lexer is also tried without one.
      check(text, `round ${round}: ${JSON.stringify(text)}`);
      check(`${text}\n`, `round ${round} with a final break`);
    }
  });
});
