import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { nextIndexOf } from '../../server/src/core/syntax/nextIndex';
import { root } from '../helpers/expect';
import { seededRandom } from '../helpers/random';

/** Asks one `nextIndexOf(':')` every call in turn and checks each answer against `indexOf`. */
function check(calls: readonly (readonly [text: string, offset: number])[]): void {
  const nextColonAt = nextIndexOf(':');
  calls.forEach(([text, offset], i) => assert.equal(nextColonAt(text, offset), text.indexOf(':', offset), `call ${i}: ${JSON.stringify(text)} at ${offset}`));
}

const LINES = 'Datum: 2024-03-15\nText utan kolon\nPlats: GR\n';

describe('nextIndexOf (syntax/nextIndex.ts)', () => {
  it('answers as indexOf while the offsets of one text go forward', () => {
    check([0, 1, 4, 5, 6, 7, 18, 30, 34, 35, 36, LINES.length].map((offset) => [LINES, offset] as const));
  });

  it('answers as indexOf when the same text is read again from its start', () => {
    check([
      [LINES, 0],
      [LINES, 20],
      [LINES, 36],
      [LINES, 0],
      [LINES, 5],
    ]);
  });

  it('answers as indexOf when the text changes, also to one of the same length or an equal copy', () => {
    const other = 'Plats: GR\nText utan kolon\nDatum: 2024-03-15\n';
    const copy = LINES.split('').join('');
    check([
      [LINES, 0],
      [LINES, 10],
      [other, 10],
      [other, 0],
      [copy, 10],
      [LINES, 40],
      ['no colon here\n', 0],
      ['no colon here\n', 3],
      [LINES, 3],
    ]);
  });

  it('answers -1 from past the last colon and at the end of the text', () => {
    check([
      [LINES, 30],
      [LINES, 40],
      [LINES, LINES.length],
      ['', 0],
    ]);
  });

  it('answers as indexOf over random calls', () => {
    const random = seededRandom(20261129);
    const texts = ['a:b:c', ':::', 'abc', LINES, `${LINES}:${LINES}`];
    const calls: [string, number][] = [];
    for (let i = 0; i < 2000; i++) {
      const text = texts[Math.floor(random() * texts.length)] as string;
      calls.push([text, Math.floor(random() * (text.length + 2))]);
    }
    check(calls);
  });

  it('does not keep a lexer run’s tokens alive after the run', function () {
    this.timeout(30_000);
    // In a process of its own, with the collector at hand: lex a text, let its tokens go, collect.
    const script = `
      const { minutesLexer } = await import(${JSON.stringify(join(root, 'server/src/core/syntax/lexer.ts'))});
      const lex = () => new WeakRef(minutesLexer.tokenize('Datum: 2024-03-15\\nPlats: GR\\nText: mer\\n'.repeat(200)).tokens);
      const tokens = lex();
      await new Promise((resolve) => setTimeout(resolve, 0));
      globalThis.gc();
      process.stdout.write(tokens.deref() === undefined ? 'collected' : 'alive');
    `;
    const answer = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(answer, 'collected');
  });
});
