import { isCapital } from '../text/capitals';
import { isDigit } from '../text/digits';
import { isWhiteSpace } from '../text/whiteSpace';
import { textNode, type Span, type TextNode } from '../text/span';
import type { TextSource } from '../text/textSource';
import { trimmedNode } from '../syntax/cstUtil';
import { bodyDecisionPattern, bodyDecisionRunOnPattern, casedWordsPattern, dashActionPattern, RUN_ON_DECISION_WORDS } from '../syntax/keywords';
import { RUN_ON_LINK } from '../syntax/tokens';
import type { DecisionBlock } from './types';

/**
 * Readers for the inside of one line, working on offsets into the document so that every name,
 * number and date keeps its exact place. The lexer has already said what kind of line it is.
 */

/** `Key: value` → the key without its colon, and the trimmed value. */
export function readKeyValue(source: string, content: TextNode): { key: TextNode; value: TextNode } {
  const colon = content.text.indexOf(':');
  if (colon < 0) return { key: content, value: textNode('', content.span.end, content.span.end) };
  const key = trimmedNode(source, content.span.start, content.span.start + colon);
  const value = trimmedNode(source, content.span.start + colon + 1, content.span.end);
  return { key, value };
}

/**
 * An action keyword's line with a dash instead of a colon (`ActionDashLine`: `Action – Tom Reed
 * to book the hall`) → the keyword and what follows the dash.
 */
export function readDashAction(source: string, content: TextNode): { key: TextNode; value: TextNode } {
  DASH_ACTION_KEY.lastIndex = content.span.start;
  const m = DASH_ACTION_KEY.exec(source);
  if (!m?.[1]) return readKeyValue(source, content);
  const keyEnd = content.span.start + m[1].length;
  return { key: trimmedNode(source, content.span.start, keyEnd), value: trimmedNode(source, DASH_ACTION_KEY.lastIndex, content.span.end) };
}

/** At a line's content, as the lexer's `ActionDashLine` reads it: the keyword (group 1), the dash and the white space after it. */
const DASH_ACTION_KEY = new RegExp(`(?=${dashActionPattern('[^\\S\\r\\n]+')})(\\S+)[^\\S\\r\\n]+[-–—][^\\S\\r\\n]+`, 'y');

/**
 * A footer keyword's line (`FooterLine`) → its keyword and value: `Antecknat av: Eva Berg` as
 * `readKeyValue` reads it; a keyword alone on its line with a comma after it (`Respectfully
 * submitted,`) without the comma, and with no value.
 */
export function readFooterKeyword(source: string, content: TextNode): { key: TextNode; value: TextNode } {
  const read = readKeyValue(source, content);
  if (read.value.text !== '' || !read.key.text.endsWith(',')) return read;
  return { key: trimmedNode(source, read.key.span.start, read.key.span.end - 1), value: read.value };
}

/**
 * A decision line (`DecisionLine`, `DecisionWordLine`) → its keyword and its text: `Beslut: text`;
 * `Beslut` or `Beslut:` alone, with no text; or a keyword that runs into its sentence —
 * `RESOLVED that the minutes be approved` has the keyword `RESOLVED` and the text `that the minutes
 * be approved`, and a dash or comma between them (`RESOLVED – that …`) belongs to neither.
 */
export function readDecisionLine(source: string, content: TextNode): { key: TextNode; value: TextNode } {
  const runOn = runOnKeyword(source, content.span.start);
  if (!runOn) return readKeyValue(source, content);
  return { key: trimmedNode(source, content.span.start, runOn.keyEnd), value: trimmedNode(source, runOn.textStart, content.span.end) };
}

/**
 * A decision headed by the body that made it (`Kommunstyrelsens beslut`, `Nämndens beslut: att
 * …`; `bodyDecisionPattern`), at the start of a line's content: then a colon, or the line's end.
 */
const BODY_DECISION = new RegExp(`${bodyDecisionPattern('[^\\S\\r\\n]+')}[^\\S\\r\\n]*(?::|(?=[\\r\\n]|$))`, 'uy');

/** The body and its verb running into the decision's `att` (`Nämnden beslutar att …`; `bodyDecisionRunOnPattern`), at a line's content's start. */
const BODY_RUN_ON = new RegExp(bodyDecisionRunOnPattern('[^\\S\\r\\n]+'), 'uy');

/**
 * Where a body's decision that runs into its `att` (`Nämnden beslutar att godkänna budgeten`)
 * stands at `at`: the end of the verb and the start of the decision's text (its `att`).
 */
