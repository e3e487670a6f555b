import assert from 'node:assert/strict';
import { parseMinutes } from '../../server/src/core/index';
import { exactList } from '../../server/src/core/model/exactList';
import { joinLines } from '../helpers/expect';

describe('exactList (lists the model keeps)', () => {
  it('gives the same elements in a list of its own, and an empty list as it is', () => {
    const empty: number[] = [];
    assert.equal(exactList(empty), empty);
    const pushed: string[] = [];
    for (const word of ['a', 'b', 'c']) pushed.push(word);
    const exact = exactList(pushed);
    assert.notEqual(exact, pushed);
    assert.deepEqual(exact, ['a', 'b', 'c']);
  });

  it('leaves what an item holds as it was read', () => {
    const { document, parts } = parseMinutes(joinLines('1. A', 'Text (se punkt 1).', '// c', '- x', 'Uppdrag: Eva – ring', '', '2. B'));
    assert.deepEqual(
      document.items[0]?.body.map((b) => b.kind),
      ['paragraph', 'comment', 'list', 'action'],
    );
    assert.deepEqual(parts.items[0]?.textItemRefs.map((r) => r.number), [1]);
    assert.equal(parts.items[0]?.comments.length, 1);
  });
});
