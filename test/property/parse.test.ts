/**
 * Property: analysing any text never throws and always yields a whole model whose spans lie
 * inside the text — for arbitrary strings, for strings built from the language's own pieces,
 * for generated documents and for random mutations of every fixture and example.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeMinutes } from '../../server/src/core/index';
import { corpus, minutesDocument, minutesish, mutate, mutation, runs } from './arbitraries';

const TODAY = { year: 2024, month: 3, day: 1 };

/** The one call site: analyse and check the result is whole (never a throw; every diagnostic inside the text). */
function check(text: string): void {
  const analysis = analyzeMinutes(text, { locale: 'sv', today: TODAY });
  assert.ok(Array.isArray(analysis.document.items));
  assert.equal(analysis.text, text);
  for (const d of analysis.diagnostics) {
    assert.ok(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= text.length, `${d.code} at ${d.span.start}-${d.span.end} in a text of ${text.length}`);
    assert.ok(d.message.length > 0, `${d.code} has a message`);
  }
  for (const item of analysis.document.items) {
    assert.ok(item.numberNode.span.start >= 0 && item.numberNode.span.end <= text.length);
  }
}

describe('property: parsing never fails', () => {
  const arbitraryStrings: [string, fc.Arbitrary<string>][] = [
    ['arbitrary UTF-16 code units (lone surrogates, NUL)', fc.string({ unit: 'binary', maxLength: 300 })],
    ['arbitrary Unicode graphemes (combining marks, emoji)', fc.string({ unit: 'grapheme', maxLength: 200 })],
    ['strings of the language\'s own keywords and separators', minutesish],
    ['generated whole documents', minutesDocument],
  ];
  for (const [label, arbitrary] of arbitraryStrings) {
    it(`on ${label}`, function () {
      this.timeout(Math.max(10_000, runs(300) * 50));
      fc.assert(fc.property(arbitrary, check), { numRuns: runs(300) });
    });
  }

  const files = corpus();
  it(`on random mutations of the ${files.length} fixtures and examples`, function () {
    this.timeout(Math.max(120_000, runs(400) * 100));
    assert.ok(files.length >= 10, 'the fixtures were found');
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 6 }), (file, mutations) => check(mutate(file.text, mutations))),
      { numRuns: runs(400) },
    );
  });

  it('on generated documents with their line ends mixed (LF, CRLF, lone CR)', function () {
    this.timeout(Math.max(10_000, runs(200) * 50));
    fc.assert(
      fc.property(minutesDocument, fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 5 }), (text, ends) => {
        let n = 0;
        check(text.replace(/\r?\n/g, () => ends[n++ % ends.length] ?? '\n'));
      }),
      { numRuns: runs(200) },
    );
  });
});
