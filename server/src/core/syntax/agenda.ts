import type { IToken } from 'chevrotain';
import { isDigit } from '../text/digits';
import { AGENDA_WORDS, keywordKey } from './keywords';
import { ItemLine, TextLine } from './tokens';

/**
 * An agenda written out above the items, as many minutes begin:
 *
 * ```
 * Dagordning
 * 1. Föregående anteckningar
 * 2. Rektor informerar
 * 3. Övrigt
 *
 * 1. Föregående anteckningar
 * Godkändes.
 * ```
 *
 * Its numbered lines are no items: they are the header's text. They are told from items by what
 * surrounds them: an agenda heading (`AGENDA_WORDS`, alone on its line) above, two or more
 * numbered headings in a row with rising numbers and nothing but blank lines among them, and
 * then a heading that numbers from the start again (its number no higher than the last). Any
 * other line among or right after them — the text of an item — shows they were items after all,
 * and they are read as items, as before.
 *
 * `AgendaLines` stands between the lexer and the layout reader: it passes the tokens on in order,
 * holding back the numbered lines below an agenda heading until it knows what they are, and gives
 * an agenda's lines the type of a line of text. Once the first item begins it only passes tokens
 * on.
 */
export class AgendaLines {
  /** Whether the tokens are past the header: everything is passed on as it is. */
  #done = false;
  /** Whether an agenda heading has been seen and its numbered lines are being held. */
  #underHeading = false;
  readonly #held: IToken[] = [];
  #lastNumber = 0;
  /** Numbered lines below an agenda heading turned out to be items (`DocumentParts.agendaAsItems`). */
  readAsItems = false;

  constructor(private readonly emit: (token: IToken) => void) {}

  push(token: IToken): void {
    if (this.#done) {
      this.emit(token);
      return;
    }
    const isHeading = token.tokenType === ItemLine;
    if (!this.#underHeading) {
      if (isHeading) this.#done = true;
      else if (isAgendaHeading(token.image)) this.#underHeading = true;
      this.emit(token);
      return;
    }
    if (isHeading) {
      const number = headingNumber(token.image);
      if (this.#held.length === 0 || number > this.#lastNumber) {
        this.#held.push(token);
        this.#lastNumber = number;
        return;
      }
      // Numbered from the start again: the lines held are the agenda, when there are two or more.
      this.#release(this.#held.length >= 2);
      this.emit(token);
      return;
    }
    // Any other line: the lines held were items (or there were none).
    this.#release(false);
    this.emit(token);
  }

  /** The end of the text: lines still held were items. */
  finish(): void {
    if (!this.#done) this.#release(false);
  }

  #release(agenda: boolean): void {
    if (!agenda && this.#held.length > 0) this.readAsItems = true;
    for (const token of this.#held) {
      if (agenda) {
        token.tokenType = TextLine;
        token.tokenTypeIdx = TextLine.tokenTypeIdx as number;
      }
      this.emit(token);
    }
    this.#held.length = 0;
    this.#done = true;
  }
}

/** Whether a line (a token's image) is an agenda heading alone on its line: `Dagordning`, `AGENDA:`. */
export function isAgendaHeading(line: string): boolean {
  if (line.length > 30) return false;
  // Most lines begin with another letter, and are not looked up.
  const first = line.trimStart().charAt(0).toLowerCase();
  return AGENDA_STARTS.has(first) && AGENDA.has(keywordKey(line.replace(/:?\s*$/, '')));
}

const AGENDA: ReadonlySet<string> = new Set(AGENDA_WORDS);
const AGENDA_STARTS: ReadonlySet<string> = new Set(AGENDA_WORDS.map((word) => word.charAt(0)));

/** The number of an item heading's line: after invisible characters and a `§`, its digits. */
function headingNumber(line: string): number {
  let i = 0;
  while (i < line.length && !isDigit(line.charCodeAt(i))) i++;
  let n = 0;
  for (; i < line.length && isDigit(line.charCodeAt(i)); i++) n = n * 10 + (line.charCodeAt(i) - 48);
  return n;
}
