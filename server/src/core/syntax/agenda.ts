import type { IToken } from 'chevrotain';
import { isWhiteSpace } from '../text/whiteSpace';
import { AGENDA_WORDS, keywordKey } from './keywords';
import { headingNumber } from './layout';
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
 * `AgendaLines` is asked by the reader of the tokens (`parse.ts`) about each token until the first
 * item begins (`done`), and then no more: it holds back the numbered lines below an agenda heading
 * until it knows what they are, and gives an agenda's lines the type of a line of text.
 */
export class AgendaLines {
  /** Whether the tokens are past the header: the reader no longer asks. */
  done = false;
  /** Whether an agenda heading has been seen and its numbered lines are being held. */
  #underHeading = false;
  readonly #held: IToken[] = [];
  #lastNumber = 0;
  /** Numbered lines below an agenda heading turned out to be items (`DocumentParts.agendaAsItems`). */
  readAsItems = false;

  /**
   * Whether `token` is taken here: held back, or handed to `visit` with the lines held before it
   * (once `done` is set, so that `visit` reads them as it reads any token). False for a token
   * the reader reads itself, as it stands.
   */
  take(token: IToken, visit: (token: IToken) => void): boolean {
    const isHeading = token.tokenType === ItemLine;
    if (!this.#underHeading) {
      if (isHeading) this.done = true;
      else if (isAgendaHeading(token.image)) this.#underHeading = true;
      return false;
    }
    if (isHeading) {
      const number = headingNumber(token.image, 0);
      if (this.#held.length === 0 || number > this.#lastNumber) {
        this.#held.push(token);
        this.#lastNumber = number;
        return true;
      }
      // Numbered from the start again: the lines held are the agenda, when there are two or more.
      this.#release(this.#held.length >= 2, visit);
      visit(token);
      return true;
    }
    // Any other line: the lines held were items (or there were none).
    this.#release(false, visit);
    visit(token);
    return true;
  }

  /** The end of the text: lines still held were items. */
  finish(visit: (token: IToken) => void): void {
    if (!this.done) this.#release(false, visit);
  }

  #release(agenda: boolean, visit: (token: IToken) => void): void {
    if (!agenda && this.#held.length > 0) this.readAsItems = true;
    this.done = true;
    for (const token of this.#held) {
      if (agenda) {
        token.tokenType = TextLine;
        token.tokenTypeIdx = TextLine.tokenTypeIdx as number;
      }
      visit(token);
    }
    this.#held.length = 0;
  }
}

/** Whether a line (a token's image) is an agenda heading alone on its line: `Dagordning`, `AGENDA:`. */
export function isAgendaHeading(line: string): boolean {
  if (line.length > 30) return false;
  let start = 0;
  while (start < line.length && isWhiteSpace(line.charCodeAt(start))) start++;
  // Most lines begin otherwise, and are not looked up: by their first letter, then their first three, in any case.
  const first = line.charCodeAt(start) | 0x20;
  if (first !== 0x64 /* d */ && first !== 0x66 /* f */ && first !== 0x61 /* a */) return false;
  if (!AGENDA_STARTS.has(line.slice(start, start + 3).toLowerCase())) return false;
  let end = line.length;
  while (end > start && isWhiteSpace(line.charCodeAt(end - 1))) end--;
  if (end > start && line.charCodeAt(end - 1) === 58 /* : */) end--;
  return AGENDA.has(keywordKey(line.slice(start, end)));
}

const AGENDA: ReadonlySet<string> = new Set(AGENDA_WORDS);
/** The first three letters of the agenda words (`dag`, `för`, `age`), and of `för` decomposed. */
const AGENDA_STARTS: ReadonlySet<string> = new Set(AGENDA_WORDS.flatMap((word) => [word.slice(0, 3), word.normalize('NFD').slice(0, 3)]));
