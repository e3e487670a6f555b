import { Lexer, type TokenType } from 'chevrotain';
import { LINE_BREAK_CHARACTERS, lineEndTester } from './lineEnd';
import { useLineTokens } from './lineToken';
import { FooterLine, lexerLineTokens, lineTokens, ProseLine, TextLine } from './tokens';

const OPTIONS = {
  positionTracking: 'full',
  ensureOptimizations: true,
  // Tokens are whole lines, so their one line break is at the end (see lineEnd.ts).
  lineTerminatorsPattern: lineEndTester as unknown as RegExp,
  lineTerminatorCharacters: LINE_BREAK_CHARACTERS,
} as const;

/**
 * The one lexer instance. Building it analyses every pattern, so it is built once per process.
 * Every line matches some token (a line of text is the fallback), so lexing never fails.
 */
export const minutesLexer = buildLexer();

/**
 * The lexer with its fast path for prose, whose lines are made as `TextLine` tokens of a class of
 * their own (see lineToken.ts); should chevrotain ever stop letting its tokens be made so, the
 * lexer without the fast path (and `lineEnd.test.ts` fails, which holds every token to the class).
 */
function buildLexer(): Lexer {
  const lexer = new Lexer(lexerLineTokens, OPTIONS);
  if (useLineTokens(lexer, { from: ProseLine, to: TextLine })) return lexer;
  return new Lexer(lineTokens, OPTIONS);
}

let withoutFooter: Lexer | undefined;

/**
 * What the lexer makes of a line when footer keywords are not looked for: the type of a footer
 * keyword's line that stands above an item heading (`layout.ts`), which is no footer. Built on
 * first use: few documents have such a line.
 */
export function lineTypeWithoutFooter(image: string): TokenType {
  withoutFooter ??= new Lexer(
    lineTokens.filter((t) => t !== FooterLine),
    { positionTracking: 'onlyOffset', ensureOptimizations: true, lineTerminatorsPattern: lineEndTester as unknown as RegExp, lineTerminatorCharacters: LINE_BREAK_CHARACTERS },
  );
  return withoutFooter.tokenize(image).tokens[0]?.tokenType ?? TextLine;
}
