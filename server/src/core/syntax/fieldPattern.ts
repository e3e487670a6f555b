import type { CustomPatternMatcherFunc } from 'chevrotain';
import { isHorizontalWhiteSpace } from '../text/whiteSpace';
import { nextIndexOf } from './nextIndex';

/** The longest key a `Key:` line may have: the first letter and forty more characters. */
export const KEY_LENGTH = 41;

/**
 * The matcher of `Key: value` lines, for a sticky regular expression `keyLine` whose match
 * starts with white space, then a key of at most `KEY_LENGTH` characters without a colon, then
 * the colon (see `FieldLine` in tokens.ts).
 *
 * Every line that starts with a letter is offered to this pattern, and most are prose, which
 * the expression rejects only after reading up to forty characters. A line can only be a field
 * if the first colon at or after its start stands within the key's reach, so the next colon of
 * the text is looked up once (one forward search per text lexed, remembered between lines) and
 * the expression runs only on lines that have one in reach. The answer is always the
 * expression's own: this only skips lines it would reject.
 */
export function fieldLinePattern(keyLine: RegExp): CustomPatternMatcherFunc {
  if (!keyLine.sticky) throw new Error('fieldLinePattern needs a sticky expression');
  const nextColonAt = nextIndexOf(':');
  return (text, offset) => {
    const nextColon = nextColonAt(text, offset);
    if (nextColon === -1) return null;
    let keyStart = offset;
    while (keyStart < nextColon && isHorizontalWhiteSpace(text.charCodeAt(keyStart))) keyStart++;
    if (nextColon - keyStart > KEY_LENGTH) return null;
    keyLine.lastIndex = offset;
    return keyLine.exec(text);
  };
}
