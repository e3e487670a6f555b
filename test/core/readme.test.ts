import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMinutes } from '../../server/src/core/index';
import { root } from '../helpers/expect';

/** The README shows an example and the diagnostic it gets; this keeps both true. */
describe('the README example', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  const [example = '', output = ''] = blocks;

  it('is examples/klimat.minutes', () => {
    assert.equal(example, readFileSync(join(root, 'examples/klimat.minutes'), 'utf8'));
  });

  it('gets exactly the diagnostic the README shows, in Swedish and English', () => {
    const sv = analyzeMinutes(example, { locale: 'sv' }).diagnostics;
    assert.equal(sv.length, 1);
    const d = sv[0];
    assert.ok(d);
    const shown = output.replace(/\n/g, ' ').trim();
    assert.equal(shown, `klimat.minutes:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}`);
    const en = analyzeMinutes(example, { locale: 'en' }).diagnostics[0]?.message ?? '';
    assert.ok(readme.replace(/\s+/g, ' ').includes(en.replace(/\s+/g, ' ')), `README quotes "${en}"`);
  });
});
