import type { IToken } from 'chevrotain';
import { lineContent } from './cstUtil';
import { FieldLine, TextLine } from './tokens';

/** A line that gives an item's case number: `Dnr KFN 2025/0031`, `Diarienr: 2025.031`, `Ärendenr 12`. */
const CASE_NUMBER = /^(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer|a\u0308rendenr)\b/iu;

/** Whether a case number's word may begin with `first` and `second`: `dn`, `di`, `är` (or `a` and a combining mark), in either case. */
function mayBeginCaseNumber(first: number, second: number): boolean {
  const lower = first | 0x20;
  const next = second | 0x20;
  if (lower === 0x64 /* d */) return next === 0x6e /* n */ || next === 0x69; /* i */
  if (lower === 0xe4 /* ä */) return next === 0x72; /* r */
  return lower === 0x61 /* a */ && second === 0x308;
}

/**
 * Whether `token` is a line of text (or a `Key:` line) that gives an item's case number, as a
 * protokoll's paragraph begins (`Dnr KFN 2025/0031`): the line below a heading's number is then no
 * title (`titleBelow.ts`), and the line is a paragraph of its own, not the first words of the text
 * below it (`itemBuilder.ts`).
 */
export function isCaseNumberLine(source: string, token: IToken | undefined): boolean {
  // By the line's first character (a case number stands at column 0), before a node is made.
  if (!token || (token.tokenType !== TextLine && token.tokenType !== FieldLine) || !mayBeginCaseNumber(token.image.charCodeAt(0), token.image.charCodeAt(1))) return false;
  return CASE_NUMBER.test(lineContent(source, token).text);
}
