import { trimmedNode } from '../syntax/cstUtil';
import { memoByString } from '../text/memo';
import { textNode, type TextNode } from '../text/span';
import { isWhiteSpace } from '../text/whiteSpace';
import type { AttendanceSection } from './types';

/** What `splitNames` splits at: a comma, `och`, `samt`, `and`, `&` or `/` (`JB/PS`, `Ola Ek/Nils-Erik`). */
const NAME_SEPARATOR = /,|\s+(?:och|samt|and)\s+|\s*[&/]\s*/gi;
/** The words of a name that `splitNames` would split: `Kultur och fritid`, `Barn & utbildning`, `Miljö/bygg`. */
const JOINED = /\s(?:och|samt|and)\s|[&/]/i;

/**
 * The organisations and names of the attendance sections that hold `och`, `and` or `&` — Swedish
 * departments often do (`Kultur och fritid`) — in lower case: an assignee list is not split
 * inside them (`splitNames`).
 */
export function joinedNamesOf(sections: readonly AttendanceSection[]): string[] {
  const found = new Set<string>();
  for (const section of sections) {
    for (const attendee of section.attendees) {
      for (const node of [attendee.name, attendee.organisation]) {
        if (node && JOINED.test(node.text)) found.add(node.text.toLowerCase().replace(/\s+/g, ' '));
      }
    }
  }
  return [...found];
}

/**
 * Splits an assignee list — `Gitte Caous, Rickard Vidlund och Maria Reinholdsson` — at commas,
 * slashes and at the words `och`, `and` and `&`, keeping each name's exact place in the document. Not inside
 * one of `whole` (lower case, single-spaced: `joinedNamesOf`), which stays one name.
 */
export function splitNames(source: string, start: number, end: number, whole: readonly string[] = []): TextNode[] {
  // Most lists are one name: where no separator can stand, the name is the whole stretch.
  if (!maySeparate(source, start, end)) {
    const only = trimmedNode(source, start, end);
    return only.text ? [only] : [];
  }
  const names: TextNode[] = [];
  const text = source.slice(start, end);
  const kept = keptAndBracketed(text, whole);
  let next = 0;
  // One pass over the text finds every separator; the names are the stretches between them.
  const separator = NAME_SEPARATOR;
  separator.lastIndex = 0;
  let pieceStart = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    const at = m.index;
    // Separators come in text order: the stretches that end before this one are done with.
    while (next < kept.length && (kept[next]?.[1] ?? 0) <= at) next++;
    if (insideStretch(kept, next, at)) continue;
    // `Kultur- och fritidsförvaltningen`: after a word cut short with a hyphen, `och` joins the
    // parts of one compound name, as Swedish writes them, and does not part two names.
    if (text.charCodeAt(at - 1) === 45 /* - */ && /^\s+(?:och|samt|and)\s+$/i.test(m[0])) continue;
    // `Miljö/bygg`: before a word in lower case, a slash joins the parts of one name.
    if (m[0].includes('/') && /^\p{Ll}/u.test(text.slice(at + m[0].length, at + m[0].length + 1))) continue;
    const node = trimmedNode(source, start + pieceStart, start + m.index);
    if (node.text) names.push(node);
    pieceStart = m.index + m[0].length;
  }
  const last = trimmedNode(source, start + pieceStart, end);
  if (last.text) names.push(last);
  return names;
}

/**
 * Whether `NAME_SEPARATOR` may match in `[start, end)` of `source`: every match holds a comma,
 * an `&`, a `/`, or white space followed by more white space or by the `o`, `s` or `a` of `och`,
 * `samt`, `and`.
 * Read by character codes, once over the stretch (a name has few spaces).
 */
function maySeparate(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 44 /* , */ || c === 38 /* & */ || c === 47 /* / */) return true;
    if (isWhiteSpace(c) && i + 1 < end) {
      const next = source.charCodeAt(i + 1);
      const lower = next | 0x20;
      if (lower === 0x6f /* o */ || lower === 0x61 /* a */ || isWhiteSpace(next)) return true;
      // `samt` whole: a surname may begin with an s (`Eva Svensson`).
      if (lower === 0x73 /* s */ && isSamt(source, i + 1)) return true;
    }
  }
  return false;
}

