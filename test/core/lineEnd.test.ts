import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer, type IToken } from 'chevrotain';
import { minutesLexer } from '../../server/src/core/syntax/lexer';
import { LineToken } from '../../server/src/core/syntax/lineToken';
import { lineTokens } from '../../server/src/core/syntax/tokens';
import { root } from '../helpers/expect';
import { seededRandom } from '../helpers/random';

/**
 * The lexer's line-break tester (`lineEnd.ts`) looks only at the end of each token, which is right
 * only because every token is one line, and its tokens are made by `lineToken.ts`. These tests
 * hold both to chevrotain's own: the same token types with chevrotain's default line terminators
 * and tokens must give every token the same place.
 */
const reference = new Lexer(lineTokens, { positionTracking: 'full', ensureOptimizations: true });

function places(tokens: readonly IToken[]): string[] {
  return tokens.map((t) => `${t.tokenType.name}#${t.tokenTypeIdx} ${t.startOffset}-${t.endOffset} ${t.startLine}:${t.startColumn}-${t.endLine}:${t.endColumn}`);
}

function check(text: string, label: string): void {
  const ours = minutesLexer.tokenize(text);
  const theirs = reference.tokenize(text);
  assert.deepEqual(places(ours.tokens), places(theirs.tokens), label);
  assert.equal(ours.errors.length, theirs.errors.length, label);
  for (const token of ours.tokens) {
    // Made by lineToken.ts, not by chevrotain's literal: a chevrotain update that stops asking
    // `createTokenInstance` shows here.
    assert.ok(token instanceof LineToken, `${label}: a token of chevrotain's own making`);
    const breaks = token.image.match(/\r\n|\r|\n/g) ?? [];
    assert.ok(breaks.length <= 1 && (breaks.length === 0 || /(?:\r\n|\r|\n)$/.test(token.image)), `${label}: a token with a line break before its end: ${JSON.stringify(token.image)}`);
  }
}

describe('lexer line tracking (lineEnd.ts)', () => {
  const files = [
    'examples/kommunchefsgruppen.minutes',
    '../shared/reference/000_13f9851aec9c8325.txt',
  ];
  for (const file of files) {
    it(`places every token of ${file} as chevrotain's own tester does`, () => {
      const text = readFileSync(join(root, file), 'utf8');
      check(text, file);
      check(text.replace(/\n/g, '\r\n'), `${file} with CRLF`);
      check(text.replace(/\n/g, '\r'), `${file} with CR`);
    });
  }

  it('places every token of random lines with mixed line breaks and no final break', () => {
    const random = seededRandom(20261127);
    const pieces = ['Uppdrag: Eva – ring', '1. Punkt', '  - x', '// c', '', '   ', 'NÄRVARANDE', 'Datum: 2024-03-01', 'Text: ', '\u00a0', 'å', '§ 3 Val', '\t2) y'];
    const breaks = ['\n', '\r\n', '\r', '\r\r\n', '\n\n'];
    for (let round = 0; round < 300; round++) {
      let text = '';
      const lines = 1 + Math.floor(random() * 12);
      for (let i = 0; i < lines; i++) text += (pieces[Math.floor(random() * pieces.length)] ?? '') + (breaks[Math.floor(random() * breaks.length)] ?? '\n');
      if (random() < 0.5) text = text.replace(/[\r\n]+$/, '');
      check(text, `round ${round}: ${JSON.stringify(text)}`);
    }
  });

  it('keeps an end set on a token, where chevrotain would set one, in front of the worked-out one', () => {
    const [token] = minutesLexer.tokenize('Text\n').tokens as LineToken[];
    assert.ok(token);
    assert.deepEqual([token.endOffset, token.endLine, token.endColumn], [4, 1, 5]);
    token.endLine = 2;
    token.endColumn = 0;
    token.endOffset = 9;
    assert.deepEqual([token.endOffset, token.endLine, token.endColumn], [9, 2, 0]);
    token.startOffset = 100;
    assert.equal(token.endOffset, 9, 'a set end no longer follows the start');
    const [other] = minutesLexer.tokenize('Text\n').tokens;
    assert.deepEqual([other?.endOffset, other?.endLine, other?.endColumn], [4, 1, 5], 'other tokens still work theirs out');
  });

  it('keeps a start column and a type index set on a token, or made with it, in front of the worked-out ones', () => {
    const [token, next] = minutesLexer.tokenize('Text\n1. A\n').tokens as LineToken[];
    assert.ok(token && next);
    const index = token.tokenType.tokenTypeIdx;
    assert.deepEqual([token.startColumn, token.tokenTypeIdx], [1, index]);
    token.startColumn = 1;
    token.tokenTypeIdx = index as number;
    assert.deepEqual(Object.keys(token).sort(), ['image', 'startLine', 'startOffset', 'tokenType'], 'setting the worked-out values keeps no field');
    token.startColumn = 7;
    token.tokenTypeIdx = 99;
    assert.deepEqual([token.startColumn, token.tokenTypeIdx], [7, 99]);
    token.tokenType = next.tokenType;
    assert.equal(token.tokenTypeIdx, 99, 'a set index no longer follows the type');
    const made = new LineToken('x\n', 0, 42, next.tokenType, 3, 5);
    assert.deepEqual([made.startColumn, made.tokenTypeIdx, made.startLine], [5, 42, 3]);
    assert.deepEqual([next.startColumn, next.tokenTypeIdx], [1, next.tokenType.tokenTypeIdx], 'other tokens still work theirs out');
  });
});
