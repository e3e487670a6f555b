/**
 * An attendance note cut into tokens — words, item numbers, clock times, `§`, separators — each
 * with its place in the note's text. The note reader (`noteReading.ts`) reads the tokens, not the
 * characters: a word is always whole (`pappa 2` holds no `p`), and a number is an item number only
 * when it is no clock time or decimal (`12:00`, `9.30`, `7pm`, `2,5`).
 */

export type NoteTokenKind =
  /** Letters, with dots, hyphens and apostrophes inside (`fr.o.m.`, `p.g.a.`, `non-pecuniary`). */
  | 'word'
  /** One to six digits, standing alone: a possible item number. */
  | 'number'
  /** A clock time or a decimal (`13.40`, `13:40`, `7:45pm`, `7pm`, `2,5`): never an item. */
  | 'time'
  /** `§` or `§§`. */
  | 'sign'
  /** `,` or `;`: the end of a part of the note. */
  | 'sep'
  /** `-`, `–`, `—`: a range between numbers, otherwise nothing. */
  | 'dash'
  /** `&`, `+`: joins numbers into a list. */
  | 'joiner'
  /** Any other character that is not white space (`(`, `)`, `/`, a quote, a longer run of digits). */
  | 'other';

export interface NoteToken {
  readonly kind: NoteTokenKind;
  /** Offsets in the note's text. */
  readonly start: number;
  readonly end: number;
  /**
   * A word in its comparison form — NFC, lower case, without dots (`Fr.o.m.` → `from`, `kl.` →
   * `kl`, `p.` → `p`); a number's digits; otherwise the characters as written.
   */
  readonly key: string;
}

const WORD = /[\p{L}\p{M}]+(?:[.'’-][\p{L}\p{M}]+)*\.?/uy;
const DIGITS = /\d+/y;
/** After digits: the rest of a clock time or a decimal (`.40`, `:40pm`, `,5`), or `pm` after an hour. */
const TIME_REST = /(?:[:.,]\d+)?(?:\s?(?:[ap]\.?m\.?)(?![\p{L}\p{N}]))?/iuy;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** The tokens of `text`, in order; white space between them is not a token. Reads every character once. */
export function tokenizeNote(text: string): NoteToken[] {
  const tokens: NoteToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) {
      const end = i + word[0].length;
      tokens.push({ kind: 'word', start: i, end, key: wordKey(word[0]) });
      i = end;
      continue;
    }
    DIGITS.lastIndex = i;
    const digits = DIGITS.exec(text);
    if (digits) {
      const afterDigits = i + digits[0].length;
      TIME_REST.lastIndex = afterDigits;
      const rest = TIME_REST.exec(text);
      const end = afterDigits + (rest ? rest[0].length : 0);
      const kind: NoteTokenKind = end > afterDigits ? 'time' : digits[0].length > 6 || LETTER_OR_DIGIT.test(text.charAt(end)) ? 'other' : 'number';
      tokens.push({ kind, start: i, end, key: text.slice(i, end) });
      i = end;
      continue;
    }
    if (c === '§') {
      const end = text.charAt(i + 1) === '§' ? i + 2 : i + 1;
      tokens.push({ kind: 'sign', start: i, end, key: text.slice(i, end) });
      i = end;
      continue;
    }
    const kind: NoteTokenKind = c === ',' || c === ';' ? 'sep' : c === '-' || c === '–' || c === '—' ? 'dash' : c === '&' || c === '+' ? 'joiner' : 'other';
    tokens.push({ kind, start: i, end: i + 1, key: c });
    i++;
  }
  return tokens;
}

/** A word as the note's word list holds it: NFC, lower case, without dots. */
export function wordKey(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/\./g, '');
}