/**
 * The stretches of `text` no separator splits, sorted by start: the joined names of `whole`, and
 * what stands in parentheses (`Sara Lind (Kultur och fritid)` is one name with a note; a `(`
 * left open runs to the end).
 */
function keptAndBracketed(text: string, whole: readonly string[]): [number, number][] {
  const kept = whole.length > 0 ? keptStretches(text, whole) : [];
  if (!text.includes('(')) return kept;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    let depth = 0;
    let close = text.length;
    for (let i = open; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 40 /* ( */) depth++;
      else if (c === 41 /* ) */ && --depth === 0) {
        close = i + 1;
        break;
      }
    }
    kept.push([open, close]);
    open = close - 1;
  }
  return kept.sort((a, b) => a[0] - b[0]);
}

/** Whether `samt` and white space or the end stand at `at`, in any case. */
function isSamt(source: string, at: number): boolean {
  return (
    (source.charCodeAt(at + 1) | 0x20) === 0x61 /* a */ &&
    (source.charCodeAt(at + 2) | 0x20) === 0x6d /* m */ &&
    (source.charCodeAt(at + 3) | 0x20) === 0x74 /* t */ &&
    (at + 4 >= source.length || isWhiteSpace(source.charCodeAt(at + 4)))
  );
}

/** Whether `at` lies inside one of the stretches from `from` on (sorted by start). */
function insideStretch(kept: readonly [number, number][], from: number, at: number): boolean {
  for (let i = from; i < kept.length; i++) {
    const stretch = kept[i];
    if (!stretch || stretch[0] >= at) return false;
    if (stretch[1] > at) return true;
  }
  return false;
}

/** A joined name as a pattern: any case, any run of white space between its words. */
const wholeNamePattern = memoByString((name) => new RegExp(name.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu'));

/** Where in `text` one of `whole` stands as a name of its own, sorted: `[start, end)` pairs. */
function keptStretches(text: string, whole: readonly string[]): [number, number][] {
  const stretches: [number, number][] = [];
  for (const name of whole) {
    const pattern = wholeNamePattern(name);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const end = m.index + m[0].length;
      // A name of its own: at the start or after a separator, and at the end or before one.
      if (separatedBefore(text, m.index) && separatedAfter(text, end)) stretches.push([m.index, end]);
      pattern.lastIndex = m.index + 1;
    }
  }
  return stretches.sort((a, b) => a[0] - b[0]);
}

/** Whether only white space, or white space and a separator, stands before `at`. */
function separatedBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  if (i === 0) return true;
  const c = text.charAt(i - 1);
  if (c === ',' || c === '&') return true;
  // `… och Kultur och fritid`: a joining word with white space before it (or the start).
  if (i === at) return false;
  // The joining word just before, alone: at the start or after white space. Read from the five
  // characters before only (the longest word and the space before it), as this runs for every
  // joined name of a list: no word is five long, so the start of that stretch is never mistaken
  // for the start of the text.
  return /(?:^|\s)(?:och|samt|and)$/i.test(text.slice(Math.max(0, i - 5), i));
}

/** Whether only white space, or white space and a separator, stands after `end`. */
function separatedAfter(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
  if (i === text.length) return true;
  const c = text.charAt(i);
  if (c === ',' || c === '&') return true;
  if (i === end) return false;
  return /^(?:och|samt|and)(?:\s|$)/i.test(text.slice(i, i + 5));
}

/**
 * The names of an assignee list (`splitNames`), each without the `@` that marks a mention
 * (`@Marcus`, `@Leila & @Robin`): the name is what follows it, in its place.
 */
export function assigneeNames(source: string, start: number, end: number, whole: readonly string[]): TextNode[] {
  const names = splitNames(source, start, end, whole);
  let mentions = false;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as TextNode;
    if (name.text.charCodeAt(0) !== 64 /* @ */) continue;
    names[i] = withoutMention(name);
    mentions = true;
  }
  // `@` alone names nobody.
  return mentions ? names.filter((name) => name.text !== '') : names;
}

/** A name without the `@` before it, and white space after that. */
function withoutMention(name: TextNode): TextNode {
  let at = 1;
  while (at < name.text.length && isWhiteSpace(name.text.charCodeAt(at))) at++;
  return textNode(name.text.slice(at), name.span.start + at, name.span.end);
}
