import { readsAsDoubleSpaced } from '../syntax/parse';
import { endsSentence, startsLowerCase } from '../syntax/regions';
import { isWhiteSpace } from '../text/whiteSpace';
import { ACTION_WORDS, dashActionPattern, DEADLINE_WORDS, DECISION_WORDS, OWNER_WORDS, STATUS_WORDS, wordsPattern } from '../syntax/keywords';
import { isFooterLine, isItemHeading } from '../syntax/layout';
import { isVoteLine } from '../syntax/voteLine';
import { ownersOnly } from '../model/marginOwners';
import { isActionListTitle } from '../syntax/actionListTitle';
import { readItemNumber } from '../syntax/itemBuilder';

const HSPACE = '[^\\S\\r\\n]';
/** Lines an item body keeps for the index: actions, decisions and their `Ansvarig:`/`Senast:`/`Status:` lines. */
const STATEMENT_WORDS = [...ACTION_WORDS, ...DECISION_WORDS, ...OWNER_WORDS, ...DEADLINE_WORDS, ...STATUS_WORDS];
const STATEMENT_LINE = new RegExp(`^(?:${wordsPattern(STATEMENT_WORDS)})${HSPACE}*:(?!\\S)`, 'i');
/** An action with a dash in its colon's place (`Action – Tom Reed to book the hall`), in sentence case or capitals. */
const DASH_ACTION_LINE = new RegExp(`^${dashActionPattern(`${HSPACE}+`)}`);
/** First letters (lower case) of the keywords above: other lines need no regular expression. */
const STATEMENT_STARTS = new Set(STATEMENT_WORDS.map((w) => w.charAt(0)));
/** An action line and the text after its keyword and colon (group 1). */
const ACTION_VALUE = new RegExp(`^(?:${wordsPattern(ACTION_WORDS)})${HSPACE}*:${HSPACE}*(.*)$`, 'i');
/** An action or decision line: the block above an action ends there (owner, deadline and status lines go on in it). */
const ACTION_OR_DECISION = new RegExp(`^(?:${wordsPattern([...ACTION_WORDS, ...DECISION_WORDS])})${HSPACE}*:(?!\\S)`, 'i');
/** A decision line, after which a line in lower case does not continue an action. */
const DECISION_LINE = new RegExp(`^(?:${wordsPattern(DECISION_WORDS)})${HSPACE}*:(?!\\S)`, 'i');
/** An action keyword alone on its line: the heading of an action list, whose entries are actions. */
const BARE_ACTION_LINE = new RegExp(`^(?:${wordsPattern(ACTION_WORDS)})${HSPACE}*:${HSPACE}*$`, 'i');

