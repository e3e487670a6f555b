import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createToken, Lexer, type TokenType } from 'chevrotain';
import { KEY_LENGTH } from '../../server/src/core/syntax/fieldPattern';
import { minutesLexer } from '../../server/src/core/syntax/lexer';
import { FIELD_LINE_SOURCE, FieldLine, lineTokens } from '../../server/src/core/syntax/tokens';
import { root } from '../helpers/expect';
import { seededRandom } from '../helpers/random';

/**
 * `FieldLine` runs its expression only on lines with a colon in the key's reach
 * (`fieldPattern.ts`). A lexer whose `FieldLine` is the plain expression must type every line
 * the same way.
 */
const plainFieldLine = createToken({ name: 'FieldLine', pattern: new RegExp(FIELD_LINE_SOURCE), line_breaks: true });
const reference = new Lexer(
  lineTokens.map((t): TokenType => (t === FieldLine ? plainFieldLine : t)),
  { positionTracking: 'onlyOffset', safeMode: true },
);

function typed(lexer: Lexer, text: string): string[] {
  return lexer.tokenize(text).tokens.map((t) => `${t.startOffset} ${t.tokenType.name}`);
}

function check(text: string, label = JSON.stringify(text)): void {
  assert.deepEqual(typed(minutesLexer, text), typed(reference, text), label);
}

describe('Key: lines (fieldPattern.ts)', () => {
  const longest = `K${'e'.repeat(KEY_LENGTH - 1)}`;

  it('types a line as a field exactly when the plain expression does', () => {
    const lines = [
      'Ordförande: Eva',
      '  Justerare: Per',
      '\u00a0\u00a0Justerare: Per',
      `${longest}: at the limit`,
      `${longest}e: one past it`,
      `\t\t${longest}: indented, at the limit`,
      'kl:10 is no field',
      'Key:',
      'Key:value',
      'Two colons: a: b',
      'Prose with no colon at all, long enough to pass the forty characters of a key',
      'Prose that ends in a colon after a long stretch of words that is no key:',
      'Punkt 3: öppnas',
      'A\u0308rende: NFD key',
      '9 lives: starts with a digit',
    ];
    for (const line of lines) check(`${line}\n`);
    // In one text, so that the remembered colon carries from line to line.
    check(`${lines.join('\n')}\n`, 'all lines in one text');
    check(`${lines.join('\r\n')}\r\n`, 'all lines in one text, CRLF');
  });

  it('types the reference minutes and the example the same way', () => {
    for (const file of ['examples/kommunchefsgruppen.minutes', '../shared/reference/000_13f9851aec9c8325.txt']) {
      check(readFileSync(join(root, file), 'utf8'), file);
    }
  });

  it('types random lines the same way, one text after another', () => {
    const random = seededRandom(4127);
    const parts = ['Key', ' ', ':', 'a', 'Ö', '-', '.', '\t', 'x'.repeat(20), '\n', '\r\n', 'Uppdrag', '1', '§'];
    for (let round = 0; round < 500; round++) {
      let text = '';
      const length = 1 + Math.floor(random() * 30);
      for (let i = 0; i < length; i++) text += parts[Math.floor(random() * parts.length)] ?? '';
      check(`${text}\n`);
    }
  });
});
