import assert from 'node:assert/strict';
import { distance } from 'fastest-levenshtein';
import { analyzeMinutes } from '../../server/src/core/index';
import { editsAtLeast, letterSet } from '../../server/src/core/analysis/resolve';
import { seededRandom } from '../helpers/random';

/**
 * Did-you-mean measures the edit distance only to names whose letters could be close enough
 * (`editsAtLeast`). Held here: the bound is never above the distance, and the suggestions are
 * those of ranking every name by its distance.
 */
const ALPHABET = [...'aeiouåäöbcdkmnprstlvgh -\'', 'é', 'ü', 'ø', 'ł', '\u0308', 'ß', '中', 'ğ', '!', 'A', 'Z', '`', '@'];

function randomWord(random: () => number, length: number): string {
  let word = '';
  for (let i = 0; i < length; i++) word += ALPHABET[Math.floor(random() * ALPHABET.length)] ?? '';
  return word;
}

/** `word` changed by `edits` random insertions, deletions and substitutions. */
function edited(random: () => number, word: string, edits: number): string {
  let out = word;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (out.length + 1));
    const kind = Math.floor(random() * 3);
    const letter = ALPHABET[Math.floor(random() * ALPHABET.length)] ?? 'a';
    if (kind === 0) out = out.slice(0, at) + letter + out.slice(at);
    else if (kind === 1) out = out.slice(0, at) + out.slice(at + 1);
    else out = out.slice(0, at) + letter + out.slice(at + 1);
  }
  return out;
}

describe('did-you-mean (resolve.ts)', () => {
  it('never bounds two strings above their edit distance', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 20_000; round++) {
      const a = randomWord(random, Math.floor(random() * 20));
      const b = random() < 0.5 ? edited(random, a, Math.floor(random() * 6)) : randomWord(random, Math.floor(random() * 20));
      assert.ok(editsAtLeast(letterSet(a), letterSet(b)) <= distance(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`);
    }
  });

  it('bounds strings that share no letters by the larger count of their own', () => {
    assert.equal(editsAtLeast(letterSet('abc'), letterSet('xyz')), 3);
    assert.equal(editsAtLeast(letterSet('eva berg'), letterSet('eva berg')), 0);
    // Classes are code units modulo 32: `a` (97) and `A` (65) share one.
    assert.equal(editsAtLeast(letterSet('a'), letterSet('A')), 0);
  });

  it('suggests what ranking every attendee by edit distance suggests', () => {
    const random = seededRandom(11);
    let offered = 0;
    const attendees = ['Eva Hessman', 'Per Ström', 'Anna-Lena Berg', 'Kim Ek', 'Åsa Öberg', 'Rickard Vidlund', 'Maria Reinholdsson', 'Jean de la Fontaine'];
    for (let round = 0; round < 300; round++) {
      const written = edited(random, attendees[Math.floor(random() * attendees.length)] ?? '', 1 + Math.floor(random() * 4)).replace(/[\n:–()]/g, '').trim();
      if (!written || attendees.some((a) => a.toLowerCase() === written.toLowerCase())) continue;
      const text = `Möte\nNÄRVARANDE\n${attendees.join('\n')}\n\n1. Punkt\nUppdrag: ${written} – göra något.\n`;
      const unknown = analyzeMinutes(text, { locale: 'sv' }).diagnostics.find((d) => d.code === 'unknown-assignee');
      if (!unknown) continue;
      const key = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/\s*-\s*/g, '-').trim();
      const wanted = key(written);
      const limit = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
      const firstNames = attendees.map((a) => a.split(' ')[0] ?? '');
      const names = [...attendees, ...firstNames.filter((f, i) => firstNames.indexOf(f) === i)];
      const plain = names
        .map((name) => ({ name, d: distance(wanted, key(name)) }))
        .filter((c) => c.d <= limit)
        .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name, 'sv'))
        .slice(0, 3)
        .map((c) => c.name);
      assert.deepEqual(unknown.data?.suggestions, plain, JSON.stringify(written));
      if (plain.length > 0) offered++;
    }
    // Most misspellings are close enough to be offered a name: the comparison is not of empty lists.
    assert.ok(offered > 100, `${offered} rounds offered a name`);
  });
});
