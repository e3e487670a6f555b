import assert from 'node:assert/strict';
import { BoundsStore } from '../../server/src/core/model/boundsStore';
import { NumberRun } from '../../server/src/core/model/numberRun';
import { parseMinutes } from '../../server/src/core/index';
import { joinLines } from '../helpers/expect';

function run(...numbers: number[]): NumberRun {
  const r = new NumberRun();
  for (const n of numbers) r.push(n);
  return r;
}

describe('BoundsStore (model/boundsStore.ts)', () => {
  it('keeps each run where append said, across growing', () => {
    const store = new BoundsStore(1);
    const runs = Array.from({ length: 200 }, (_, i) => Array.from({ length: (i % 7) + 1 }, (_, k) => i * 1000 + k));
    const at = runs.map((numbers) => store.append(run(...numbers)));
    runs.forEach((numbers, i) => assert.deepEqual(store.slice(at[i] as number, numbers.length), numbers));
    assert.equal(store.at(at[5] as number), 5000);
  });

  it('holds offsets up to the largest a text can have', () => {
    const store = new BoundsStore();
    const at = store.append(run(0, 2 ** 31 - 1));
    assert.deepEqual(store.slice(at, 2), [0, 2 ** 31 - 1]);
  });

  it('gives each paragraph and list of a parse its own lines, though they share one store', () => {
    const text = joinLines('Minutes', '', '1. First', 'One line', 'and another.', '', '- a', '  more a', '- b', '', '2. Second', 'Third paragraph.', '-', '- c');
    const items = parseMinutes(text).document.items;
    const read = items.map((item) => item.body.map((b) => (b.kind === 'paragraph' ? b.lines.map((l) => l.text) : b.kind === 'list' ? b.entries.map((e) => `${e.marker.text} ${e.text}`) : b.kind)));
    assert.deepEqual(read, [[['One line', 'and another.'], ['- a more a', '- b']], [['Third paragraph.'], ['- ', '- c']]]);
    const list = items[0]?.body[1];
    assert.deepEqual([list?.span.start, list?.span.end], [text.indexOf('- a'), text.indexOf('- b') + 3]);
  });
});
