import { createToken, Lexer, type TokenType } from 'chevrotain';
import {
  ACTION_WORDS,
  DEADLINE_WORDS,
  DECISION_WORDS,
  FOOTER_WORDS,
  OWNER_WORDS,
  SECTION_WORDS,
  STATUS_WORDS,
  wordsPattern,
} from './keywords';

/**
 * Token types of the minutes language.
 *
 * The lexer has two modes. At the start of a line (`lineStart`) it recognises what classifies a
 * line: indentation, a comment, an attendance heading, an item number, a bullet, a `Key:` word.
 * The first token that is none of these switches to `inline`, where a line is cut only where its
 * structure needs it — commas, parentheses, dashes — and everything between is one `Text` token.
 * Tokens stay few (a handful per line), which keeps lexing and parsing close to the speed of
 * splitting the text into lines.
 */

/** Horizontal white space: every white-space character except line breaks (BOM included). */
const HSPACE = '[^\\S\\r\\n]';
/** Letters a `Key:` may be made of: Latin, with diacritics and combining marks (no `u` flag: chevrotain cannot analyse it). */
const LETTER = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f';
/** The characters horizontal white space can start with: chevrotain needs them spelled out. */
const HSPACE_CHARS = [' ', '\t', '\v', '\f', '\u00a0', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i))];
/** End of line or of input, written without `$`, which chevrotain does not allow. */
const END_OF_LINE = '(?![^\\r\\n])';
/** White space, a line break or the end of input follows. */
const SPACE_FOLLOWS = '(?!\\S)';

export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true });
export const NewlineInline = createToken({
  name: 'NewlineInline',
  pattern: /\r\n|\r|\n/,
  line_breaks: true,
  categories: [Newline],
  pop_mode: true,
});

/** White space at the start of a line; kept because an indented `3.` is a list entry, not an item. */
export const Indent = createToken({ name: 'Indent', pattern: new RegExp(`${HSPACE}+`), start_chars_hint: HSPACE_CHARS });
/** White space inside a line carries no meaning. */
export const Whitespace = createToken({ name: 'Whitespace', pattern: new RegExp(`${HSPACE}+`), group: Lexer.SKIPPED, start_chars_hint: HSPACE_CHARS });

export const Comment = createToken({ name: 'Comment', pattern: /\/\/[^\r\n]*/, start_chars_hint: ['/'] });

const allSectionWords = Object.values(SECTION_WORDS).flat();
/** A line holding only an attendance heading, with an optional colon. */
export const SectionHeader = createToken({
  name: 'SectionHeader',
  pattern: new RegExp(`(?:${wordsPattern(allSectionWords)})${HSPACE}*:?${HSPACE}*${END_OF_LINE}`, 'i'),
  start_chars_hint: startChars(allSectionWords),
});

/** `6.` or `§ 6` / `§6.` at the start of a line. */
export const ItemNumber = createToken({
  name: 'ItemNumber',
  pattern: new RegExp(`(?:\\d{1,4}\\.|§${HSPACE}*\\d{1,4}\\.?)${SPACE_FOLLOWS}`),
  start_chars_hint: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '§'],
  push_mode: 'inline',
});

export const Bullet = createToken({
  name: 'Bullet',
  pattern: new RegExp(`[-•*]${SPACE_FOLLOWS}`),
  start_chars_hint: ['-', '•', '*'],
  push_mode: 'inline',
});

/** Any `Key:` at the start of a line: header fields, and the category of every keyword below. */
export const FieldKey = createToken({
  name: 'FieldKey',
  // Combining marks (U+0300–U+036F) stand in the class on purpose: a key typed in NFD is still a key.
  // eslint-disable-next-line no-misleading-character-class
  pattern: new RegExp(`[${LETTER}][${LETTER}0-9.&/-]*(?:${HSPACE}[${LETTER}0-9.&/-]+){0,3}${HSPACE}*:${SPACE_FOLLOWS}`),
  push_mode: 'inline',
});

function keywordToken(name: string, words: readonly string[]): TokenType {
  return createToken({
    name,
    pattern: new RegExp(`(?:${wordsPattern(words)})${HSPACE}*:${SPACE_FOLLOWS}`, 'i'),
    start_chars_hint: startChars(words),
    categories: [FieldKey],
    push_mode: 'inline',
  });
}

