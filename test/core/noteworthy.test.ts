import assert from 'node:assert/strict';
import { findItemRefs } from '../../server/src/core/model/itemRefs';
import { NoteworthyPlaces, PROSE_WORD, searchLanguage } from '../../server/src/core/model/noteworthy';
import { seededRandom } from '../helpers/random';

/** Random texts from pieces of the words, with what may stand around them. */
function randomTexts(seed: number, count: number, pieces: readonly string[]): string[] {
  const random = seededRandom(seed);
  const texts: string[] = [];
  for (let round = 0; round < count; round++) {
    let text = '';
    const length = Math.floor(random() * 14);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)] ?? '';
    texts.push(text);
  }
  return texts;
}

function eachStretch(text: string, visit: (start: number, end: number) => void): void {
  for (let start = 0; start <= text.length; start++) for (let end = start; end <= text.length; end++) visit(start, end);
}

describe('NoteworthyPlaces', () => {
  it('answers whether a stretch holds a prose word exactly as PROSE_WORD tested on that stretch alone', () => {
    const pieces = ['uppdrag', 'Uppdr', 'UPPDRAS', 'uppdra', 'ets', 'it', 'ar', 'og', 'g', 'asked', 't', 'tASKed', 'assigned', 'ASSIGNED', 'ass', 'igned', ' ', '_', 'x', 'å', '9', '\n', 'åt'];
    for (const text of randomTexts(99, 300, pieces)) {
      const places = new NoteworthyPlaces(text);
      eachStretch(text, (start, end) => {
        assert.equal(places.holdsProseWord(start, end), PROSE_WORD.test(text.slice(start, end)), `${JSON.stringify(text)} [${start}, ${end})`);
      });
    }
  });

  it('holds every stretch in which findItemRefs finds a reference', () => {
    const pieces = ['punkt', 'PUNKT', 'Item', 'ite', 'm', 'items', '§', '§§', ' ', '  ', '\t', 'x', 'å', '\n', '4', '12', '.2', ' i stadgarna', 'bilaga 5, '];
    let found = 0;
    for (const text of randomTexts(7, 300, pieces)) {
      const places = new NoteworthyPlaces(text);
      eachStretch(text, (start, end) => {
        const stretch = text.slice(start, end);
        // Lines are asked about, and a line holds no line break (`findItemRefs`'s `\s` would span one).
        if (stretch.includes('\n') || findItemRefs({ text: stretch, span: { start, end } }).length === 0) return;
        found++;
        assert.equal(places.holdsReference(start, end), true, `${JSON.stringify(text)} [${start}, ${end})`);
      });
    }
    assert.ok(found > 1000, `only ${found} stretches with references`);
  });

  it('answers the same whatever order the stretches are asked in', () => {
    const random = seededRandom(5);
    const pieces = ['se punkt 4', ' ', 'uppdrag', 'x', '§ 2', 'tasked', '\n', 'item 7', 'uppdragets'];
    for (const text of randomTexts(11, 100, pieces)) {
      const places = new NoteworthyPlaces(text);
      for (let ask = 0; ask < 200; ask++) {
        const a = Math.floor(random() * (text.length + 1));
        const b = Math.floor(random() * (text.length + 1));
        const [start, end] = a <= b ? [a, b] : [b, a];
        const stretch = text.slice(start, end);
        assert.equal(places.holdsProseWord(start, end), PROSE_WORD.test(stretch), `${JSON.stringify(text)} [${start}, ${end})`);
        if (!stretch.includes('\n') && findItemRefs({ text: stretch, span: { start, end } }).length > 0) assert.equal(places.holdsReference(start, end), true);
      }
    }
  });

  it('passes over words that only begin like a reference or a prose word', () => {
    const text = 'Uppdragets inriktning, punkten om budget, § utan nummer, items, reassigned';
    const places = new NoteworthyPlaces(text);
    assert.equal(places.holdsReference(0, text.length), false);
    assert.equal(places.holdsProseWord(0, text.length), false);
  });

  it('finds references and prose words in running text, and only in the stretch that holds them', () => {
    const text = 'Se punkt 4.\nKalle får i uppdrag att ringa.\nThe clerk was tasked to reply (§ 12).';
    const places = new NoteworthyPlaces(text);
    const lines = text.split('\n');
    const bounds = lines.map((line) => {
      const start = text.indexOf(line);
      return [start, start + line.length] as const;
    });
    assert.deepEqual(bounds.map(([s, e]) => places.holdsReference(s, e)), [true, false, true]);
    assert.deepEqual(bounds.map(([s, e]) => places.holdsProseWord(s, e)), [false, true, true]);
  });

  it('looks for one language\'s words only when given it: punkt, § and uppdr in Swedish; item, §, asked and assigned in English', () => {
    const lines = ['Se punkt 4.', 'See item 4.', 'Enligt § 12.', 'Kalle får i uppdrag att ringa.', 'The clerk was asked to reply.', 'Tom was assigned to it.'];
    const text = lines.join('\n');
    const bounds = lines.map((line) => [text.indexOf(line), text.indexOf(line) + line.length] as const);
    const answers = (language?: 'sv' | 'en') => {
      const places = new NoteworthyPlaces(text, language);
      return bounds.map(([s, e]) => `${places.holdsReference(s, e) ? 'ref' : ''}${places.holdsProseWord(s, e) ? 'prose' : ''}`);
    };
    assert.deepEqual(answers(), ['ref', 'ref', 'ref', 'prose', 'prose', 'prose']);
    assert.deepEqual(answers('sv'), ['ref', '', 'ref', 'prose', '', '']);
    assert.deepEqual(answers('en'), ['', 'ref', 'ref', '', 'prose', 'prose']);
  });

  it('takes the language of a header and attendance whose keywords are all of one language (searchLanguage)', () => {
    assert.equal(searchLanguage({ sv: 3, en: 0 }), 'sv');
    assert.equal(searchLanguage({ sv: 0, en: 2 }), 'en');
    assert.equal(searchLanguage({ sv: 2, en: 1 }), undefined);
    assert.equal(searchLanguage({ sv: 0, en: 0 }), undefined);
  });
});
