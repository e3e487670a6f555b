import assert from 'node:assert/strict';
import { findSeparator, readMarker } from '../../server/src/core/model/lineReaders';
import { seededRandom } from '../helpers/random';

/** What `readMarker` stands for: a bullet or a number of up to four digits with `.` or `)`. */
const MARKER = /^(?:[-•*]|\d{1,4}[.)])/;

function check(text: string): void {
  const { marker, text: rest } = readMarker(text, { text, span: { start: 0, end: text.length } });
  const expected = MARKER.exec(text)?.[0] ?? '';
  assert.equal(marker.text, expected, JSON.stringify(text));
  assert.deepEqual([marker.span.start, marker.span.end], [0, expected.length], `${JSON.stringify(text)}: marker span`);
  assert.equal(rest.text, text.slice(expected.length).trim(), `${JSON.stringify(text)}: text`);
}

describe('readMarker (lineReaders.ts)', () => {
  it('reads the marker the expression reads', () => {
    for (const text of ['- punkt', '• punkt', '* punkt', '2. punkt', '2) punkt', '1234. x', '12345. x', '0.', '3', '', 'x', '-', '١. x', '2.5 x', ' - x', '9)'] ) check(text);
  });

  it('reads random lines as the expression does', () => {
    const random = seededRandom(77);
    const pieces = ['-', '•', '*', '1', '9', '0', '.', ')', ' ', 'a', '(', '\u00a0'];
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = Math.floor(random() * 8);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)] ?? '';
      check(text);
    }
  });
});

describe('findSeparator (lineReaders.ts)', () => {
  it('finds the dash the plain expression finds: an en or em dash, or a hyphen or two between white space', () => {
    // The plain form, with a look-behind that V8 tried at every position of the line.
    const plain = /[–—]|(?<=\s)--?(?=\s|$)/;
    const random = seededRandom(3);
    const pieces = [' ', '-', '--', '–', '—', 'a', '\t', 'x-y', '\u00a0', 'Eva Ström'];
    for (let round = 0; round < 20000; round++) {
      let text = '';
      const length = Math.floor(random() * 8);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)] ?? '';
      const m = plain.exec(text);
      assert.deepEqual(findSeparator(`>>${text}<<`, 2, text.length + 2), m ? { start: m.index + 2, end: m.index + 2 + m[0].length } : undefined, JSON.stringify(text));
    }
  });
});
