import assert from 'node:assert/strict';
import { isBlank } from '../../server/src/core/syntax/cstUtil';
import { isHorizontalWhiteSpace, isWhiteSpace } from '../../server/src/core/text/whiteSpace';

/** The character tests used on every line, held to JavaScript's `\s` at every UTF-16 code unit. */
describe('white space by character code (whiteSpace.ts, cstUtil.ts)', () => {
  it('isWhiteSpace is `\\s`, isHorizontalWhiteSpace `[^\\S\\r\\n]`, and isBlank is `\\s` but line breaks', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const space = /\s/.test(String.fromCharCode(code));
      assert.equal(isWhiteSpace(code), space, `U+${code.toString(16)}`);
      assert.equal(isHorizontalWhiteSpace(code), /[^\S\r\n]/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
      assert.equal(isBlank(code), space && code !== 10 && code !== 13 && code !== 0x2028 && code !== 0x2029, `U+${code.toString(16)}`);
    }
    assert.equal(isWhiteSpace(Number.NaN), false);
    assert.equal(isHorizontalWhiteSpace(Number.NaN), false);
  });
});
