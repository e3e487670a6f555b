import assert from 'node:assert/strict';
import { joinWithMap } from '../../server/src/core/model/joinLines';
import { assigneeStart, beginsSentence, findProseAssignments, PROSE_PATTERNS } from '../../server/src/core/model/proseAssignments';
import type { ProseAssignment } from '../../server/src/core/model/types';
import { seededRandom } from '../helpers/random';

/**
 * `findProseAssignments` searches only the sentences that hold a verb phrase. Held here against
 * the plain way — every pattern over the whole paragraph — on random paragraphs of sentences
 * that assign work, that mention "uppdrag" in passing, and that break names with punctuation.
 */
const NOT_NAMES = new Set(['hon', 'han', 'hen', 'de', 'vi', 'den', 'det', 'man', 'she', 'he', 'they', 'we', 'it', 'this', 'that', 'i', 'you', 'ni', 'du', 'jag', 'oss', 'er', 'dem', 'honom', 'henne', 'mig', 'dig', 'sig', 'us', 'them', 'him', 'her', 'me']);

/** Where each assignment stands: assignee, phrase and sentence spans and the task. */
function plainly(text: string): string[] {
  const out: { start: number; key: string }[] = [];
  for (const { re, subject, name: nameGroup, phrase: phraseGroup } of PROSE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const group = m[nameGroup] ?? '';
      const phrase = m[phraseGroup] ?? '';
      // Where the groups stand (the `d` flag): the phrase comes first in some patterns.
      const groupStart = m.indices?.[nameGroup]?.[0] ?? m.index + m[0].indexOf(group);
      let sentenceStart = 0;
      for (const end of text.matchAll(/[.!?](?=\s)/g)) if (end.index < groupStart) sentenceStart = end.index + 1;
      while (sentenceStart < groupStart && /\s/.test(text.charAt(sentenceStart))) sentenceStart++;
      const skip = assigneeStart(group, subject, beginsSentence(text, sentenceStart, groupStart));
      const name = group.slice(skip);
      const nameStart = groupStart + skip;
      if (NOT_NAMES.has(name.toLowerCase())) continue;
      const phraseStart = m.indices?.[phraseGroup]?.[0] ?? m.index + m[0].indexOf(phrase);
      const matchEnd = m.index + m[0].length;
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
    'Sue Patel has been tasked with the PAT testing.',
    'Eva Berg och Per Ström får i uppdrag att samordna.',
    'Det finns ett nätverk inom GR och Gitte Caous får i uppdrag att se över det.',
    'Jane Smith, Omar Khan and Tom Reed were asked to meet the auditors.',
    'Beslut: att ge förvaltningen i uppdrag att utreda frågan.',
    'Nämnden beslutar att uppdra åt förvaltningen att utreda frågan.',
    'Arbetsutskottet gav Kultur- och fritidsförvaltningen i uppdrag att utreda.',
    'The Committee was asked to approve the minutes.',
    'The Chair asked Members to declare any interests.',
    'Beslut: att Eva Berg och Per Ström får i uppdrag att ringa.',
    'Även Eva Berg får i uppdrag att ringa.',
    'Kultur- och fritidsförvaltningen får i uppdrag att utreda.',
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

  it('spans the name and the phrase in either order, start before end', () => {
    const cases: [string, string][] = [
      ['Nämnden beslutar att uppdra åt förvaltningen att utreda en ny simhall.', 'uppdra åt förvaltningen'],
      ['Styrelsen uppdrog åt kommundirektören att svara.', 'uppdrog åt kommundirektören'],
      ['Gitte Caous får i uppdrag att ringa.', 'Gitte Caous får i uppdrag'],
      ['Därefter fick Eva Berg i uppdrag att skriva brevet.', 'Eva Berg i uppdrag'],
    ];
    for (const [text, covered] of cases) {
      const [found] = findProseAssignments(joinWithMap([{ text, span: { start: 0, end: text.length } }]), 1);
      assert.ok(found, text);
      assert.ok(found.span.start < found.span.end, `${text}: ${JSON.stringify(found.span)}`);
      assert.equal(text.slice(found.span.start, found.span.end), covered, text);
    }
  });

  it('gives the task to every name of a list, to what a decision names, and not to a committee asked to decide', () => {
    const cases: [string, string[]][] = [
      ['Eva Berg och Per Ström får i uppdrag att samordna.', ['Eva Berg och Per Ström']],
      ['Eva Berg samt Per Ström får i uppdrag att samordna.', ['Eva Berg samt Per Ström']],
      ['Det finns ett nätverk inom GR och Gitte Caous får i uppdrag att se över det.', ['Gitte Caous']],
      ['Jane Smith, Omar Khan and Tom Reed were asked to meet the auditors.', ['Jane Smith, Omar Khan and Tom Reed']],
      ['Beslut: att ge förvaltningen i uppdrag att utreda frågan.', ['förvaltningen']],
      ['Nämnden beslutar att uppdra åt förvaltningen att utreda frågan.', ['förvaltningen']],
      ['Arbetsutskottet gav Kultur- och fritidsförvaltningen i uppdrag att utreda.', ['Kultur- och fritidsförvaltningen']],
      ['Styrelsen ger kommundirektören och ekonomichefen i uppdrag att återkomma.', ['kommundirektören och ekonomichefen']],
      ['The Committee was asked to approve the minutes of the meeting.', []],
      ['Members were asked to note the report.', []],
      ['The Chair asked Members to declare any interests.', []],
      ['The board asked Per Ström to call the council.', ['Per Ström']],
      ['Beslut: att Eva Berg och Per Ström får i uppdrag att ringa.', ['Eva Berg och Per Ström']],
      ['Att Eva Berg och Per Ström får i uppdrag att ringa.', ['Eva Berg och Per Ström']],
      ['Även Eva Berg får i uppdrag att ringa.', ['Eva Berg']],
      ['Also, Tom Reed was asked to draft a letter.', ['Tom Reed']],
      // The perfect and pluperfect as well as the present and past.
      ['Sue Patel has been tasked with the PAT testing.', ['Sue Patel']],
      ['Sue has been asked to obtain three quotes.', ['Sue']],
      ['Jane Smith and Tom Reed have been asked to meet the auditors.', ['Jane Smith and Tom Reed']],
      ['Tom Reed had been assigned to the review.', ['Tom Reed']],
      ['The Committee has been asked to approve the accounts.', []],
      ['Kultur- och fritidsförvaltningen får i uppdrag att utreda.', ['Kultur- och fritidsförvaltningen']],
      ['Bygg- och miljönämnden uppdras att utreda.', ['Bygg- och miljönämnden']],
      ['The Clerk was asked to confirm the booking with the caterer.', ['The Clerk']],
      ['Questions and Answers were asked to be submitted in writing.', []],
      ['Styrelsen har gett oss i uppdrag att svara.', []],
      ['Nobody was asked to leave.', []],
      ['Everyone was asked to read the papers.', []],
      ['Volunteers were asked to sign up at the door.', []],
      ['Residents are asked to keep the footpath clear.', []],
      ['Alla får i uppdrag att läsa in sig.', []],
      ['Samtliga ledamöter får i uppdrag att läsa.', []],
    ];
    for (const [text, expected] of cases) {
      const found = findProseAssignments(joinWithMap([{ text, span: { start: 0, end: text.length } }]), 1);
      assert.deepEqual(found.map((p) => p.assignee.text), expected, text);
    }
  });
});

describe('prose assignments to a name of the attendance that holds och', () => {
  it('finds the organisation as subject, its words in lower case, and only at the start of a sentence', async () => {
    const { analyzeMinutes } = await import('../../server/src/core/analysis/analyze');
    const text = ['Anteckningar', 'Datum: 2024-03-08', '', 'NÄRVARANDE', 'Anders Berg, Kultur och fritid', '', '1. Riktlinjer',
      'Kultur och fritid ges i uppdrag att ta fram riktlinjer. Nämnden för kultur och fritid får i uppdrag att svara.', 'Även Kultur och fritid får i uppdrag att läsa.'].join('\n');
    const hints = analyzeMinutes(text, { locale: 'sv' }).diagnostics.filter((d) => d.code === 'prose-assignment').map((d) => text.slice(d.span.start, d.span.end));
    assert.deepEqual(hints, ['Kultur och fritid ges i uppdrag', 'Kultur och fritid får i uppdrag']);
  });
});

