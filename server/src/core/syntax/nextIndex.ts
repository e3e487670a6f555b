/**
 * The first place at or after an offset where a character stands in the text being lexed,
 * remembered between the calls of one lexer run: a custom token matcher asks it for every line,
 * and the character is looked for again only once the lexer has passed it. The lexer passes a
 * new token array to every run, so a different array means a different text. Returns -1 when
 * the character does not occur at or after the offset.
 */
export function nextIndexOf(character: string): (text: string, offset: number, run: unknown) => number {
  let lastRun: unknown;
  let next = -1;
  return (text, offset, run) => {
    if (run !== lastRun) {
      lastRun = run;
      next = text.indexOf(character, offset);
    } else if (next !== -1 && next < offset) {
      next = text.indexOf(character, offset);
    }
    return next;
  };
}
