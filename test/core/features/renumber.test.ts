import assert from 'node:assert/strict';
import { parseMinutes, renumberEdits } from '../../../server/src/core/index';
import { applyEdits } from '../../helpers/edits';
import { joinLines } from '../../helpers/expect';

/** The one call site: the text after renumbering. */
function check(input: string, expected: string): void {
  const edits = renumberEdits(input, parseMinutes(input).document);
  assert.equal(applyEdits(input, edits), expected);
}

describe('renumbering items', () => {
  it('closes a gap and moves the references along (notes and text)', () => {
    check(
      joinLines('Anteckningar', 'NÄRVARANDE', 'Pia Alhäll (digitalt from p 4)', 'Mio Saba (p 2, 4)', '1. A', '2. B', 'Se punkt 4.', '4. C', 'Enligt § 2.'),
      joinLines('Anteckningar', 'NÄRVARANDE', 'Pia Alhäll (digitalt from p 3)', 'Mio Saba (p 2, 3)', '1. A', '2. B', 'Se punkt 3.', '3. C', 'Enligt § 2.'),
    );
  });

  it('gives duplicates the next numbers; a reference follows the first item of its number', () => {
    check(joinLines('1. A', '2. B', '2. C', 'Se punkt 3.', '3. D'), joinLines('1. A', '2. B', '3. C', 'Se punkt 4.', '4. D'));
  });

  it('puts items written out of order in document order; a range stays a range when it still is one', () => {
    check(
      joinLines('NÄRVARANDE', 'Eva (p 2–3)', 'Bo (t.o.m. p 3)', '1. A', '3. C', '2. B'),
      joinLines('NÄRVARANDE', 'Eva (p 2–3)', 'Bo (t.o.m. p 2)', '1. A', '2. C', '3. B'),
    );
    check(joinLines('NÄRVARANDE', 'Eva (p 1-2)', '2. A', '1. B', '3. C'), joinLines('NÄRVARANDE', 'Eva (p 1-2)', '1. A', '2. B', '3. C'));
    check(joinLines('NÄRVARANDE', 'Eva (p 1–2)', '1. A', '4. D', '2. B'), joinLines('NÄRVARANDE', 'Eva (p 1, 3)', '1. A', '2. D', '3. B'));
  });

  it('keeps the start number of § numbering', () => {
    check(joinLines('Protokoll', '§ 45 A', '§ 47 B', 'Se § 47.', '§47. C'), joinLines('Protokoll', '§ 45 A', '§ 46 B', 'Se § 46.', '§47. C'));
  });

  it('starts items numbered with a full stop at 1', () => {
    check(joinLines('3. A', '4. B'), joinLines('1. A', '2. B'));
  });

  it('leaves references to items that do not exist, and a numbered document, alone', () => {
    check(joinLines('NÄRVARANDE', 'Eva (from p 9)', '1. A', '3. B'), joinLines('NÄRVARANDE', 'Eva (from p 9)', '1. A', '2. B'));
    const clean = joinLines('1. A', '2. B', 'Se punkt 1.');
    assert.deepEqual(renumberEdits(clean, parseMinutes(clean).document), []);
    assert.deepEqual(renumberEdits('', parseMinutes('').document), []);
  });
});
