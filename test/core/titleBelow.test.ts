import assert from 'node:assert/strict';
import { analyzeMinutes } from '../../server/src/core/index';
import { joinLines } from '../helpers/expect';

/**
 * An item heading that holds only its number takes its title from the line below it, as a
 * protokoll laid out in a table writes it (`syntax/titleBelow.ts`).
 */

/** Each item as `number | title | its paragraphs' text`, and the diagnostics' codes. */
function items(...lines: string[]): string[] {
  const analysis = analyzeMinutes(joinLines('Protokoll', 'Datum: 2025-04-08', '', ...lines), { locale: 'sv' });
  return analysis.document.items.map((item) => [item.number, item.title.text, ...item.body.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))].join(' | '));
}

describe('an item title on the line below its number (titleBelow.ts)', () => {
  const cases: [name: string, lines: string[], expected: string[]][] = [
    [
      '`§ 23` alone, the title below it, the text below that',
      ['§ 23', 'Val av justerare', 'Nämnden utser Johan Persson (M) att justera protokollet.'],
      ['23 | Val av justerare | Nämnden utser Johan Persson (M) att justera protokollet.'],
    ],
    [
      'a case number between the number and the title stays the first line of the text',
      ['§ 24', 'Dnr KFN 2025/0031', 'Verksamhetsberättelse 2024', '', 'Förvaltningen har sammanställt verksamhetsberättelsen.'],
      ['24 | Verksamhetsberättelse 2024 | Dnr KFN 2025/0031 | Förvaltningen har sammanställt verksamhetsberättelsen.'],
    ],
    [
      'a heading with only its number and only a title below',
      ['1.', 'Mötets öppnande', '', '2.', 'Val av sekreterare'],
      ['1 | Mötets öppnande', '2 | Val av sekreterare'],
    ],
    [
      'in a double-spaced document, the line after the blank line',
      ['§ 23', '', 'Val av justerare', '', 'Nämnden utser Johan Persson att', '', 'justera protokollet.', '', '§ 24', '', 'Budget', '', 'Nämnden antar budgeten enligt', '', 'förslaget och noterar', '', 'informationen.'],
      ['23 | Val av justerare | Nämnden utser Johan Persson att justera protokollet.', '24 | Budget | Nämnden antar budgeten enligt förslaget och noterar informationen.'],
    ],
    [
      'a sentence, the words that lead into a list, a line in lower case or after a blank line are no title',
      ['§ 1', 'Nämnden antar budgeten.', '', '§ 2', 'Följande noterades:', '- a', '', '§ 3', 'budgeten gicks igenom', '', '§ 4', '', 'Budget'],
      ['1 |  | Nämnden antar budgeten.', '2 |  | Följande noterades: | list', '3 |  | budgeten gicks igenom', '4 |  | Budget'],
    ],
    [
      'a keyword line or a bullet below the number is no title',
      ['§ 1', 'Beslut: Antas.', '', '§ 2', '- Budget'],
      ['1 |  | decision', '2 |  | list'],
    ],
    [
      'a heading with its title keeps it: the line below is text',
      ['§ 1 Budget', 'Ekonomi 2025'],
      ['1 | Budget | Ekonomi 2025'],
    ],
  ];
  for (const [name, lines, expected] of cases) {
    it(name, () => assert.deepEqual(items(...lines), expected));
  }

  it('keeps the title’s place, and the item runs over it', () => {
    const text = joinLines('Protokoll', '', '§ 23', 'Val av justerare');
    const item = analyzeMinutes(text).document.items[0];
    assert.ok(item);
    assert.equal(text.slice(item.title.span.start, item.title.span.end), 'Val av justerare');
    assert.equal(text.slice(item.span.start, item.span.end), '§ 23\nVal av justerare');
  });
});
