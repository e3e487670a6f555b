import assert from 'node:assert/strict';
import { joinLines, joinWithMap } from '../../server/src/core/model/joinLines';
import type { TextNode } from '../../server/src/core/text/span';
import { seededRandom } from '../helpers/random';

/** What joining stands for, written plainly: a space between lines, none after a hyphen that splits a lower-case word. */
function plainly(lines: readonly string[]): string {
  let out = '';
  for (const text of lines) {
    if (out === '') out = text;
    else if (out.endsWith('-') && /^\p{Ll}/u.test(text) && /\p{Ll}/u.test(out.charAt(out.length - 2))) out = out.slice(0, -1) + text;
    else if (out.endsWith('-') && /^\p{Ll}/u.test(text)) out += text;
    else out += ` ${text}`;
  }
  return out;
}

/** Lines at their places in a source text, one line break apart. */
function placed(lines: readonly string[]): TextNode[] {
  let at = 10;
  return lines.map((text) => {
    const node = { text, span: { start: at, end: at + text.length } };
    at += text.length + 1;
    return node;
  });
}

describe('joinLines (joinLines.ts)', () => {
  it('joins as a reader reads', () => {
    assert.equal(joinLines(placed(['bredbandsupp-', 'koppling'])), 'bredbandsuppkoppling');
    assert.equal(joinLines(placed(['AI-', 'frågan'])), 'AI-frågan');
    assert.equal(joinLines(placed(['ett', 'två'])), 'ett två');
    assert.equal(joinLines(placed(['Beslut'])), 'Beslut');
  });

  it('joins random lines as the plain rule does, and maps every character back to its place', () => {
    const random = seededRandom(31);
    const pieces = ['ord', 'Ord', '-', 'ä', 'É', ' ', '2', 'x-', ''];
    for (let round = 0; round < 3000; round++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(random() * 5);
      for (let i = 0; i < count; i++) {
        let line = '';
        const length = Math.floor(random() * 4);
        for (let k = 0; k < length; k++) line += pieces[Math.floor(random() * pieces.length)] ?? '';
        lines.push(line);
      }
      const nodes = placed(lines);
      const joined = joinWithMap(nodes);
      assert.equal(joined.text, plainly(lines), JSON.stringify(lines));
      // Every character that comes from a line maps to where that character stands.
      const source = ' '.repeat(10) + lines.join('\n');
      for (let i = 0; i < joined.text.length; i++) {
        const at = joined.sourceOffset(i);
        if (joined.text.charAt(i) !== ' ') assert.equal(source.charAt(at), joined.text.charAt(i), `${JSON.stringify(lines)} at ${i}`);
      }
    }
  });
});
