import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMinutes } from '../../server/src/core/index';
import { root } from '../helpers/expect';
import { seededRandom } from '../helpers/random';

/** Analyses `text` and checks the result is a whole model: never a throw, every range inside the text. */
function checkSurvives(text: string, label: string): void {
  let analysis;
  try {
    analysis = analyzeMinutes(text, { locale: 'sv' });
  } catch (error) {
    assert.fail(`analysis threw on ${label}: ${String(error)}\n${JSON.stringify(text.slice(0, 200))}`);
  }
  assert.ok(Array.isArray(analysis.document.items), label);
  for (const d of analysis.diagnostics) {
    assert.ok(d.span.start >= 0 && d.span.end <= text.length && d.span.start <= d.span.end, `${label}: ${d.code} span ${d.span.start}-${d.span.end} outside text of ${text.length}`);
  }
}

const example = readFileSync(join(root, 'examples/kommunchefsgruppen.minutes'), 'utf8');

describe('parsing never fails', () => {
  it('on every line of the example cut at every character (rest of the document kept)', function () {
    this.timeout(120_000);
    const lines = example.split('\n');
    let cases = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      for (let cut = 0; cut < line.length; cut++) {
        const text = [...lines.slice(0, i), line.slice(0, cut), ...lines.slice(i + 1)].join('\n');
        checkSurvives(text, `line ${i + 1} cut at ${cut}`);
        cases++;
      }
    }
    assert.ok(cases > 4000, `${cases} cases`);
  });

  it('on every prefix of the example, as if typed from the top', function () {
    this.timeout(120_000);
    for (let end = 0; end <= example.length; end += 3) checkSurvives(example.slice(0, end), `prefix of ${end}`);
  });

  it('on random strings built from the language\'s own characters and arbitrary code units', () => {
    const next = seededRandom(20261126);
    const alphabet = ['Uppdrag:', 'Beslut:', 'NÄRVARANDE', '1.', '§', ' – ', ' - ', '(', ')', ',', ':', '\n', '\r\n', '\r', ' ', '\t', '//', '- ', 'Senast:', 'p 4', 'Antecknat av:', 'Datum:', '\u0308', '\ufeff', '\u0000', '\ud800', 'Å', 'x'];
    for (let n = 0; n < 500; n++) {
      let text = '';
      const length = Math.floor(next() * 80);
      for (let i = 0; i < length; i++) {
        text += next() < 0.8 ? (alphabet[Math.floor(next() * alphabet.length)] ?? '') : String.fromCharCode(Math.floor(next() * 0x10000));
      }
      checkSurvives(text, `random string #${n}`);
    }
  });

  it('on random mutations of the reference minutes', () => {
    const reference = readFileSync(join(root, 'test/fixtures/parser/reference-raw.minutes'), 'utf8');
    const next = seededRandom(42);
    for (let n = 0; n < 200; n++) {
      let text = reference;
      for (let edits = 0; edits < 5; edits++) {
        const at = Math.floor(next() * text.length);
        const length = Math.floor(next() * 40);
        const insert = reference.slice(Math.floor(next() * reference.length)).slice(0, Math.floor(next() * 30));
        text = text.slice(0, at) + insert + text.slice(at + length);
      }
      checkSurvives(text, `mutation #${n}`);
    }
  });

  it('on edge inputs: empty, only a BOM, only line breaks, a very long line', () => {
    for (const [label, text] of [
      ['empty', ''],
      ['BOM', '\ufeff'],
      ['line breaks', '\n\r\n\r\n\n'],
      ['long line', `1. ${'ord '.repeat(50_000)}`],
      ['only keywords', 'Uppdrag:\nBeslut:\nAntecknat av:\nNÄRVARANDE'],
    ] as const) {
      checkSurvives(text, label);
    }
  });
});
