/**
 * The first place at or after an offset where a character stands in the text being lexed,
 * remembered between calls: a custom token matcher asks it for every line, and the character is
 * looked for again only once the lexer has passed it, or when the text changes or an earlier
 * offset is asked about (a new lexer run over the same text). Returns -1 when the character does
 * not occur at or after the offset.
 *
 * What is remembered is the text and the offset the answer was found from: the answer holds for
 * any later offset of the same text that it has not been passed. The lexer's token array of the
 * run, which the matcher is also handed, is not kept: it held the last stretch's tokens (3,000 at
 * 1 MiB) and their lines alive from one analysis to the next.
 */
export function nextIndexOf(character: string): (text: string, offset: number) => number {
  let lastText: string | undefined;
  let from = 0;
  let next = -1;
  return (text, offset) => {
    if (text !== lastText || offset < from || (next !== -1 && next < offset)) {
      lastText = text;
      from = offset;
      next = text.indexOf(character, offset);
    }
    return next;
  };
}
