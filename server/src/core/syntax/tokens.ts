import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';
import { fieldLinePattern, KEY_LENGTH } from './fieldPattern';
import { proseLinePattern } from './proseLinePattern';
import { textLinePattern } from './textLinePattern';
import {
  ACTION_WORDS,
  BARE_DECISION_WORDS,
  casedWordsPattern,
  DASH_ACTION_WORDS,
  dashActionPattern,
  HEADER_KEYS,
  DEADLINE_WORDS,
  KEYWORD_LINE_WORDS,
  DECISION_WORDS,
  FOOTER_WORDS,
  OWNER_WORDS,
  RUN_ON_DECISION_WORDS,
  SECTION_WORDS,
  STATUS_WORDS,
  SUBHEADING_WORDS,
  wordsPattern,
} from './keywords';

/**
 * Token types of the minutes language: one token per line, blank lines skipped.
 *
 * The language is line based — a line is classified by its first characters — so the lexer's job
 * is exactly that classification: each token is a whole line, line break included, and its type
 * says what kind of line it is (an item heading, an action, a bullet, a `Key:` field, text …).
 * Where a line stands (header, attendance section, item body, footer) is the parser's job, and
 * the inside of a line (names, notes, dates) is read by the model's line readers. One token per
 * line keeps lexing and parsing within a small factor of merely splitting the text into lines.
 *
 * Every pattern ends in a line break; `parseMinutes` gives the text a final one if it lacks it.
 */

/** Horizontal white space: every white-space character except line breaks (BOM included). */
const HSPACE = '[^\\S\\r\\n]';
const EOL = '(?:\\r\\n|\\r|\\n)';
const REST = `[^\\r\\n]*${EOL}`;
/** White space, a line break or the end follows (written without `$`, which chevrotain forbids). */
const SPACE_FOLLOWS = '(?!\\S)';
/** Letters a `Key:` may be made of: Latin with diacritics (no `u` flag: chevrotain cannot analyse it). */
const LETTER = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
const MARK = '\\u0300-\\u036f';

/** Characters horizontal white space can start with; chevrotain needs first characters spelled out. */
const HSPACE_CHARS = [' ', '\t', '\v', '\f', '\u00a0', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i))];
const LETTER_CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', ...Array.from({ length: 0x250 - 0xc0 }, (_, i) => String.fromCharCode(0xc0 + i)).filter((c) => c !== '×' && c !== '÷')];
const DIGITS = [...'0123456789'];

function lineToken(name: string, pattern: RegExp | CustomPatternMatcherFunc, startChars: readonly string[], categories: TokenType[] = []): TokenType {
  return createToken({ name, pattern, line_breaks: true, start_chars_hint: [...new Set(startChars)], categories: [AnyLine, ...categories] });
}

/** The category of every line: regions of the grammar that take any line consume this. */
export const AnyLine = createToken({ name: 'AnyLine', pattern: /NOT_LEXED/ });
/** The category of every `Key:` line, keywords included. */
export const FieldLike = createToken({ name: 'FieldLike', pattern: /NOT_LEXED/ });

/**
 * A line of white space only. Matched like every line but skipped: the lexer makes no token of
 * it (its line break still counts in the tokens' lines), so the parser and the region readers
 * go over the lines that hold something. Where blank lines matter — a blank line ends a
 * paragraph, a double-spaced document's evidence, the line starts — they are the lines between
 * two tokens' lines (`blankLinesBetween` in `blankLines.ts`).
 */
export const BlankLine = createToken({
  name: 'BlankLine',
  pattern: new RegExp(`${HSPACE}*${EOL}`),
  line_breaks: true,
  start_chars_hint: [...new Set([...HSPACE_CHARS, '\n', '\r'])],
  group: Lexer.SKIPPED,
});

export const CommentLine = lineToken('CommentLine', new RegExp(`${HSPACE}*//${REST}`), [...HSPACE_CHARS, '/']);

const allSectionWords = Object.values(SECTION_WORDS).flat();
/** A line holding only an attendance heading, with an optional colon. */
export const SectionLine = lineToken(
  'SectionLine',
  new RegExp(`${HSPACE}*(?:${wordsPattern(allSectionWords)})${HSPACE}*:?${HSPACE}*${EOL}`, 'i'),
  [...HSPACE_CHARS, ...startChars(allSectionWords)],
);

/**
 * Invisible characters a heading may begin with and still stand at column 0: a byte-order mark
 * left in the middle of a text by joining two files, a zero-width space or a direction mark.
 */
