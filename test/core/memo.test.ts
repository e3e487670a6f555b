import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { memoByString, ownCopy } from '../../server/src/core/text/memo';
import { root } from '../helpers/expect';

describe('memoByString (text/memo.ts)', () => {
  it('computes once per key and answers the same again', () => {
    let computed = 0;
    const upper = memoByString((key) => {
      computed++;
      return key.toUpperCase();
    });
    const text = 'Eva Berg, Per Ström och Eva Berg igen';
    assert.equal(upper(text.slice(0, 8)), 'EVA BERG');
    assert.equal(upper(text.slice(24, 32)), 'EVA BERG');
    assert.equal(computed, 1);
  });

  it('keeps a copy of a key equal to it', () => {
    const text = `${'x'.repeat(100)}Maria Reinholdsson`;
    assert.equal(ownCopy(text.slice(100)), 'Maria Reinholdsson');
    assert.equal(ownCopy(''), '');
  });

  it('does not keep the texts its keys were cut from alive', function () {
    this.timeout(30_000);
    // In a process of its own, with the collector at hand: 100 texts of 1 MiB, a name cut from each.
    const script = `
      const { memoByString } = await import(${JSON.stringify(join(root, 'server/src/core/text/memo.ts'))});
      const length = memoByString((key) => key.length);
      const same = memoByString((key) => key);
      for (let i = 0; i < 100; i++) {
        const text = ('x'.repeat(1 << 20) + 'Namn Personsson ' + i).split('').join('');
        length(text.slice(text.length - 18));
        // A result that is the key itself.
        same(text.slice(text.length - 17));
      }
      globalThis.gc();
      process.stdout.write(String(process.memoryUsage().heapUsed));
    `;
    const heapUsed = Number(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }));
    // Kept as views, the keys held 100 MB and more.
    assert.ok(heapUsed < 40e6, `heap after collecting: ${(heapUsed / 1e6).toFixed(0)} MB`);
  });
});
