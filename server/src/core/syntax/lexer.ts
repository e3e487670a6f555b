import { Lexer } from 'chevrotain';
import { lineTokens } from './tokens';

/**
 * The one lexer instance. Building it analyses every pattern, so it is built once per process.
 * Every line matches some token (a line of text is the fallback), so lexing never fails.
 */
export const minutesLexer = new Lexer(lineTokens, {
  positionTracking: 'full',
  ensureOptimizations: true,
  lineTerminatorsPattern: /\r\n|\r|\n/g,
  lineTerminatorCharacters: ['\n', '\r'],
});
