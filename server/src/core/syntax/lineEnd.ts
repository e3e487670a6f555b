/**
 * How the lexer finds the line breaks inside a token, for its line and column tracking.
 *
 * Chevrotain asks its `lineTerminatorsPattern` for every line break of every token that may hold
 * one: it sets `lastIndex` to 0 and calls `test(image)` until it answers false, then takes the
 * count and where the last break ended. Its own tester walks the whole image character by
 * character, so every line of the document was read twice; with full position tracking that was
 * as much time as the whole floor of the benchmark again.
 *
 * Every token of this language is exactly one line: each pattern in `tokens.ts` is "characters
 * other than line breaks, then one line break" (the text gets a final break before lexing). So
 * a token's only line break is at its end, and that is all this tester looks at: one `\n`, one
 * `\r\n` or one `\r` at the end, found once. Line and column numbers come out exactly as from
 * chevrotain's own tester; `lineEnd.test.ts` checks that on every token of the fixtures.
 */
export const lineEndTester = {
  lastIndex: 0,
  test(image: string): boolean {
    if (this.lastIndex !== 0) {
      // The break at the end was reported by the previous call: there is no other.
      this.lastIndex = 0;
      return false;
    }
    const length = image.length;
    const last = image.charCodeAt(length - 1);
    if (last !== 10 && last !== 13) return false;
    this.lastIndex = length;
    return true;
  },
};

/** The characters a line break can start with, which chevrotain wants beside the tester. */
export const LINE_BREAK_CHARACTERS = ['\n', '\r'];