export function bodyRunOn(source: string, at: number): { keyEnd: number; textStart: number } | undefined {
  BODY_RUN_ON.lastIndex = at;
  if (!BODY_RUN_ON.test(source)) return undefined;
  const textStart = BODY_RUN_ON.lastIndex;
  let keyEnd = textStart;
  while (keyEnd > at && isWhiteSpace(source.charCodeAt(keyEnd - 1))) keyEnd--;
  return { keyEnd, textStart };
}

/**
 * Whether the line whose content is `[start, end)` may begin with a body's decision that runs into
 * its `att` (`bodyRunOn`), by character codes: a capital, the first word up to a space, then
 * `besl` or `har` (`beslutar`, `har beslutat`), in either case; or a hyphen before that space
 * (`Bygg- och miljönämnden beslutar att …`), which the expression decides. Most lines are let
 * through at their first word. (A tab between the body and its verb is not looked for.)
 */
export function mayRunOnDecision(source: string, start: number, end: number): boolean {
  if (!isCapital(source.charCodeAt(start))) return false;
  // The first space (`indexOf`, in native code) ends the body's first word.
  let at = source.indexOf(' ', start + 1);
  if (at < 0 || at >= end) return false;
  if (source.charCodeAt(at - 1) === 45 /* - */) return true;
  while (at < end && source.charCodeAt(at) === 32) at++;
  const b = source.charCodeAt(at) | 0x20;
  if (b === 104 /* h */) return (source.charCodeAt(at + 1) | 0x20) === 97 && (source.charCodeAt(at + 2) | 0x20) === 114;
  return b === 98 /* b */ && (source.charCodeAt(at + 1) | 0x20) === 101 && (source.charCodeAt(at + 2) | 0x20) === 115 && (source.charCodeAt(at + 3) | 0x20) === 108;
}

/** Whether a line's content, which starts at `start`, is a body's decision heading (`BODY_DECISION`). */
export function isBodyDecision(source: string, start: number): boolean {
  BODY_DECISION.lastIndex = start;
  return BODY_DECISION.test(source);
}

/**
 * Whether the stretch `[start, end)` of a line ends in `beslut` or a verb of `DECISION_VERBS`
 * (`beslutar`, `beslutade`, `beslöt`, `beslutat`), in any case, with perhaps a colon and white
 * space after it: the only lines of text that may be a body's decision heading alone on its
 * line, so that `isBodyDecision` is asked of few. By character codes: most lines are prose.
 */
export function endsInDecisionWord(source: string, start: number, end: number): boolean {
  let at = end;
  while (at > start && isWhiteSpace(source.charCodeAt(at - 1))) at--;
  if (at > start && source.charCodeAt(at - 1) === 58 /* : */) {
    at--;
    while (at > start && isWhiteSpace(source.charCodeAt(at - 1))) at--;
  }
  // `Xs beslut`, the shortest, is nine characters; the words are compared from their end, where most lines differ.
  if (at - start < 9) return false;
  // By the last letter, so that a line compares one word or none.
  switch (source.charCodeAt(at - 1) | 0x20) {
    case 116 /* t */:
      return endsWithWord(source, at, 'beslut') || endsWithWord(source, at, 'beslutat') || endsWithWord(source, at, 'beslöt');
    case 114 /* r */:
      return endsWithWord(source, at, 'beslutar');
    case 101 /* e */:
      return endsWithWord(source, at, 'beslutade');
    default:
      return false;
  }
}

/** Whether `source` has `word` (in lower case) just before `at`, in any case (`| 0x20` folds ASCII letters and `Ö`). */
function endsWithWord(source: string, at: number, word: string): boolean {
  for (let i = 1; i <= word.length; i++) if ((source.charCodeAt(at - i) | 0x20) !== word.charCodeAt(word.length - i)) return false;
  return true;
}

/** A decision keyword that runs into its sentence (group 1), and what stands before its `that` or `to`. */
const RUN_ON_KEYWORD = new RegExp(`(${casedWordsPattern(RUN_ON_DECISION_WORDS, true)})${RUN_ON_LINK}`, 'y');

/**
 * Where a decision keyword that runs into its sentence (`RESOLVED that …`, `IT WAS RESOLVED –
 * that …`, `RESOLVED to …`) stands at `at` in `text`: the end of the keyword and the start of the
 * sentence (its `that` or `to`); undefined where none does, as before a keyword with a colon.
 */
