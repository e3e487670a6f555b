import * as assert from 'node:assert/strict';
import { decodeSource } from '../../server/src/cli/readSource';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const latin1 = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
/** `text` as UTF-16 with a byte-order mark, little- or big-endian. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const units = [...text].flatMap((c) => [...Array(c.length).keys()].map((i) => c.charCodeAt(i)));
  return bytes(...(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...units.flatMap((u) => (order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])));
}

describe('decoding a source file', () => {
  const cases: [string, Uint8Array, ReturnType<typeof decodeSource>][] = [
    ['plain UTF-8', utf8('Möte: Styrelsen\n'), { kind: 'text', text: 'Möte: Styrelsen\n' }],
    ['a BOM is dropped', bytes(0xef, 0xbb, 0xbf, ...utf8('Datum: 2024-03-08')), { kind: 'text', text: 'Datum: 2024-03-08' }],
    ['an empty file', bytes(), { kind: 'text', text: '' }],
    ['a NUL byte', bytes(0x41, 0x00), { kind: 'binaryNul' }],
    ['UTF-16 little-endian with BOM', utf16('Möte: 😀\r\nA', 'le'), { kind: 'text', text: 'Möte: 😀\r\nA' }],
    ['UTF-16 big-endian with BOM', utf16('Möte: 😀\nA', 'be'), { kind: 'text', text: 'Möte: 😀\nA' }],
    ['UTF-16 with an odd number of bytes', bytes(0xff, 0xfe, 0x41, 0x00, 0x42), { kind: 'invalidUtf16' }],
    ['UTF-16 with a lone surrogate', bytes(0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00), { kind: 'invalidUtf16' }],
    ['UTF-16 holding a NUL character (or UTF-32)', bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00), { kind: 'binaryNul' }],
    ['Latin-1 ö', bytes(0x4d, 0xf6, 0x74, 0x65), { kind: 'invalidUtf8', line: 1, column: 2 }],
    ['Latin-1 ä on the third line, after UTF-8 text and CRLF', bytes(...utf8('Möte\r\nÅr\r\nStyrels'), ...latin1('än\r\n')), { kind: 'invalidUtf8', line: 3, column: 8 }],
    ['after a lone CR and a BOM, which takes no column', bytes(0xef, 0xbb, 0xbf, ...utf8('Ab\rcd'), 0xe4, 0x41), { kind: 'invalidUtf8', line: 2, column: 3 }],
    ['after a character outside the BMP (two columns)', bytes(...utf8('😀'), 0xff), { kind: 'invalidUtf8', line: 1, column: 3 }],
    ['a truncated sequence', bytes(0x41, 0xc3), { kind: 'invalidUtf8', line: 1, column: 2 }],
    ['an overlong encoding', bytes(0x41, 0x0a, 0x42, 0xc0, 0xaf), { kind: 'invalidUtf8', line: 2, column: 2 }],
    ['an encoded surrogate', bytes(0x41, 0xed, 0xa0, 0x80), { kind: 'invalidUtf8', line: 1, column: 2 }],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.deepEqual(decodeSource(input), expected));
  }
});
