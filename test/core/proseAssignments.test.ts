import assert from 'node:assert/strict';
import { joinWithMap } from '../../server/src/core/model/joinLines';
import { findProseAssignments } from '../../server/src/core/model/proseAssignments';
import type { ProseAssignment } from '../../server/src/core/model/types';
import { seededRandom } from '../helpers/random';

/**
 * `findProseAssignments` searches only the sentences that hold a verb phrase. Held here against
 * the plain way — every pattern over the whole paragraph — on random paragraphs of sentences
 * that assign work, that mention "uppdrag" in passing, and that break names with punctuation.
 */
/** A name of up to six words, as in `proseAssignments.ts` (the bound keeps the search linear). */
const NAME = String.raw`(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]*|af|av|von|van|de)){0,5}?)`;
const PATTERNS = [
  new RegExp(String.raw`${NAME}\s+((?:får|fick|ges|gavs|erhåller|erhöll)\s+i\s+uppdrag)(?:\s+att)?`, 'dgu'),
  new RegExp(String.raw`${NAME}\s+(uppdras)(?:\s+att)?`, 'dgu'),
  new RegExp(String.raw`\b(?:ger|gav)\s+([\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})\s+(i\s+uppdrag)(?:\s+att)?`, 'dgu'),
  new RegExp(String.raw`${NAME}\s+((?:is|was|are|were)\s+(?:tasked|asked|assigned)\s+(?:with|to))`, 'dgu'),
  // The verb first, as Swedish puts it after an opening phrase ("Därefter fick Eva Berg i uppdrag
  // att …"), and as English puts it with a subject ("The board asked Per Ström to …").
  new RegExp((String.raw`\b(?:får|fick|ges|gavs|erhåller|erhöll)\s+${NAME}\s+(i\s+uppdrag)(?:\s+att)?`), 'dgu'),
  new RegExp(String.raw`\b(?:asked|tasked)\s+${NAME}\s+(to|with)(?=\s)`, 'dgu'),
];
const NOT_NAMES = new Set(['hon', 'han', 'hen', 'de', 'vi', 'den', 'det', 'man', 'she', 'he', 'they', 'we', 'it', 'this', 'that', 'i', 'you', 'ni', 'du', 'jag']);

/** Where each assignment stands: assignee, phrase and sentence spans and the task. */
function plainly(text: string): string[] {
  const out: { start: number; key: string }[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1] ?? '';
      const phrase = m[2] ?? '';
      if (NOT_NAMES.has(name.toLowerCase())) continue;
      // Where the groups stand (the `d` flag): a verb before the name is part of some matches.
      const nameStart = m.indices?.[1]?.[0] ?? m.index + m[0].indexOf(name);
      const phraseStart = m.indices?.[2]?.[0] ?? m.index + m[0].indexOf(phrase, name.length);
      const matchEnd = m.index + m[0].length;
      let sentenceStart = 0;
      for (const end of text.matchAll(/[.!?](?=\s)/g)) if (end.index < nameStart) sentenceStart = end.index + 1;
      while (sentenceStart < nameStart && /\s/.test(text.charAt(sentenceStart))) sentenceStart++;
      const next = /[.!?](?=\s|$)/g;
      next.lastIndex = matchEnd;
      const sentenceEnd = next.exec(text)?.index ?? text.length - 1;
      const task = text.slice(matchEnd, sentenceEnd + 1).trim().replace(/[.!?]$/, '').trim();
      out.push({ start: nameStart, key: `${name}@${nameStart} ${phrase}@${phraseStart} [${sentenceStart},${sentenceEnd + 1}) ${JSON.stringify(task)}` });
    }
  }
  return out.sort((a, b) => a.start - b.start).map((o) => o.key);
}

function shown(found: readonly ProseAssignment[]): string[] {
  return found.map((p) => `${p.assignee.text}@${p.assignee.span.start} ${p.phrase.text}@${p.phrase.span.start} [${p.sentence.start},${p.sentence.end}) ${JSON.stringify(p.task)}`);
}

describe('prose assignments, sentence by sentence', () => {
  const sentences = [
    'Gitte Caous får i uppdrag att boka en lokal.',
    'Styrelsen ger förvaltningen i uppdrag att ta fram ett förslag.',
    'Eva is tasked with the budget.',
    'Per Sandor uppdras att ringa SKR!',
    'Anna och Per fick i uppdrag att skriva.',
    'Gruppen diskuterar uppdragets inriktning.',
    'Uppdrag och bemanning tas upp.',
    'Hon får i uppdrag att återkomma.',
    'Se t.ex. Lars Berg som får i uppdrag att svara?',
    'Därefter fick Eva Berg i uppdrag att skriva brevet.',
    'The board asked Per Ström to call the council.',
    'She asked them to wait.',
    'Mötet, Maria Pettersson, får i uppdrag.',
    'Kommunchefsgruppen ger Eva Ström och Per i uppdrag att samordna',
    'They were asked to wait.',
  ];

  it('finds what searching the whole paragraph finds, at the same places', () => {
    const random = seededRandom(1138);
    for (let round = 0; round < 400; round++) {
      const count = 1 + Math.floor(random() * 5);
      const picked = Array.from({ length: count }, () => sentences[Math.floor(random() * sentences.length)] ?? '');
      const text = picked.join(' ');
      const found = findProseAssignments(joinWithMap([{ text, span: { start: 0, end: text.length } }]), 1);
      assert.deepEqual(shown(found), plainly(text), text);
    }
  });

  it('finds nothing where no sentence has a verb phrase', () => {
    const text = 'Gruppen diskuterar uppdragets inriktning. Uppdrag och bemanning tas upp.';
    assert.deepEqual(findProseAssignments(joinWithMap([{ text, span: { start: 0, end: text.length } }]), 1), []);
  });

  /**
   * Text no one writes, but anyone can paste: each of these took from half a minute to hours
   * before (a name pattern without a bound, and a scan of the paragraph per match), and must now
   * be read in one pass. The test's time limit is the guard; the results say the work was done.
   */
  describe('long paragraphs without a sentence end', function () {
    this.timeout(10_000);

    it('reads a name of up to six words before the phrase, after 50,000 capitalised words', () => {
      const text = `${'Eva '.repeat(50_000)}får i uppdrag att ringa`;
      const joined = joinWithMap([{ text, span: { start: 0, end: text.length } }]);
      const found = findProseAssignments(joined, 1);
      assert.deepEqual(found.map((p) => [p.assignee.text, p.phrase.text, p.task]), [['Eva Eva Eva Eva Eva Eva', 'får i uppdrag', 'ringa']]);
    });

    it('reads a verb followed by a long run of white space in one pass', () => {
      for (const verb of ['The board asked', 'Därefter fick', 'Styrelsen ger', 'Eva is tasked']) {
        const text = `${verb}${' '.repeat(200_000)}Per Ström i uppdrag att ringa to call`;
        const joined = joinWithMap([{ text, span: { start: 0, end: text.length } }]);
        assert.ok(findProseAssignments(joined, 1).length <= 1, verb);
      }
    });

    it('finds every assignment of one endless sentence, and of many short ones', () => {
      const endless = 'Eva får i uppdrag att ringa och Bo får i uppdrag att skriva och '.repeat(8_000);
      const sentences = 'Eva får i uppdrag att ringa. '.repeat(8_000);
      for (const [text, count] of [[endless, 16_000], [sentences, 8_000]] as const) {
        const joined = joinWithMap([{ text, span: { start: 0, end: text.length } }]);
        assert.equal(findProseAssignments(joined, 1).length, count);
      }
    });
  });
});
