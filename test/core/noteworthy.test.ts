import assert from 'node:assert/strict';
import { NoteworthyPlaces } from '../../server/src/core/model/noteworthy';
import { seededRandom } from '../helpers/random';

/** What `NoteworthyPlaces.holds` stands for: the words, tested on the stretch of text alone. */
const WORDS = /punkt|item|§|uppdr|asked|ssign/i;

describe('NoteworthyPlaces', () => {
  it('answers for every stretch of a text what testing that stretch alone answers', () => {
    const random = seededRandom(99);
    const pieces = ['punkt', 'PUNKT', 'Item', 'ite', 'm', '§', 'Uppdrag', 'upp', 'dr', 'asked', 'tASKed', 'assign', 'ssign', ' ', 'x', 'å', '\n', '4'];
    for (let round = 0; round < 200; round++) {
      let text = '';
      const length = Math.floor(random() * 14);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)] ?? '';
      const places = new NoteworthyPlaces(text);
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          assert.equal(places.holds(start, end), WORDS.test(text.slice(start, end)), `${JSON.stringify(text)} [${start}, ${end})`);
        }
      }
    }
  });

  it('counts a word only when the stretch holds all of it', () => {
    // "assign" holds "ssign" from its second letter on.
    const places = new NoteworthyPlaces('xassign');
    assert.equal(places.holds(1, 7), true);
    assert.equal(places.holds(2, 7), true);
    assert.equal(places.holds(3, 7), false);
  });
});