/** The reduced text and, for each of its lines, the line of the original it stands for. */
export interface IndexText {
  readonly text: string;
  /** `lines[i]` is the original line number of line `i` of `text`. */
  readonly lines: readonly number[];
  /**
   * Whether the parser reads the original as double-spaced. The reduced text must be parsed so
   * too (`ParseOptions.doubleSpaced`): its own line breaks no longer say it.
   */
  readonly doubleSpaced: boolean;
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
 * the content of prose lines (`proseStandIn`). Whether the original reads as double-spaced is
 * decided on the original (`readsAsDoubleSpaced`) and returned, for the reduced text's parse.
 */
export function indexText(text: string): IndexText {
  const lines = readLines(text);
  const count = lines.blank.length;
  // Double-spaced exactly when the parser reads the whole text so; most texts are ruled out by a
  // look at their lines, which is cheaper than the parser's own reading.
  const preserve = mayBeDoubleSpaced(text, lines) && readsAsDoubleSpaced(text);
  const out = new TextPieces(text, lines.lineBreaksAreLf);
  const map: number[] = [];
  let inItems = false;
  let inFooter = false;
  /** Blank lines since the last line written, held back in case a prose run swallows them. */
  let pendingBlanks: number[] = [];
  let lastWasPlaceholder = false;
  /** Whether the last line kept in an item belongs to an action (its line, or one below it). */
  let inAction = false;
  /** Whether a bare `Uppdrag:` / `Actions:` line stands above, so that a bullet entry is an action. */
  let inActionList = false;
  /** Whether only blank lines stand between the last item heading and this line. */
  let belowHeading = false;
  const flushBlanks = () => {
    for (const blank of pendingBlanks) {
      out.line(lines.start[blank] ?? 0, lines.end[blank] ?? 0);
      map.push(blank);
    }
    pendingBlanks = [];
  };
  const keep = (i: number) => {
    flushBlanks();
    out.line(lines.start[i] ?? 0, lines.end[i] ?? 0);
    map.push(i);
  };
  const placeholder = (i: number, content: string) => {
    flushBlanks();
    out.placeholder(content);
    map.push(i);
  };

  // Item headings and the footer's first line are found as the parser finds them (`layout.ts`),
  // which reads a text that ends in a line break.
  const source = text.endsWith('\n') || text.endsWith('\r') ? text : `${text}\n`;
  const taskAbove = marginTaskLines(text, source, lines, preserve);
  for (let i = 0; i < count; i++) {
    const start = lines.start[i] ?? 0;
    const end = lines.end[i] ?? 0;
    if (inFooter) {
      keep(i);
      continue;
    }
    if (isItemHeading(source, start)) {
      inItems = true;
      inAction = false;
      // `4. Att göra`: the item's entries are actions, as under a bare `Actions:` line, blank lines
      // between the heading and the first entry allowed (the parser reads the body from its first line).
      inActionList = isActionListTitle(text.slice(readItemNumber(text, start, end).numberEnd, end).trim());
      belowHeading = true;
      lastWasPlaceholder = false;
      keep(i);
      continue;
    }
    if (!lines.blank[i] && isFooterLine(source, start, lines.start[i + 1] ?? source.length)) {
      // A vote (`Approved: 7 in favour`) is a line of its item, kept as written; the footer goes on.
      inFooter = !isVoteLine(source, start, lines.start[i + 1] ?? source.length);
      keep(i);
      continue;
    }
    if (!inItems) {
      keep(i);
      continue;
    }
    if (lines.blank[i]) {
      // A blank line ends an action, except in double-spaced text, which keeps every line anyway.
      if (!preserve) {
        inAction = false;
        if (!belowHeading) inActionList = false;
      }
      if (preserve) keep(i);
      else pendingBlanks.push(i);
      continue;
    }
    belowHeading = false;
    if (taskAbove?.has(i)) {
      // The task of an action in the margin below it (`ACTION: Clerk`), kept as written.
      inAction = inActionList = false;
      lastWasPlaceholder = false;
      keep(i);
      continue;
    }
    const lower = lowerFirst(text, start);
    // Indented lines (continuations, numbered entries), comments and statements are kept; so is a
    // line in lower case in an action, which may continue its task as a PDF wraps it (`wrapsTask`
    // in bodyBlocks.ts).
    const line = STATEMENT_STARTS.has(lower) ? text.slice(start, end) : '';
    const statement = line !== '' && (STATEMENT_LINE.test(line) || DASH_ACTION_LINE.test(line));
    const wrapped = inAction && startsLowerCase(text, start, end);
    // A bullet entry is kept where it is an action: under an action list's heading, or when its
    // text is a statement itself (`- Uppdrag: …`, `- Beslut: …`).
    const entry = bulletTextStart(text, start, end);
    const entryStatement = entry >= 0 && STATEMENT_STARTS.has(lowerFirst(text, entry)) && STATEMENT_LINE.test(text.slice(entry, end));
    if (wrapped || statement || entryStatement || (entry >= 0 && inActionList) || isWhiteSpace(text.charCodeAt(start)) || text.startsWith('//', start)) {
      const keyed = statement ? start : entryStatement ? entry : -1;
      if (keyed >= 0) {
        const line = text.slice(keyed, end);
        inAction = !DECISION_LINE.test(line);
        inActionList = BARE_ACTION_LINE.test(line);
      } else if (entry >= 0 && inActionList) {
        inAction = true;
      }
      lastWasPlaceholder = false;
      keep(i);
      continue;
    }
    inAction = inActionList = false;
    if (preserve) {
      placeholder(i, proseStandIn(text, start, end));
    } else if (lastWasPlaceholder) {
      // The same stretch of prose: the blank lines inside it go with it.
      pendingBlanks = [];
    } else {
      placeholder(i, '.');
      lastWasPlaceholder = true;
    }
  }
  flushBlanks();
  return { text: out.join(), lines: map, doubleSpaced: preserve };
}

/**
 * The lines of the paragraph or list entry right above each action that names only its owners
 * (`ACTION: Clerk`), whose text is the action's task (`ownersInMargin` in bodyBlocks.ts): kept
 * as written rather than as a placeholder. Only the owners' shape is asked (`ownersOnly` without
 * the attendees' names): the lines kept are then a few more than the parser needs, which reads
 * them as in the whole text. Walked up from the line above the
 * action — over single empty lines in double-spaced text — to a blank line, a keyword line, a
 * comment or an item heading, or to the first line of a bullet entry. Undefined when there are
 * none, as in most texts; only the lines of actions are looked at to find them.
 */
function marginTaskLines(text: string, source: string, lines: Lines, preserve: boolean): Set<number> | undefined {
  let found: Set<number> | undefined;
  const count = lines.blank.length;
  const emptyAbove = (i: number) => preserve && i >= 0 && lines.start[i] === lines.end[i];
  for (let b = 1; b < count; b++) {
    const start = lines.start[b] ?? 0;
    if (lines.blank[b] || !STATEMENT_STARTS.has(lowerFirst(text, start))) continue;
    const line = text.slice(start, lines.end[b]);
    const dash = DASH_ACTION_LINE.exec(line);
    const value = ACTION_VALUE.exec(line)?.[1] ?? (dash ? line.slice(dash[0].length) : undefined);
    if (value === undefined || value.trim() === '' || !ownersOnly(value.trim())) continue;
    let j = b - 1;
    if (emptyAbove(j)) j--;
    for (; j >= 0 && !lines.blank[j]; j--) {
      const from = lines.start[j] ?? 0;
      const to = lines.end[j] ?? 0;
      if (isItemHeading(source, from) || text.startsWith('//', from)) break;
      const kept = STATEMENT_STARTS.has(lowerFirst(text, from)) ? text.slice(from, to) : '';
      if (kept !== '' && (ACTION_OR_DECISION.test(kept) || DASH_ACTION_LINE.test(kept))) break;
      (found ??= new Set()).add(j);
      if (bulletTextStart(text, from, to) >= 0) break;
      if (emptyAbove(j - 1)) j--;
    }
  }
  return found;
}

/**
 * Where each line of `text` starts and ends (without its `\n`, `\r\n` or `\r`), and which are
 * blank: the lines are read as offsets, so that only the lines kept are ever copied.
 */
interface Lines {
  readonly start: number[];
  readonly end: number[];
  readonly blank: boolean[];
  /** Every line break is a single `\n`, so consecutive lines are one stretch of the text. */
  readonly lineBreaksAreLf: boolean;
}

function readLines(text: string): Lines {
  const start: number[] = [];
  const end: number[] = [];
  const blank: boolean[] = [];
  const lineBreaksAreLf = !text.includes('\r');
  let from = 0;
  for (;;) {
    let to: number;
    let next: number;
    if (lineBreaksAreLf) {
      const lf = text.indexOf('\n', from);
      to = lf < 0 ? text.length : lf;
      next = lf < 0 ? -1 : lf + 1;
    } else {
      to = from;
      while (to < text.length && text.charCodeAt(to) !== 10 && text.charCodeAt(to) !== 13) to++;
      next = to >= text.length ? -1 : text.charCodeAt(to) === 13 && text.charCodeAt(to + 1) === 10 ? to + 2 : to + 1;
    }
    start.push(from);
    end.push(to);
    blank.push(isBlankStretch(text, from, to));
    if (next < 0) break;
    from = next;
  }
  return { start, end, blank, lineBreaksAreLf };
}

/** Whether `[start, end)` holds nothing but white space (no `\S`). */
function isBlankStretch(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Where the text of a bullet line (`- `, `• `, `* `, indented or not, as the lexer's bullet line)
 * starts after its marker and blanks; -1 for any other line.
 */
function bulletTextStart(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isWhiteSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (i >= end || (c !== 45 /* - */ && c !== 0x2022 /* • */ && c !== 42 /* * */)) return -1;
  i++;
  if (i < end && !isWhiteSpace(text.charCodeAt(i))) return -1;
  while (i < end && isWhiteSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The first character of the line at `start`, lower-cased (as the keyword sets hold them). */
function lowerFirst(text: string, start: number): string {
  const c = text.charCodeAt(start);
  if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
  if (c < 128) return text.charAt(start);
  return text.charAt(start).toLowerCase();
}

/**
 * The reduced text, put together from lines of the original and placeholders, joined by `\n`.
 * When every break of the original is `\n`, consecutive lines are taken as one slice.
 */
class TextPieces {
  private readonly pieces: string[] = [];
  private runStart = -1;
  private runEnd = -1;

  constructor(
    private readonly text: string,
    private readonly mergeRuns: boolean,
  ) {}

  line(start: number, end: number): void {
    if (this.mergeRuns && this.runStart >= 0 && start === this.runEnd + 1) {
      this.runEnd = end;
      return;
    }
    this.flush();
    this.runStart = start;
    this.runEnd = end;
  }

  placeholder(content: string): void {
    this.flush();
    this.pieces.push(content);
  }

  join(): string {
    this.flush();
    return this.pieces.join('\n');
  }

  private flush(): void {
    if (this.runStart < 0) return;
    this.pieces.push(this.text.slice(this.runStart, this.runEnd));
    this.runStart = -1;
  }
}


/**
 * False when the text cannot be double-spaced: the parser needs at least three lines that stop
 * mid-sentence, then one blank line, then a line that starts in lower case (`isDoubleSpaced`),
 * and here they are counted anywhere in the text — a superset of the parser's count, which only
 * looks inside items.
 */
function mayBeDoubleSpaced(text: string, lines: Lines): boolean {
  let found = 0;
  for (let i = 1; i + 1 < lines.blank.length; i++) {
    if (!lines.blank[i] || lines.blank[i - 1] || lines.blank[i + 1]) continue;
    if (endsSentence(text, lines.start[i - 1] ?? 0, lines.end[i - 1] ?? 0)) continue;
    if (!startsLowerCase(text, lines.start[i + 1] ?? 0, lines.end[i + 1] ?? 0)) continue;
    if (++found >= 3) return true;
  }
  return false;
}

/**
 * What stands for a prose line in double-spaced text: what the parser's double-spacing evidence
 * reads of the line — whether it starts in lower case, and whether it ends a sentence — and
 * nothing else: `x`, `x.`, `X` or `X.`.
 */
function proseStandIn(text: string, start: number, end: number): string {
  return `${startsLowerCase(text, start, end) ? 'x' : 'X'}${endsSentence(text, start, end) ? '.' : ''}`;
}
