import assert from 'node:assert/strict';
import { analyzeMinutes } from '../../server/src/core/index';
import { renderMarkdown } from '../../server/src/core/render/index';
import { wordLanguage } from '../../server/src/core/text/wordLanguage';
import { joinLines } from '../helpers/expect';

/**
 * A document's language when its keywords do not decide it: by the commonest words of its title,
 * its header's free text and its items' titles (`text/wordLanguage.ts`).
 */
describe('the language of a document by its words (wordLanguage.ts)', () => {
  const cases: [texts: string[], expected: string][] = [
    [['Sprint 47 Retrospective – Team Falcon', '- Shipped the billing export two days early'], 'en'],
    [['Möte med arbetsgruppen', 'Vi gick igenom budgeten och beslutade att vänta.'], 'sv'],
    [['Minutes of the meeting'], 'en'],
    [['Minnesanteckningar'], 'sv'],
    // Words of neither language, or as many of each, decide nothing.
    [['Budget 2025', 'Eva Berg, Tom Reed'], '-'],
    [['Protokoll', 'Minutes'], '-'],
    [[], '-'],
    // Case does not matter; `i`, `in` and `an` are words of both and not counted.
    [['THE BUDGET', 'I en kommun', 'in an office'], 'en'],
  ];
  for (const [texts, expected] of cases) {
    it(`reads ${JSON.stringify(texts.join(' / ').slice(0, 60))} as ${expected}`, () => assert.equal(wordLanguage(texts) ?? '-', expected));
  }

  it('reads no more than its first two thousand words', () => {
    const texts = ['word '.repeat(2000), 'the and of'];
    assert.equal(wordLanguage(texts), undefined);
  });

  it('gives a document without keywords its language, and leaves the keywords the last word', () => {
    const language = (...lines: string[]) => analyzeMinutes(joinLines(...lines), { locale: 'sv' }).document.language;
    assert.equal(language('Sprint 47 Retrospective', '', '1. What went well', 'Shipped the export.', '', '2. What did not go well', 'Flaky tests.'), 'en');
    assert.equal(language('Träff med gruppen', '', '1. Nästa steg', 'Vi ses i maj.'), 'sv');
    // Nothing to go by: Swedish, as before.
    assert.equal(language('Budget 2025', '', '1. Budget'), 'sv');
    // One Swedish keyword outweighs English words.
    assert.equal(language('Minutes of the meeting', 'Datum: 2025-03-18', '', '1. Any other business'), 'sv');
  });

  it('publishes the summary headings of an English document without keywords in English', () => {
    const analysis = analyzeMinutes(joinLines('Sprint 47 Retrospective – Team Falcon', '', '- Shipped the billing export two days early', '- Pairing on the refactor worked well'), { locale: 'sv' });
    const headings = renderMarkdown(analysis).split('\n').filter((line) => line.startsWith('## '));
    assert.deepEqual(headings, ['## Summary of actions', '## Decisions']);
  });
});
