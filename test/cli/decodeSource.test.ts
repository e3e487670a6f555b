import * as assert from 'node:assert/strict';
import { decodeSource } from '../../server/src/cli/readSource';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decoding a source file', () => {
  const cases: [string, Uint8Array, ReturnType<typeof decodeSource>][] = [
    ['plain UTF-8', utf8('Möte: Styrelsen\n'), { kind: 'text', text: 'Möte: Styrelsen\n' }],
    ['a BOM is dropped', bytes(0xef, 0xbb, 0xbf, ...utf8('Datum: 2024-03-08')), { kind: 'text', text: 'Datum: 2024-03-08' }],
    ['an empty file', bytes(), { kind: 'text', text: '' }],
    ['a NUL byte', bytes(0x41, 0x00), { kind: 'binaryNul' }],
    ['UTF-16 with BOM', bytes(0xff, 0xfe, 0x41, 0x00), { kind: 'binaryNul' }],
    ['Latin-1 ö', bytes(0x4d, 0xf6, 0x74, 0x65), { kind: 'invalidUtf8' }],
    ['a truncated sequence', bytes(0x41, 0xc3), { kind: 'invalidUtf8' }],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.deepEqual(decodeSource(input), expected));
  }
});
