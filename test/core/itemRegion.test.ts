import assert from 'node:assert/strict';
import { Lexer } from 'chevrotain';
import { isVirtual } from '../../server/src/core/syntax/cstUtil';
import { minutesLexer } from '../../server/src/core/syntax/lexer';
import { readItemRegion } from '../../server/src/core/syntax/parse';
import { AnyLine, ItemLine, lexerLineTokens } from '../../server/src/core/syntax/tokens';

describe('an item region as the item-region rule reads it (readItemRegion)', () => {
  it('every line the lexer makes is an AnyLine, so that a region after its heading is all lines of the item', () => {
    for (const type of lexerLineTokens) {
      if (type.GROUP === Lexer.SKIPPED) continue;
      assert.ok(type.CATEGORIES?.includes(AnyLine), `${type.name} is an AnyLine`);
    }
  });

  it('reads a region that begins with its heading as the heading and the lines below it, with no problem', () => {
    const source = '4. Budget\nEva Berg redovisar.\n- en punkt\nUppdrag: Eva Berg – skriva\n';
    const tokens = minutesLexer.tokenize(source).tokens;
    const [heading, ...lines] = tokens;
    const read = readItemRegion(tokens, source.length);
    assert.deepEqual(read.problems, []);
    assert.equal(read.lines.heading, heading);
    assert.equal(read.lines.heading.tokenType, ItemLine);
    assert.deepEqual(read.lines.lines, lines);
  });

  it('parses a region that does not begin with a heading, with error recovery: a made-up heading and a problem', () => {
    const source = 'Eva Berg redovisar.\n- en punkt\n';
    const tokens = minutesLexer.tokenize(source).tokens;
    const lines = [...tokens];
    const read = readItemRegion(tokens, source.length);
    assert.equal(read.problems.length, 1);
    assert.equal(read.problems[0]?.kind, 'unexpected');
    assert.ok(isVirtual(read.lines.heading), 'the heading is made up by recovery');
    assert.deepEqual(read.lines.lines, lines);
  });
});
