import assert from 'node:assert/strict';
import { parseMinutes } from '../../server/src/core/syntax/parse';
import { INVISIBLE_START } from '../../server/src/core/syntax/tokens';
import { seededRandom } from '../helpers/random';

/**
 * An item heading's number and title are read by character codes (`itemBuilder.ts`); held here to
 * the expression they stand for, over random headings the lexer takes for item headings.
 */
const ITEM_NUMBER = new RegExp(`^([${INVISIBLE_START}]*(?:§\\s*)?)(\\d+)\\.?`);

describe('item headings read by character codes (itemBuilder.ts)', () => {
  it('reads the number and the title the expression reads', () => {
    const random = seededRandom(77);
    const starts = ['', '\ufeff', '\u200b', '\u200e\u200f', '§', '§ ', '§\u00a0', '§  '];
    const numbers = ['1', '12', '007', '123456'];
    const afters = ['. ', '.', ' ', '.\t', ''];
    const titles = ['Budget', 'uppföljning', '', '  Val  ', '2024', '. Punkt', '§ 3'];
    let checked = 0;
    for (let round = 0; round < 3000; round++) {
      const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
      const heading = `${pick(starts)}${pick(numbers)}${pick(afters)}${pick(titles)}`;
      const item = parseMinutes(`${heading}\n`).document.items[0];
      if (!item) continue;
      checked++;
      const content = heading.trim();
      const offset = heading.indexOf(content);
      const m = ITEM_NUMBER.exec(content);
      const digitsAt = offset + (m?.[1]?.length ?? 0);
      const { text: digits, span: at } = item.numberNode;
      assert.deepEqual([digits, at.start, at.end], [m?.[2] ?? '', digitsAt, digitsAt + (m?.[2]?.length ?? 0)], JSON.stringify(heading));
      assert.equal(item.number, Number(m?.[2] ?? 0), JSON.stringify(heading));
      assert.equal(item.title.text, content.slice(m?.[0].length ?? 0).trim(), JSON.stringify(heading));
    }
    assert.ok(checked > 1000, `only ${checked} headings were items`);
  });
});
