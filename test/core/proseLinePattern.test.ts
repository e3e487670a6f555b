import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer } from 'chevrotain';
import * as keywords from '../../server/src/core/syntax/keywords';
import { minutesLexer } from '../../server/src/core/syntax/lexer';
import { lineTokens, ProseLine } from '../../server/src/core/syntax/tokens';
import { root } from '../helpers/expect';
import { seededRandom } from '../helpers/random';

/**
 * The lexer tries `ProseLine` first on a line that begins with a letter or white space
 * (`proseLinePattern.ts`): it takes the line as text when no line pattern could match it. A lexer without it must type
 * every line the same, so the lines tried here are the ones it must leave alone: every keyword
 * in every spelling, followed by what the patterns allow after a keyword and by what they do not.
 */
const reference = new Lexer(lineTokens, { positionTracking: 'full', safeMode: true });

function tokens(lexer: Lexer, text: string): string[] {
  return lexer.tokenize(text).tokens.map((t) => `${t.tokenType.name} ${t.startOffset} ${JSON.stringify(t.image)}`);
}

function check(text: string, label = JSON.stringify(text)): void {
  assert.deepEqual(tokens(minutesLexer, text), tokens(reference, text), label);
}

/**
 * Every word `keywords.ts` knows, not only those the fast path leaves to the patterns
 * (`KEYWORD_LINE_WORDS`): a line pattern built from another list shows here if its words are
 * missing from that one.
 */
const KEYWORDS = [
  ...new Set(
    Object.values(keywords)
      .flatMap((value): unknown[] => (Array.isArray(value) ? value : typeof value === 'object' && value !== null ? Object.values(value).flat() : []))
      .filter((word): word is string => typeof word === 'string' && word.length >= 3 && /^\p{L}\p{L}/u.test(word)),
  ),
];

/** The ways a keyword may be written: as listed, in capitals, in sentence case, decomposed, with a tab or two spaces between its words. */
function spellings(word: string): string[] {
  const sentence = word.charAt(0).toUpperCase() + word.slice(1);
  const forms = [word, word.toUpperCase(), sentence, sentence.normalize('NFD'), word.toUpperCase().normalize('NFD')];
  return [...forms, ...forms.map((f) => f.replace(/ /g, '\t')), sentence.replace(/ /g, '  ')];
}

/** What may follow a keyword on its line, and what may not. */
const AFTER = [':', ': Eva Berg', ' : x', ':\t', '', ' ', ', that the', ' that the', ' – that', 'x', 'en', 's: x', 'et är', '(x)', ':x', '.', ' och mer'];
const BEFORE = ['', ' ', '\t', '  ', '\u00a0'];

/** The matcher of the fast path, asked alone: `null` where it leaves the line to the patterns. */
const matcher = ProseLine.PATTERN as (text: string, offset: number, tokens: unknown[], groups: object) => [string] | null;

describe('the fast path for prose (proseLinePattern.ts)', () => {
  it('types every keyword line, in every spelling, as the patterns do', () => {
    for (const word of KEYWORDS) {
      for (const spelled of spellings(word)) {
        for (const after of AFTER) {
          for (const before of BEFORE) check(`${before}${spelled}${after}\n`);
        }
      }
    }
  });

  it('leaves every keyword line to the patterns', () => {
    for (const word of keywords.KEYWORD_LINE_WORDS) {
      for (const spelled of spellings(word)) {
        const line = `${spelled}: x\n`;
        assert.equal(matcher(line, 0, [], {}), null, JSON.stringify(line));
      }
    }
  });

  it('takes lines of prose, indented or not, and leaves `Key:` lines', () => {
    for (const line of ['Förvaltningen redovisade läget.\n', 'och att arbetet fortsätter\n', '  Förvaltningen återkommer.\n', 'Tidigare beslut gäller\n', 'Förvaltningen visar i sin rapport från i våras: en ökning\n', 'tid\u00e9er finns\n']) {
      assert.deepEqual(matcher(line, 0, [], {}), [line], JSON.stringify(line));
    }
    for (const line of ['Kontaktperson: Eva\n', 'Note: x\n', '- punkt\n', '1. Rubrik\n', '// kommentar\n', '(se punkt 2)\n', 'Tid: 13.00\n', 'Sekreterare Eva Berg\n']) {
      assert.equal(matcher(line, 0, [], {}), null, JSON.stringify(line));
    }
  });

  it('lexes the reference minutes, the example and random texts as the patterns do', () => {
    for (const file of ['examples/kommunchefsgruppen.minutes', '../shared/reference/000_13f9851aec9c8325.txt']) {
      const text = readFileSync(join(root, file), 'utf8');
      check(text, file);
      check(text.replace(/\n/g, '\r\n'), `${file}, CRLF`);
    }
    const random = seededRandom(2611);
    const words = [...KEYWORDS.slice(0, 40), 'Text', 'text', 'och', 'Sekretariatet', 'statistik', ':', ' ', '\t', 'å', 'a\u0308', '\n', '\r\n', '– ', '1.', '(', 'x:'];
    for (let round = 0; round < 500; round++) {
      let text = '';
      const count = 1 + Math.floor(random() * 12);
      for (let i = 0; i < count; i++) text += words[Math.floor(random() * words.length)] ?? '';
      check(`${text}\n`, `round ${round}: ${JSON.stringify(text)}`);
    }
  });
});
