import assert from 'node:assert/strict';
import { NumberRun } from '../../server/src/core/model/numberRun';

describe('NumberRun (model/numberRun.ts)', () => {
  it('gives back what was written since it was last emptied, and nothing from before', () => {
    const run = new NumberRun();
    for (const n of [1, 2, 3, 4, 5]) run.push(n);
    assert.deepEqual(run.slice(), [1, 2, 3, 4, 5]);
    run.clear();
    assert.equal(run.length, 0);
    assert.deepEqual(run.slice(), []);
    run.push(7);
    run.push(8);
    run.set(0, run.at(0) + 1);
    assert.deepEqual(run.slice(), [8, 8]);
    assert.deepEqual(run.slice(1), [8]);
  });

  it('copies out: what was taken does not change when the run is written again', () => {
    const run = new NumberRun();
    run.push(1);
    run.push(2);
    const taken = run.slice();
    run.clear();
    run.push(9);
    assert.deepEqual(taken, [1, 2]);
  });
});
