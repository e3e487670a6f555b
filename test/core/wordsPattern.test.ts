import assert from 'node:assert/strict';
import { ACTION_WORDS, allowDecomposed, DEADLINE_WORDS, DECISION_WORDS, FOOTER_WORDS, HEADER_KEYS, OWNER_WORDS, ROLE_WORDS, SECTION_WORDS, STATUS_WORDS, wordsPattern } from '../../server/src/core/syntax/keywords';
import { seededRandom } from '../helpers/random';

/**
 * `wordsPattern` groups the words by their first letter so that a line matching none fails
 * early. Held here to the plain alternation (longest first) it replaced, anchored and unanchored,
 * with the groups a caller captures, on the words themselves, their changes and random text.
 */
function plainPattern(words: readonly string[]): string {
  const escape = (w: string) => allowDecomposed(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[^\\S\\r\\n]+'));
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
}

const LISTS: Record<string, readonly string[]> = {
  sections: Object.values(SECTION_WORDS).flat(),
  header: Object.values(HEADER_KEYS).flat(),
  footer: Object.values(FOOTER_WORDS).flat(),
  actions: ACTION_WORDS,
  decisions: DECISION_WORDS,
  owners: OWNER_WORDS,
  deadlines: DEADLINE_WORDS,
  status: STATUS_WORDS,
  roles: ROLE_WORDS,
};

function samples(words: readonly string[], seed: number): string[] {
  const random = seededRandom(seed);
  const out: string[] = [];
  for (const word of words) {
    out.push(word, word.toUpperCase(), word.normalize('NFD'), word.replace(/ /g, '\u00a0'), word.slice(0, -1), `${word}s`, `${word}:`, `x${word}`, ` ${word} : rest`);
  }
  const letters = [...new Set(words.join(''))];
  for (let i = 0; i < 400; i++) {
    let text = '';
    const length = Math.floor(random() * 14);
    for (let j = 0; j < length; j++) text += random() < 0.8 ? (letters[Math.floor(random() * letters.length)] ?? '') : ' :.\u0308'.charAt(Math.floor(random() * 4));
    out.push(text);
  }
  return out;
}

describe('wordsPattern (keywords.ts)', () => {
  for (const [name, words] of Object.entries(LISTS)) {
    it(`matches the ${name} exactly as the plain alternation does`, () => {
      const forms: [string, string][] = [
        [`^(?:${wordsPattern(words)})$`, `^(?:${plainPattern(words)})$`],
        [`(${wordsPattern(words)})\\s*:`, `(${plainPattern(words)})\\s*:`],
        [`^(?:${wordsPattern(words)})\\b`, `^(?:${plainPattern(words)})\\b`],
      ];
      for (const flags of ['i', 'iu']) {
        for (const [grouped, plain] of forms) {
          const a = new RegExp(grouped, flags);
          const b = new RegExp(plain, flags);
          for (const text of samples(words, name.length)) {
            const m = a.exec(text);
            const n = b.exec(text);
            assert.deepEqual(m && [m.index, ...m], n && [n.index, ...n], `${name} /${flags}: ${JSON.stringify(text)}`);
          }
        }
      }
    });
  }

  it('groups the words: one test for a line that starts with none of their letters', () => {
    assert.equal(wordsPattern(['senast', 'status', 'due']), 's(?:enast|tatus)|due');
  });
});
