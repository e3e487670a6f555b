import assert from 'node:assert/strict';
import { analyzeMinutes, summarizeMinutes } from '../../server/src/core/index';
import { allowDecomposed } from '../../server/src/core/syntax/keywords';
import { minutesCorpus } from '../helpers/corpus';
import { joinLines } from '../helpers/expect';

/**
 * Text pasted from macOS or from a PDF often has å, ä and ö decomposed (a + ring, o + diaeresis).
 * Such a document means what its composed form means: the same diagnostics on the same lines,
 * the same attendance facts, action statuses and prose assignments.
 */
const TODAY = { year: 2024, month: 6, day: 1 };

function meaning(text: string): string[] {
  const analysis = analyzeMinutes(text, { locale: 'en', today: TODAY });
  const diagnostics = analysis.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}: ${d.message.normalize('NFC')}`);
  const summary = summarizeMinutes('x.minutes', text, { today: TODAY });
  const actions = summary.actions.map((a) => `action ${a.range.start.line + 1} ${a.status} ${a.assignees.join(', ').normalize('NFC')}`);
  const notes = analysis.document.sections.flatMap((s) => s.attendees.map((a) => `note ${a.name.text.normalize('NFC')}: ${JSON.stringify({ ...a.note, free: undefined, text: undefined }, (k, v) => (k === 'span' ? undefined : v))}`));
  return [...diagnostics, ...actions, ...notes];
}

describe('decomposed letters (NFD)', () => {
  it('give a small document the meaning of its composed form', () => {
    const text = joinLines(
      'Protokoll',
      'Datum: 2024-03-08',
      'NÄRVARANDE',
      'Eva Berg, Ale (från p 1)',
      'Per Ek, Ale (förutom p 2)',
      'Åsa Öhman, Ale (anslöt vid p 3, på distans)',
      '1. Ett',
      '2. Två',
      'Uppdrag: Eva Berg och Per Ek – x',
      'Uppdrag: Eva Berg – y',
      'Status: pågår',
      '3. Tre',
      'Per Ek får i uppdrag att ringa.',
      'Därefter erhöll Åsa Öhman i uppdrag att skriva.',
    );
    const composed = meaning(text);
    // Worth comparing: the notes, the status and the hints are there in the composed form.
    assert.ok(composed.some((line) => line.includes('assignee-not-present') && line.includes('Per Ek')), composed.join('\n'));
    assert.ok(composed.includes('action 10 inProgress Eva Berg'), composed.join('\n'));
    assert.equal(composed.filter((line) => line.includes('prose-assignment')).length, 2, composed.join('\n'));
    assert.deepEqual(meaning(text.normalize('NFD')), composed);
  });

  it('give every example and fixture the meaning of its composed form', () => {
    let compared = 0;
    for (const { path, text: written } of minutesCorpus()) {
      const text = written.normalize('NFC');
      assert.deepEqual(meaning(text.normalize('NFD')), meaning(text), path);
      compared++;
    }
    assert.ok(compared > 20, `compared ${compared} files`);
  });

  it('lets å, ä and ö of a pattern match both forms, leaving character classes and escapes alone', () => {
    assert.equal(allowDecomposed('på'), 'p(?:å|a\\u030a)');
    assert.equal(allowDecomposed('[åä]ö\\ä'), '[åä](?:ö|o\\u0308)\\ä');
    const re = new RegExp(`^${allowDecomposed('förutom|närvarande|pågår')}$`, 'i');
    for (const word of ['förutom', 'närvarande', 'pågår', 'PÅGÅR', 'Förutom']) {
      assert.ok(re.test(word), word);
      assert.ok(re.test(word.normalize('NFD')), `${word} (NFD)`);
    }
    assert.ok(!re.test('forutom'));
  });
});