export const INVISIBLE_START_CHARS: readonly string[] = ['\u200b', '\u200e', '\u200f', '\u2060', '\ufeff'];
/** The same as a character class's inside, for expressions. */
export const INVISIBLE_START = INVISIBLE_START_CHARS.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

/** `6. Title` or `§ 6 Title` at column 0 (after invisible characters): an item heading. */
export const ItemLine = lineToken('ItemLine', new RegExp(`[${INVISIBLE_START}]*(?:\\d{1,6}\\.|§${HSPACE}*\\d{1,6}\\.?)${SPACE_FOLLOWS}${REST}`), [...DIGITS, '§', ...INVISIBLE_START_CHARS]);

/** An indented `2. …`: an entry of a numbered list inside a body, not an item. */
export const NumberedLine = lineToken('NumberedLine', new RegExp(`${HSPACE}+\\d{1,4}[.)]${SPACE_FOLLOWS}${REST}`), HSPACE_CHARS);

export const BulletLine = lineToken('BulletLine', new RegExp(`${HSPACE}*[-•*]${SPACE_FOLLOWS}${REST}`), [...HSPACE_CHARS, '-', '•', '*']);

function keywordLine(name: string, words: readonly string[]): TokenType {
  return lineToken(name, new RegExp(`${HSPACE}*(?:${wordsPattern(words)})${HSPACE}*:${SPACE_FOLLOWS}${REST}`, 'i'), [...HSPACE_CHARS, ...startChars(words)], [FieldLike]);
}

export const ActionLine = keywordLine('ActionLine', ACTION_WORDS);
/** An action keyword with a dash instead of a colon (`Action – Tom Reed to book the hall`; `dashActionPattern`). */
export const ActionDashLine = lineToken('ActionDashLine', new RegExp(`${HSPACE}*${dashActionPattern(`${HSPACE}+`)}${REST}`), [...HSPACE_CHARS, ...startChars(DASH_ACTION_WORDS)]);
export const DecisionLine = keywordLine('DecisionLine', DECISION_WORDS);

/**
 * What stands between a decision keyword that runs into its sentence and the sentence's `that` or
 * `to` (`RESOLVED that`, `RESOLVED – that`, `AGREED, that`, `RESOLVED to object`), the word not
 * included: white space, or a comma or a dash (`–`, `—`, a hyphen with white space before it) and
 * white space.
 */
export const RUN_ON_LINK = `(?:${HSPACE}*,|${HSPACE}+[-–—])?${HSPACE}+(?=(?:that|That|THAT|to|To|TO)${SPACE_FOLLOWS})`;

/**
 * A decision keyword written without a colon: `Beslut` alone on its line, whose decision follows
 * on the lines below as after a bare `Beslut:`; or a keyword that runs into its sentence before
 * `that` (`RESOLVED that …`, `IT WAS RESOLVED THAT …`, `Agreed – that …`). Unlike a keyword with
 * a colon, these are read only in sentence case or in capitals (`casedWordsPattern`), so that
 * prose wrapped before `beslut` or `agreed that` stays prose.
 */
export const DecisionWordLine = lineToken(
  'DecisionWordLine',
  new RegExp(`${HSPACE}*(?:(?:${casedWordsPattern(BARE_DECISION_WORDS)})${HSPACE}*${EOL}|(?:${casedWordsPattern(RUN_ON_DECISION_WORDS, true)})${RUN_ON_LINK}${REST})`),
  [...HSPACE_CHARS, ...startChars([...BARE_DECISION_WORDS, ...RUN_ON_DECISION_WORDS])],
);
export const OwnerLine = keywordLine('OwnerLine', OWNER_WORDS);
export const DeadlineLine = keywordLine('DeadlineLine', DEADLINE_WORDS);
export const StatusLine = keywordLine('StatusLine', STATUS_WORDS);
const footerWords = Object.values(FOOTER_WORDS).flat();
/**
 * Footer keywords that also begin the footer alone on their line, without a colon, as a signature
 * block is laid out (`Vid protokollet` / name / `Justeras` / names), a comma after them allowed
 * as a letter's closing line has one (`Respectfully submitted,`). Not `Approved`, which alone on
 * a line is as likely a minute's last word on a matter.
 */
const BARE_FOOTER_WORDS = footerWords.filter((w) => w !== 'approved');
/** A footer keyword with a colon (`Antecknat av: …`), or one of `BARE_FOOTER_WORDS` alone on its line (with or without a comma). */
export const FooterLine = lineToken(
  'FooterLine',
  new RegExp(`${HSPACE}*(?:(?:${wordsPattern(footerWords)})${HSPACE}*:${SPACE_FOLLOWS}${REST}|(?:${wordsPattern(BARE_FOOTER_WORDS)})${HSPACE}*,?${HSPACE}*${EOL})`, 'i'),
  [...HSPACE_CHARS, ...startChars(footerWords)],
  [FieldLike],
);
/** A known header field (`Datum:`, `Plats:` …): it ends an attendance section. */
export const HeaderFieldLine = keywordLine('HeaderFieldLine', Object.values(HEADER_KEYS).flat());

