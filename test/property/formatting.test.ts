/**
 * Properties of formatting: it is idempotent (formatting a formatted document changes nothing),
 * and it changes only white space, bullets and dashes — the words, in order, stay exactly as
 * written. Checked on generated documents (random spacing, bullets, dashes, blank lines, line
 * ends), on every fixture and example, and on random mutations of them.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeMinutes, formatEdits } from '../../server/src/core/index';
import { applyEdits } from '../helpers/edits';
import { corpus, minutesDocument, mutate, mutation, runs } from './arbitraries';

const TODAY = { year: 2024, month: 3, day: 1 };

function format(text: string): string {
  return applyEdits(text, formatEdits(analyzeMinutes(text, { locale: 'sv', today: TODAY })));
}

/**
 * The words of a text with bullets and dashes taken for spaces: what formatting must keep. A colon
 * ends a word too, because formatting puts one space after a keyword's colon (`Senast:2024-04-30`
 * → `Senast: 2024-04-30`), which is a change of white space only.
 */
function words(text: string): string[] {
  return text.replace(/[-–—•*]/g, ' ').replace(/:/g, ': ').split(/\s+/).filter(Boolean);
}

/** The one call site: format twice; the words stay, the second pass changes nothing. */
function check(text: string): void {
  const once = format(text);
  assert.deepEqual(words(once), words(text), 'formatting changed the words');
  const twice = format(once);
  assert.equal(twice, once, 'formatting is not idempotent');
}

/** Inputs the properties found, shrunk by fast-check; kept so that they are checked on every run. */
const REGRESSIONS: { name: string; text: string }[] = [
  {
    // Two blank lines made one tipped the document into "double-spaced"; the next run then removed every blank line.
    name: 'collapsing blank lines must not make the document look double-spaced',
    text: '§ 1 budget\nUppdrag:Eva Hessman – budget. Due:   15 May 2024\n\nUppdrag:\tEva Hessman – budget. Due:   15 May 2024\n\n// en kommentar\n\n\nUppdrag:Eva Hessman – budget.',
  },
  {
    // The blank line before the item was inserted as "\n" after a lone "\r": together one CRLF, no blank line.
    name: 'a blank line inserted after a lone CR',
    text: '\nEva Hessman\r1.\r\nUppdrag:Anteckningar\nMöte: Kommunchefsgruppen\n',
  },
];

describe('property: formatting', () => {
  for (const { name, text } of REGRESSIONS) it(`regression: ${name}`, () => check(text));

  it('on generated documents', function () {
    this.timeout(Math.max(60_000, runs(300) * 100));
    fc.assert(fc.property(minutesDocument, check), { numRuns: runs(300) });
  });

  const files = corpus();
  for (const file of files) {
    it(`on ${file.name}`, () => check(file.text));
  }

  it('on random mutations of the fixtures and examples', function () {
    this.timeout(Math.max(120_000, runs(200) * 200));
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 4 }), (file, mutations) => check(mutate(file.text, mutations))),
      { numRuns: runs(200) },
    );
  });
});
