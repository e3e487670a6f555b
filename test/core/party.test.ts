import assert from 'node:assert/strict';
import { parseMinutes } from '../../server/src/core/index';
import { attendeeLine, partiesOf } from '../../server/src/core/model/party';
import type { Attendee } from '../../server/src/core/model/types';
import { joinLines } from '../helpers/expect';

/**
 * Who an attendee is — party letters, organisation, role — written again as an attendance line
 * without the note of how they attended, as a new meeting's list starts (`minutes new --from`).
 */

function attendees(...lines: string[]): readonly Attendee[] {
  return parseMinutes(joinLines('Anteckningar', '', 'NÄRVARANDE', ...lines, '', '1. Mötets öppnande')).document.sections[0]?.attendees ?? [];
}

/** An attendee as the series keeps them: name, parties, organisation and role, as written. */
function identity(attendee: Attendee) {
  return { name: attendee.name.text, parties: partiesOf(attendee.note), organisation: attendee.organisation?.text, role: attendee.role?.text };
}

/** Each attendance line, and the line written for the same person at the next meeting. */
const CASES: readonly [written: string, next: string][] = [
  ['Eva Hessman (S), Göteborg, ordförande', 'Eva Hessman (S), Göteborg, ordförande'],
  ['Eva Hessman, Göteborg, ordförande (S)', 'Eva Hessman (S), Göteborg, ordförande'],
  ['Eva Hessman (KD)', 'Eva Hessman (KD)'],
  // The note of one meeting goes; the party it holds stays.
  ['Pia Alhäll, Härryda (digitalt from p 4)', 'Pia Alhäll, Härryda'],
  ['Pia Alhäll (S), Härryda (digitalt from p 4)', 'Pia Alhäll (S), Härryda'],
  ['Pia Alhäll (S) (digitalt from p 4)', 'Pia Alhäll (S)'],
  ['Pia Alhäll (S, digitalt from p 4)', 'Pia Alhäll (S)'],
  ['Bo Ek, Lerum (from p 4)', 'Bo Ek, Lerum'],
  ['Bo Ek (MP) (p 2)', 'Bo Ek (MP)'],
  ['Bo Ek (M) (anmält förhinder)', 'Bo Ek (M)'],
  ['Ann Lind, Kansliet (ersättare för Bo Ek)', 'Ann Lind, Kansliet'],
  // A role without an organisation: a role word stands alone; any other role after an empty field.
  ['Bo Ek (ordförande)', 'Bo Ek, ordförande'],
  ['Bo Ek (S), sekreterare (p 1–3)', 'Bo Ek (S), sekreterare'],
  ['Maria Standar, , protokolljusterare (digitalt)', 'Maria Standar, , protokolljusterare'],
  ['Maria Standar, , protokolljusterare (V)', 'Maria Standar, , protokolljusterare (V)'],
  ['Ledamot\tPer Ström (M)', 'Per Ström (M), Ledamot'],
  ['Joan Ellis, Parish Council, Clerk (remote, from item 2)', 'Joan Ellis, Parish Council, Clerk'],
];

describe('attendee lines for the next meeting: party, organisation and role, no attendance note', () => {
  for (const [written, next] of CASES) {
    it(`${written} → ${next}`, () => {
      const [before] = attendees(written);
      assert.ok(before);
      assert.equal(attendeeLine(identity(before)), next);
      // The line reads back as the same person, with no note but the party's.
      const [after] = attendees(next);
      assert.ok(after);
      assert.deepEqual(identity(after), identity(before));
      assert.deepEqual(after.note?.free.map((f) => f.text) ?? [], identity(before).parties);
      assert.equal(after.note?.remote ?? false, false);
      assert.deepEqual(after.note?.refs ?? [], []);
    });
  }

  it('reads party letters only: one to three capitals, each a piece of the note of its own', () => {
    assert.deepEqual(attendees('Eva Berg (S)', 'Eva Ek (SD) (digitalt)', 'Bo Al (sjuk)', 'Kim Ek (Ale)', 'Li Ho (ABCD)').map((a) => partiesOf(a.note)), [['S'], ['SD'], [], [], []]);
  });
});
