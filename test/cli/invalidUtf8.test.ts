import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstInvalidUtf8 } from '../../server/src/cli/invalidUtf8';

/** The position named in the message about a file that is not UTF-8 must be where the decoder itself stops. */
describe('the first byte that is not UTF-8', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const decodes = (bytes: Uint8Array): boolean => {
    try {
      fatal.decode(bytes);
      return true;
    } catch {
      return false;
    }
  };
  // Mostly bytes that matter to UTF-8 (leads, continuations, ASCII), so that both outcomes are common.
  const interesting = fc.oneof(fc.integer({ min: 0x41, max: 0x43 }), fc.integer({ min: 0x80, max: 0xbf }), fc.constantFrom(0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff), fc.integer({ min: 0, max: 255 }));

  it('agrees with TextDecoder: none for UTF-8 text, else the end of the longest valid prefix', () => {
    fc.assert(
      fc.property(fc.array(interesting, { maxLength: 12 }).map((values) => new Uint8Array(values)), (bytes) => {
        const offset = firstInvalidUtf8(bytes);
        if (offset === undefined) {
          assert.ok(decodes(bytes));
          return;
        }
        assert.ok(!decodes(bytes));
        assert.ok(decodes(bytes.subarray(0, offset)), `the bytes before ${offset} are UTF-8`);
        // The replacing decoder puts its first replacement character exactly there.
        const prefix = fatal.decode(bytes.subarray(0, offset));
        const replaced = new TextDecoder('utf-8').decode(bytes);
        assert.equal(replaced.slice(0, prefix.length + 1), `${prefix}\uFFFD`);
      }),
      { numRuns: 3000 },
    );
  });
});