export function runOnKeyword(text: string, at: number): { keyEnd: number; textStart: number } | undefined {
  RUN_ON_KEYWORD.lastIndex = at;
  const m = RUN_ON_KEYWORD.exec(text);
  return m ? { keyEnd: at + (m[1] ?? '').length, textStart: at + m[0].length } : undefined;
}

/**
 * What stands between a decision's keyword and its text when the keyword runs into the sentence
 * (`RESOLVED that …`: ` `; `RESOLVED – that …`: ` – `; `AGREED, that …`: `, `), white space made
 * one space; undefined when the keyword is a label — with a colon, or alone on its line.
 */
export function runOnLink(source: TextSource, decision: DecisionBlock): string | undefined {
  const { keyword, text } = decision;
  if (text.text === '' || text.span.start <= keyword.span.end) return undefined;
  const between = source.slice(keyword.span.end, text.span.start);
  return /[:\r\n]/.test(between) ? undefined : between.replace(/\s+/g, ' ');
}

/** A bullet (`-`, `•`, `*`) or numbered (`2.`, `2)`) line → its marker and text. */
export function readMarker(source: string, content: TextNode): { marker: TextNode; text: TextNode } {
  const length = markerLength(content.text);
  return {
    marker: textNode(content.text.slice(0, length), content.span.start, content.span.start + length),
    text: trimmedNode(source, content.span.start + length, content.span.end),
  };
}

/** The length of the marker `^(?:[-•*]|\d{1,4}[.)])` at the start of `text` (0 without one), read by character codes. */
function markerLength(text: string): number {
  return markerLengthAt(text, 0, text.length);
}

/** The length of a list marker (`-`, `•`, `*`, `2.`, `2)`) at `start` in `[start, end)` of `source`; 0 without one. */
export function markerLengthAt(source: string, start: number, end: number): number {
  const first = start < end ? source.charCodeAt(start) : NaN;
  if (first === 45 /* - */ || first === 0x2022 /* • */ || first === 42 /* * */) return 1;
  let digits = 0;
  while (digits < 4 && start + digits < end && isDigit(source.charCodeAt(start + digits))) digits++;
  if (digits === 0 || start + digits >= end) return 0;
  const after = source.charCodeAt(start + digits);
  return after === 46 /* . */ || after === 41 /* ) */ ? digits + 1 : 0;
}


/**
 * The first separating dash in `[start, end)`, if any: an en or em dash, or a hyphen — or two,
 * as a dash is typed where there is no dash key — with white space before it and white space or
 * the end after it (what `/[–—]|(?<=\s)--?(?=\s|$)/` finds in the stretch). Read by character
 * codes: every action line is searched, and the expression cost a copy of the line and a match.
 */
export function findSeparator(source: string, start: number, end: number): Span | undefined {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x2013 /* – */ || c === 0x2014 /* — */) return { start: i, end: i + 1 };
    if (c !== 45 /* - */ || i === start || !isWhiteSpace(source.charCodeAt(i - 1))) continue;
    // Two hyphens first, as `--?` tries them; then one.
    if (i + 1 < end && source.charCodeAt(i + 1) === 45 && (i + 2 === end || isWhiteSpace(source.charCodeAt(i + 2)))) return { start: i, end: i + 2 };
    if (i + 1 === end || isWhiteSpace(source.charCodeAt(i + 1))) return { start: i, end: i + 1 };
  }
  return undefined;
}

/** A capitalised word of a name, initials (`JS`, `J.S.`) included. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/** A name's first word, which may be marked as a mention (`@Jane Smith to …`). */
const FIRST_NAME_WORD = `@?${NAME_WORD}`;
/**
 * Owners and task parted by `to`, as English minutes write actions without a dash: `Jane Smith to
 * circulate the minutes`, `JS and OK to draft a reply`, `@Jane to …`. The names are capitalised
 * words (up to six names of up to four words), the task starts with a lower-case word other than
 * `be` (`Thames Water to be chased` names who is to be chased, not who chases). Group 1: the names.
 */
const OWNERS_BEFORE_TO = new RegExp(
  String.raw`^(${FIRST_NAME_WORD}(?:\s+${NAME_WORD}){0,3}(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s*[&/]\s*)${FIRST_NAME_WORD}(?:\s+${NAME_WORD}){0,3}){0,5})\s+(to)\s+(?!be\s)(?=\p{Ll})`,
  'u',
);

/**
 * Where `Name to task` parts owners from task in `[start, end)` (an action line's text without a
 * dash), if it does: the names' span and where the task begins.
 */