/**
 * Any other `Key: value` line: a header field, or text in a body. The key is up to forty
 * characters of letters, digits, spaces and `.&/-`; the lazy quantifier stops at the first
 * character that cannot be in a key, so a line of prose is rejected after a few characters.
 */
/**
 * What a `Key: value` line looks like (see FieldLine); exported for the tests of its matcher.
 * Combining marks stand in the key's class on purpose: a key typed in NFD is still a key.
 */
export const FIELD_LINE_SOURCE = `${HSPACE}*[${LETTER}][${LETTER}${MARK}0-9.&/ \t-]{0,${KEY_LENGTH - 1}}?:${SPACE_FOLLOWS}${REST}`;

export const FieldLine = lineToken(
  'FieldLine',
  fieldLinePattern(new RegExp(FIELD_LINE_SOURCE, 'y')),
  [...HSPACE_CHARS, ...LETTER_CHARS],
  [FieldLike],
);

/** Anything else: a line of text (`[^\r\n]+` and a line break, found by `textLinePattern`). */
export const TextLine = lineToken('TextLine', textLinePattern(), anyCharacter());

/**
 * A protokoll's sub-heading alone on its line (`Beslutsunderlag`, `Yrkanden`, `Reservation`, a
 * colon after it allowed; `SUBHEADING_WORDS`), in sentence case or in capitals: a line of text
 * (its category is `TextLine`, so it may be the title too) that the body reads as a paragraph of
 * its own, which ends a decision above it.
 */
export const SubheadingLine = lineToken(
  'SubheadingLine',
  new RegExp(`${HSPACE}*(?:${casedWordsPattern(SUBHEADING_WORDS)})${HSPACE}*:?${HSPACE}*${EOL}`),
  [...HSPACE_CHARS, ...startChars(SUBHEADING_WORDS)],
  [TextLine],
);

/**
 * Text can start with any character. Chevrotain's first-character table holds characters below
 * 256 one by one and the rest in blocks of 256, so one representative per block is enough.
 */
function anyCharacter(): string[] {
  const chars: string[] = [];
  for (let c = 0; c < 256; c++) if (c !== 10 && c !== 13) chars.push(String.fromCharCode(c));
  for (let block = 1; block < 256; block++) chars.push(String.fromCharCode(block * 256 + 0x41));
  return chars;
}

/** Characters a keyword can begin with, upper and lower case, composed and decomposed. */
function startChars(words: readonly string[]): string[] {
  const chars = new Set<string>();
  for (const w of words) {
    const c = w.charAt(0);
    chars.add(c.toLowerCase());
    chars.add(c.toUpperCase());
    if ('åäö'.includes(c)) {
      chars.add(c === 'ö' ? 'o' : 'a');
      chars.add(c === 'ö' ? 'O' : 'A');
    }
  }
  return [...chars];
}

/**
 * The lexer's fast path for a line of prose (`proseLinePattern.ts`): tried first on a line that
 * begins with a letter, indented or not, it takes the line as text when it begins with none of
 * the keyword lines' words (`KEYWORD_LINE_WORDS`) and has no colon where a `Key:` line's could
 * stand. Its tokens are made as `TextLine` tokens (`lexer.ts`), so no other part of the program
 * sees this type.
 */
export const ProseLine = lineToken('ProseLine', proseLinePattern(KEYWORD_LINE_WORDS), [...HSPACE_CHARS, ...LETTER_CHARS]);

/** Lexing order: the first pattern that matches a line decides its type, so specific lines come first. */
export const lineTokens: TokenType[] = [
  BlankLine,
  CommentLine,
  SectionLine,
  ItemLine,
  NumberedLine,
  BulletLine,
  ActionLine,
  ActionDashLine,
  DecisionLine,
  DecisionWordLine,
  SubheadingLine,
  OwnerLine,
  DeadlineLine,
  StatusLine,
  FooterLine,
  HeaderFieldLine,
  FieldLine,
  TextLine,
];

/** What the lexer tries, in order: the fast path for prose, then the line patterns (where the fast path takes a line, it gives their answer). */
export const lexerLineTokens: TokenType[] = [ProseLine, ...lineTokens];

/** Every token type, categories included, for the parser. */
export const allTokens: TokenType[] = [AnyLine, FieldLike, ...lineTokens];