export const ActionKeyword = keywordToken('ActionKeyword', ACTION_WORDS);
export const DecisionKeyword = keywordToken('DecisionKeyword', DECISION_WORDS);
export const OwnerKeyword = keywordToken('OwnerKeyword', OWNER_WORDS);
export const DeadlineKeyword = keywordToken('DeadlineKeyword', DEADLINE_WORDS);
export const StatusKeyword = keywordToken('StatusKeyword', STATUS_WORDS);
export const FooterKeyword = keywordToken('FooterKeyword', Object.values(FOOTER_WORDS).flat());

export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
/** An en or em dash, or a hyphen with white space on both sides: the action separator. */
export const Dash = createToken({ name: 'Dash', pattern: /[–—]/ });
export const SpacedHyphen = createToken({
  name: 'SpacedHyphen',
  pattern: new RegExp(`${HSPACE}+-${SPACE_FOLLOWS}`),
  start_chars_hint: HSPACE_CHARS,
  categories: [Dash],
  line_breaks: false,
});

/**
 * A run of text up to the next comma, parenthesis, dash or line break. Inner white space belongs
 * to the text unless it surrounds a lone hyphen (` - `), which is a separator.
 */
const TEXT_CHAR = '[^\\s,()–—]';
export const Text = createToken({
  name: 'Text',
  pattern: new RegExp(`${TEXT_CHAR}(?:${TEXT_CHAR}|${HSPACE}+(?!-${SPACE_FOLLOWS})(?=${TEXT_CHAR}))*`),
  start_chars_hint: textStartChars(),
  line_breaks: false,
});

/**
 * Text can start with almost any character. Chevrotain's first-character table holds the
 * characters below 256 one by one and the rest in blocks of 256, so one representative per
 * block is enough; a block shared with a dash is also tried against the dash pattern.
 */
function textStartChars(): string[] {
  const chars: string[] = [];
  for (let c = 0; c < 256; c++) {
    const ch = String.fromCharCode(c);
    if (!/[\s,()]/.test(ch)) chars.push(ch);
  }
  for (let block = 1; block < 256; block++) chars.push(String.fromCharCode(block * 256 + 0x41));
  return chars;
}

/** The same tokens as at the start of a line, switching to `inline` mode once the line has begun. */
function startOfLine(token: TokenType): TokenType {
  return createToken({
    name: `${token.name}AtStart`,
    pattern: token.PATTERN as RegExp,
    ...(token.START_CHARS_HINT ? { start_chars_hint: token.START_CHARS_HINT } : {}),
    categories: [token],
    push_mode: 'inline',
  });
}

export const TextAtStart = startOfLine(Text);
export const CommaAtStart = startOfLine(Comma);
export const LParenAtStart = startOfLine(LParen);
export const RParenAtStart = startOfLine(RParen);
export const DashAtStart = startOfLine(Dash);

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

export const lexerDefinition = {
  defaultMode: 'lineStart',
  modes: {
    lineStart: [
      Newline,
      Indent,
      Comment,
      SectionHeader,
      ItemNumber,
      Bullet,
      ActionKeyword,
      DecisionKeyword,
      OwnerKeyword,
      DeadlineKeyword,
      StatusKeyword,
      FooterKeyword,
      FieldKey,
      CommaAtStart,
      LParenAtStart,
      RParenAtStart,
      DashAtStart,
      TextAtStart,
    ],
    inline: [NewlineInline, SpacedHyphen, Whitespace, Comma, LParen, RParen, Dash, Text],
  },
};

/** Every token type, for the parser. */
export const allTokens: TokenType[] = [
  Newline,
  NewlineInline,
  Indent,
  Whitespace,
  Comment,
  SectionHeader,
  ItemNumber,
  Bullet,
  FieldKey,
  ActionKeyword,
  DecisionKeyword,
  OwnerKeyword,
  DeadlineKeyword,
  StatusKeyword,
  FooterKeyword,
  Comma,
  LParen,
  RParen,
  Dash,
  SpacedHyphen,
  Text,
  TextAtStart,
  CommaAtStart,
  LParenAtStart,
  RParenAtStart,
  DashAtStart,
];