export function findOwnersBeforeTo(source: string, start: number, end: number): { readonly names: Span; readonly taskStart: number } | undefined {
  const m = OWNERS_BEFORE_TO.exec(source.slice(start, end));
  if (!m || m[1] === undefined) return undefined;
  return { names: { start, end: start + m[1].length }, taskStart: start + m[0].length };
}

export interface AttendeeFields {
  /** Name, organisation, role …: the comma- or dash-separated fields outside parentheses. */
  readonly fields: readonly TextNode[];
  /**
   * The note: `text` is the text inside the first parenthesis — or, when further groups follow
   * it with only blanks between (`(ordförande) (digitalt från p 2)`), from inside the first to
   * inside the last; `groups` is the inside of every parenthesised group of the line, in order;
   * `closed` says whether the last group was closed.
   */
  readonly note?: { readonly text: TextNode; readonly closed: boolean; readonly groups: readonly TextNode[] };
}

/** Whether the dash at `at` stands between two numbers (`40–41`, `40 – 41`), within `[start, end)`. */
function isNumberRange(source: string, at: number, start: number, end: number): boolean {
  let before = at - 1;
  while (before > start && source.charCodeAt(before) === 32) before--;
  let after = at + 1;
  while (after < end - 1 && source.charCodeAt(after) === 32) after++;
  return before >= start && after < end && isDigit(source.charCodeAt(before)) && isDigit(source.charCodeAt(after));
}

/**
 * Splits an attendee line (`Pia Alhäll, Härryda (digitalt from p 4)`) into fields and a note.
 * Fields are parted by commas, dashes and tabs. Separators inside parentheses do not split; a
 * `(` without `)` makes the note run to the end of the line, and the caller reports it.
 */
export function readAttendeeFields(source: string, start: number, end: number): AttendeeFields {
  const fields: TextNode[] = [];
  let note: AttendeeFields['note'];
  let fieldStart = start;
  let i = start;
  // Empty fields are kept while reading (", Ale" has no name) and dropped from the end only; the
  // field a note interrupted is already pushed, so the stretch after the note adds nothing when empty.
  let afterNote = false;
  const pushField = (to: number) => {
    const node = trimmedNode(source, fieldStart, to);
    if (!(afterNote && node.text === '')) fields.push(node);
    afterNote = false;
  };
  // Tabs part fields in a line that also has spaces before its note (`Eva Hessman⇥Göteborg`):
  // there they stand for something else than the space between words. In a line typed with tabs
  // for every space (`Eva⇥Hessman⇥(digitalt from p 2)`), a tab is a space.
  let tabsPart: boolean | undefined;
  while (i < end) {
    // By character code: this reads every character of every attendance line.
    const c = source.charCodeAt(i);
    if (c === 40 /* ( */) {
      // Blank since the last group: this group continues the note (`(ordförande) (digitalt)`).
      const continues = note !== undefined && source.slice(fieldStart, i).trim() === '';
      if (!continues) pushField(i);
      const close = matchingParenthesis(source, i, end);
      const closed = close >= 0;
      const noteEnd = closed ? close : end;
      const group = trimmedNode(source, i + 1, noteEnd);
      if (!note) note = { text: group, closed, groups: [group] };
      else {
        // A later group is never dropped: its facts join the note's, and when it follows the
        // last one directly the note's text runs on to it.
        const text = continues ? trimmedNode(source, note.text.span.start, noteEnd) : note.text;
        note = { text, closed, groups: [...note.groups, group] };
      }
      i = closed ? close + 1 : end;
      fieldStart = i;
      afterNote = true;
      continue;
    }
    if (c === 9 /* tab */ && (tabsPart ??= spaceBeforeNote(source, start, end))) {
      // Columns pasted from a table (a spreadsheet, a Word table) are parted by tabs; a run of
      // them, spaces around included, is one separator.
      pushField(i);
      while (i < end && (source.charCodeAt(i) === 9 || source.charCodeAt(i) === 32)) i++;
      fieldStart = i;
      continue;
    }
    const spacedHyphen = c === 45 /* - */ && isWhiteSpace(source.charCodeAt(i - 1)) && (i + 1 >= end || isWhiteSpace(source.charCodeAt(i + 1)));
    // A dash between two numbers is a range (`§§ 40–41`, as a word processor writes `40-41`), no separator.
    const dash = (c === 0x2013 /* – */ || c === 0x2014) /* — */ && !isNumberRange(source, i, start, end);
    if (c === 44 /* , */ || dash || spacedHyphen) {
      pushField(i);
      fieldStart = i + 1;
    }
    i++;
  }
  pushField(end);
  while (fields.length > 0 && fields[fields.length - 1]?.text === '') fields.pop();
  return note ? { fields, note } : { fields };
}

