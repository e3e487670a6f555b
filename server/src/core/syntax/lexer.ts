import { Lexer } from 'chevrotain';
import { lexerDefinition } from './tokens';

/**
 * The one lexer instance. Building it analyses every pattern, so it is built once per process.
 * Every character of any text matches some token (text is the fallback), so lexing never fails.
 */
export const minutesLexer = new Lexer(lexerDefinition, {
  positionTracking: 'full',
  ensureOptimizations: true,
  lineTerminatorsPattern: /\r\n|\r|\n/g,
  lineTerminatorCharacters: ['\n', '\r'],
});
