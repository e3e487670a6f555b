import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { ObjectRun } from '../../server/src/core/model/objectRun';

describe('ObjectRun (model/objectRun.ts)', () => {
  it('gives back what was written since the last take, in an array of its own, and is then empty', () => {
    const run = new ObjectRun<{ n: number }>();
    const a = { n: 1 };
    const b = { n: 2 };
    run.push(a);
    run.push(b);
    assert.equal(run.length, 2);
    const taken = run.take();
    assert.deepEqual(taken, [a, b]);
    assert.equal(taken[0], a);
    assert.equal(run.length, 0);
    assert.deepEqual(run.take(), []);
    run.push({ n: 3 });
    assert.deepEqual(run.take(), [{ n: 3 }]);
    // What was taken before does not change.
    assert.deepEqual(taken, [a, b]);
  });

  it('lets go of what was taken', function () {
    this.timeout(30_000);
    const script = `
      const { ObjectRun } = await import(${JSON.stringify(new URL('../../server/src/core/model/objectRun.ts', import.meta.url).pathname)});
      const run = new ObjectRun();
      const fill = () => { const big = { data: new Array(1000).fill(1) }; run.push(big); run.take(); return new WeakRef(big); };
      const ref = fill();
      await new Promise((resolve) => setTimeout(resolve, 0));
      globalThis.gc();
      process.stdout.write(ref.deref() === undefined ? 'collected' : 'alive');
    `;
    assert.equal(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }), 'collected');
  });
});