/** Whether a space stands in `[start, end)` before its first `(`: worked out at the line's first tab only. */
function spaceBeforeNote(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 40 /* ( */) return false;
    if (c === 32) return true;
  }
  return false;
}

/** The `)` that closes the `(` at `open` (nested pairs counted), or -1 before `end`. */
function matchingParenthesis(source: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */ && --depth === 0) return i;
  }
  return -1;
}

/** Words that join the last names of a list (`Eva Berg, Ola Ek och Nils Holm`), in lower case. */
const JOINING_WORDS = ['och', 'samt', 'and', '&'];

/**
 * The entries of an attendance list written on its heading's line, `[start, end)` being the text
 * after the colon (`Karen Mitchell (Chair), James Brennan and Priya Sharma`): one span per person,
 * trimmed, parted by commas and semicolons — and by `och`, `samt`, `and` or `&` between two names
 * (also after a comma: `Tom Reed, and Ann Bell`) — outside parentheses, so that a note keeps its
 * commas (`Ola Ek (digitalt, från p 2)`). An entry with a separating dash outside parentheses
 * (`Bo Ek – Miljö och hälsa`) has an organisation, which may hold those words, and is not parted
 * at them. A full stop that ends the list (`Apologies: Tom Reed, Ann Bell.`) is left out. Each
 * character is looked at once or twice.
 */
export function attendanceEntries(source: string, start: number, end: number): Span[] {
  // `Apologies: received from Tom Reed and Ann Bell`: the words before the first name are no name.
  const lead = RECEIVED_FROM.exec(source.slice(start, Math.min(end, start + 40)));
  if (lead) start += lead[0].length;
  let last = end;
  while (last > start && isWhiteSpace(source.charCodeAt(last - 1))) last--;
  // `Bell.`, `(remote).`: a sentence's full stop, not the end of a name (`J.S.` keeps its own).
  if (source.charCodeAt(last - 1) === 46 /* . */ && /(?:\)|\p{Ll}\p{L})$/u.test(source.slice(Math.max(start, last - 3), last - 1))) last--;
  const entries: Span[] = [];
  let depth = 0;
  let pieceStart = start;
  for (let i = start; i <= last; i++) {
    const c = i < last ? source.charCodeAt(i) : 44; /* a comma ends the last piece */
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */ && depth > 0) depth--;
    else if ((c === 44 /* , */ || c === 59 /* ; */) && (depth === 0 || i === last)) {
      joinedEntries(source, pieceStart, i, entries);
      pieceStart = i + 1;
    }
  }
  return entries;
}

/** The words British minutes write before the names of those who sent apologies. */
const RECEIVED_FROM = /^\s*(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:received|given|sent)\s+(?:from|by)\s+|^\s*from\s+/i;

/** The entries of one piece of a one-line list between commas, parted at its joining words (`Ola Ek och Nils Holm`), into `out`. */
function joinedEntries(source: string, start: number, end: number, out: Span[]): void {
  const joins: Span[] = [];
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */ && depth > 0) depth--;
    else if (depth > 0) continue;
    // A dash between fields: an organisation follows, which may be `Miljö och hälsa`.
    else if (c === 0x2013 || c === 0x2014 || (c === 45 /* - */ && i > start && isWhiteSpace(source.charCodeAt(i - 1)) && (i + 1 === end || isWhiteSpace(source.charCodeAt(i + 1))))) return pushTrimmed(source, start, end, out);
    else if (i === start || isWhiteSpace(source.charCodeAt(i - 1))) {
      for (const word of JOINING_WORDS) {
        const after = i + word.length;
        if ((after === end || isWhiteSpace(source.charCodeAt(after))) && source.slice(i, after).toLowerCase() === word) {
          joins.push({ start: i, end: after });
          i = after - 1;
          break;
        }
      }
    }
  }
  let from = start;
  for (const join of joins) {
    pushTrimmed(source, from, join.start, out);
    from = join.end;
  }
  pushTrimmed(source, from, end, out);
}

/** `[start, end)` without the white space at its ends, into `out` when something is left. */
function pushTrimmed(source: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isWhiteSpace(source.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(source.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}
