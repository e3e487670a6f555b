import { ACTION_WORDS, DEADLINE_WORDS, DECISION_WORDS, FOOTER_WORDS, OWNER_WORDS, STATUS_WORDS, wordsPattern } from '../syntax/keywords';

const HSPACE = '[^\\S\\r\\n]';
/** Lines an item body keeps for the index: actions, decisions and their `Ansvarig:`/`Senast:`/`Status:` lines. */
const STATEMENT_WORDS = [...ACTION_WORDS, ...DECISION_WORDS, ...OWNER_WORDS, ...DEADLINE_WORDS, ...STATUS_WORDS];
const STATEMENT_LINE = new RegExp(`^(?:${wordsPattern(STATEMENT_WORDS)})${HSPACE}*:(?!\\S)`, 'i');
const FOOTER = Object.values(FOOTER_WORDS).flat();
/** A footer keyword line: from here on everything is kept. */
const FOOTER_LINE = new RegExp(`^(?:${wordsPattern(FOOTER)})${HSPACE}*:(?!\\S)`, 'i');
/** An item heading at column 0, as the lexer's `ItemLine` reads it. */
const ITEM_LINE = /^(?:\d{1,6}\.|§[^\S\r\n]*\d{1,6}\.?)(?!\S)/;
const NON_BLANK = /\S/;
/** First letters (lower case) of the keywords above: other lines need no regular expression. */
const STATEMENT_STARTS = new Set(STATEMENT_WORDS.map((w) => w.charAt(0)));
const FOOTER_STARTS = new Set(FOOTER.map((w) => w.charAt(0)));

/** The reduced text and, for each of its lines, the line of the original it stands for. */
export interface IndexText {
  readonly text: string;
  /** `lines[i]` is the original line number of line `i` of `text`. */
  readonly lines: readonly number[];
}

/**
 * The text the workspace index parses instead of the whole document. What a series of meetings
 * needs — the header, the attendance sections, every item heading, every action and decision with
 * its continuation lines, the comments and the footer — is kept character for character, so
 * columns stay right and `lines` maps each line back to the original. Every other stretch of an
 * item body (paragraphs and bullets, with the blank lines among them) becomes one line `.`:
 * it still ends the action above it, as the original text did. Parsing the result costs a
 * fraction of parsing the whole text, because most of a document's lines are prose.
 *
 * Double-spaced text (a blank line after every line, as copied from a PDF) is the exception: there
 * a single blank line does not end an action, and whether the parser treats a document as
 * double-spaced depends on how its prose wraps. So such text keeps every line and only replaces
 * the content of prose lines (by `.` or `x`, ending a sentence where the original did).
 */
export function indexText(text: string): IndexText {
  const lines = splitLines(text);
  const blank = lines.map((line) => !NON_BLANK.test(line));
  const preserve = looksDoubleSpaced(blank);
  const out: string[] = [];
  const map: number[] = [];
  let inItems = false;
  let inFooter = false;
  /** Blank lines since the last line written, held back in case a prose run swallows them. */
  let pendingBlanks: number[] = [];
  let lastWasPlaceholder = false;
  const emit = (index: number, content: string) => {
    for (const blank of pendingBlanks) {
      out.push(lines[blank] ?? '');
      map.push(blank);
    }
    pendingBlanks = [];
    out.push(content);
    map.push(index);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (inFooter || !inItems) {
      if (!inFooter && isItemLine(line)) inItems = true;
      emit(i, line);
      continue;
    }
    const first = line.charAt(0);
    if (isItemLine(line)) {
      lastWasPlaceholder = false;
      emit(i, line);
      continue;
    }
    if (blank[i]) {
      if (preserve) emit(i, line);
      else pendingBlanks.push(i);
      continue;
    }
    const lower = first.toLowerCase();
    if (FOOTER_STARTS.has(lower) && FOOTER_LINE.test(line)) {
      inFooter = true;
      emit(i, line);
      continue;
    }
    // Indented lines (continuations, numbered entries), comments and statements are kept.
    if (/\s/.test(first) || line.startsWith('//') || (STATEMENT_STARTS.has(lower) && STATEMENT_LINE.test(line))) {
      lastWasPlaceholder = false;
      emit(i, line);
      continue;
    }
    if (preserve) {
      emit(i, endsSentence(line) ? '.' : 'x');
    } else if (lastWasPlaceholder) {
      // The same stretch of prose: the blank lines inside it go with it.
      pendingBlanks = [];
    } else {
      emit(i, '.');
      lastWasPlaceholder = true;
    }
  }
  for (const blank of pendingBlanks) {
    out.push(lines[blank] ?? '');
    map.push(blank);
  }
  return { text: out.join('\n'), lines: map };
}

/** The lines of `text` without their line breaks (`\n`, `\r\n` or `\r`). */
function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

function isItemLine(line: string): boolean {
  const c = line.charCodeAt(0);
  return ((c >= 48 && c <= 57) || c === 0xa7) && ITEM_LINE.test(line);
}

/** Whether the lines (true for a blank one) look double-spaced: about as many blank lines as others. */
function looksDoubleSpaced(blankLines: readonly boolean[]): boolean {
  let blank = 0;
  let adjacent = 0;
  let previousBlank = true;
  for (const isBlank of blankLines) {
    if (isBlank) blank++;
    else if (!previousBlank) adjacent++;
    previousBlank = isBlank;
  }
  return blank >= 3 && adjacent * 2 < blank;
}

/** Whether a line ends a sentence, as the parser's double-spacing heuristic reads it. */
function endsSentence(line: string): boolean {
  const trimmed = line.trimEnd();
  return trimmed !== '' && '.!?:;)”"'.includes(trimmed.charAt(trimmed.length - 1));
}
