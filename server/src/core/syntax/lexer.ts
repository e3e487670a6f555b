import { Lexer } from 'chevrotain';
import { LINE_BREAK_CHARACTERS, lineEndTester } from './lineEnd';
import { useLineTokens } from './lineToken';
import { lineTokens } from './tokens';

/**
 * The one lexer instance. Building it analyses every pattern, so it is built once per process.
 * Every line matches some token (a line of text is the fallback), so lexing never fails.
 */
export const minutesLexer = new Lexer(lineTokens, {
  positionTracking: 'full',
  ensureOptimizations: true,
  // Tokens are whole lines, so their one line break is at the end (see lineEnd.ts).
  lineTerminatorsPattern: lineEndTester as unknown as RegExp,
  lineTerminatorCharacters: LINE_BREAK_CHARACTERS,
});

// Tokens of a class of their own rather than chevrotain's literals (see lineToken.ts).
useLineTokens(minutesLexer);
