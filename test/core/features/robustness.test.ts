import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeMinutes,
  definitionAt,
  documentSymbols,
  foldingRanges,
  highlightsAt,
  prepareRename,
  referencesAt,
  renameEdits,
  semanticTokens,
  type Analysis,
  type Span,
} from '../../../server/src/core/index';
import { root } from '../../helpers/expect';

const example = readFileSync(join(root, 'examples/kommunchefsgruppen.minutes'), 'utf8');

function assertInside(analysis: Analysis, spans: readonly Span[], label: string): void {
  for (const s of spans) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= analysis.text.length, `${label}: ${s.start}-${s.end}`);
}

/** Runs every navigation and structure feature at `offsets`; none may throw or point outside the text. */
function checkAllFeatures(text: string, offsets: readonly number[], label: string): void {
  const analysis = analyzeMinutes(text, { locale: 'sv' });
  assertInside(analysis, documentSymbols(analysis).map((s) => s.span), `${label} symbols`);
  assertInside(analysis, foldingRanges(analysis).map((f) => f.span), `${label} folding`);
  assertInside(analysis, semanticTokens(analysis).map((t) => t.span), `${label} tokens`);
  for (const offset of offsets) {
    const where = `${label} at ${offset}`;
    assertInside(analysis, definitionAt(analysis, offset), where);
    assertInside(analysis, referencesAt(analysis, offset, true), where);
    assertInside(analysis, highlightsAt(analysis, offset).map((h) => h.span), where);
    const prepared = prepareRename(analysis, offset);
    if (prepared) assertInside(analysis, [prepared.span], where);
    const renamed = renameEdits(analysis, offset, 'Ny Person');
    if ('edits' in renamed) assertInside(analysis, renamed.edits.map((e) => e.span), where);
  }
}

describe('navigation and structure features never fail', () => {
  it('at every offset of the example, and outside it', () => {
    const offsets = [-1, Number.NaN, example.length + 1, ...Array.from({ length: example.length + 1 }, (_, i) => i)];
    checkAllFeatures(example, offsets, 'example');
  });

  it('on every line of the example cut short, as while typing', function () {
    this.timeout(60_000);
    const lines = example.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      for (let cut = 0; cut < line.length; cut += 5) {
        const text = [...lines.slice(0, i), line.slice(0, cut), ...lines.slice(i + 1)].join('\n');
        const at = lines.slice(0, i).join('\n').length + cut;
        checkAllFeatures(text, [at - 1, at, at + 1], `line ${i + 1} cut at ${cut}`);
      }
    }
  });

  it('on the raw reference minutes and on garbage', () => {
    const reference = readFileSync(join(root, '../shared/reference/000_13f9851aec9c8325.txt'), 'utf8');
    checkAllFeatures(reference, Array.from({ length: 200 }, (_, i) => Math.floor((i * reference.length) / 200)), 'reference');
    const garbage = '\u0000\ud800((((\n1.\nUppdrag: @ – @@\nNÄRVARANDE\n@\u0308 (p 99999)\r\n'.repeat(20);
    checkAllFeatures(garbage, Array.from({ length: garbage.length }, (_, i) => i), 'garbage');
  });
});
