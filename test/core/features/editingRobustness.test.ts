import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMinutes, codeActions, complete, formatEdits, hover, type Analysis, type Span } from '../../../server/src/core/index';
import { applyEdits } from '../../helpers/edits';
import { root } from '../../helpers/expect';

const example = readFileSync(join(root, 'examples/kommunchefsgruppen.minutes'), 'utf8');
const raw = readFileSync(join(root, 'test/fixtures/parser/reference-raw.minutes'), 'utf8');

const inside = (analysis: Analysis, s: Span) => s.start >= 0 && s.start <= s.end && s.end <= analysis.text.length;
const words = (text: string) => text.replace(/[-–—•*]/g, ' ').split(/\s+/).filter(Boolean).join(' ');

/** Every editing feature at `offsets`: none may throw, every span lies in the text, every edit set applies. */
function checkEditing(text: string, offsets: readonly number[], label: string): void {
  const analysis = analyzeMinutes(text, { locale: 'sv', today: { year: 2024, month: 3, day: 1 } });
  const formatted = applyEdits(text, formatEdits(analysis));
  assert.equal(words(formatted), words(text), `${label}: formatting changed the words`);
  for (const offset of offsets) {
    const where = `${label} at ${offset}`;
    const completion = complete(analysis, offset, { knownMembers: ['Anna Lind'] });
    assert.ok(inside(analysis, completion.span), where);
    const shown = hover(analysis, offset);
    if (shown) assert.ok(inside(analysis, shown.span), where);
    for (const action of codeActions(analysis, { start: offset, end: offset }, { only: ['quickfix', 'source'] })) applyEdits(text, action.edits);
  }
}

describe('editing features never fail', () => {
  it('at every offset of the example and of the raw reference, and outside them', function () {
    this.timeout(60_000);
    for (const [name, text] of [['example', example], ['raw', raw]] as const) {
      checkEditing(text, [-1, Number.NaN, text.length + 1, ...Array.from({ length: text.length + 1 }, (_, i) => i)], name);
    }
  });

  it('on every line of the example cut short, as while typing', function () {
    this.timeout(120_000);
    const lines = example.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      for (let cut = 0; cut <= line.length; cut += 7) {
        const text = [...lines.slice(0, i), line.slice(0, cut), ...lines.slice(i + 1)].join('\n');
        const at = lines.slice(0, i).join('\n').length + (i > 0 ? 1 : 0) + cut;
        checkEditing(text, [at - 1, at], `line ${i + 1} cut at ${cut}`);
      }
    }
  });
});
