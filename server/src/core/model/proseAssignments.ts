import type { JoinedText } from './joinLines';
import type { ProseAssignment } from './types';

/**
 * Finds assignments written as prose — "Gitte Caous får i uppdrag att …", "Styrelsen ger
 * förvaltningen i uppdrag att …", "Eva is tasked with …" — so that a hint can suggest writing them
 * as action lines. A word like "uppdrag" alone ("uppdrag och bemanning") is not enough: the verb
 * phrase must be there.
 */

const NAME = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|af|av|von|van|de))*?)`;
const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`${NAME}\s+((?:får|fick|ges|gavs|erhåller|erhöll)\s+i\s+uppdrag)(?:\s+att)?`, 'gu'),
  new RegExp(String.raw`${NAME}\s+(uppdras)(?:\s+att)?`, 'gu'),
  new RegExp(String.raw`(?<=\bger\s+|\bgav\s+)([\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(i\s+uppdrag)(?:\s+att)?`, 'gu'),
  new RegExp(String.raw`${NAME}\s+((?:is|was|are|were)\s+(?:tasked|asked|assigned)\s+(?:with|to))`, 'gu'),
];

/** Words that start a sentence but are not a person or body to assign to. */
const NOT_NAMES = new Set(['hon', 'han', 'hen', 'de', 'vi', 'den', 'det', 'man', 'she', 'he', 'they', 'we', 'it', 'this', 'that', 'i', 'you', 'ni', 'du', 'jag']);

/**
 * The verb phrases alone. They are found quickly (no name to match at every position); only the
 * sentences that hold one are searched with the full patterns above.
 */
const TRIGGER = /\bi\s+uppdrag\b|\buppdras\b|\b(?:tasked|asked|assigned)\s+(?:with|to)\b/gi;

/**
 * The prose assignments of a paragraph (its lines joined), in text order. Each sentence with a
 * verb phrase is searched on its own: a name cannot reach across a sentence's end, and the full
 * patterns, which try a name at every capital letter, cost about 60 µs on a whole paragraph.
 */
export function findProseAssignments(joined: JoinedText, itemNumber: number): ProseAssignment[] {
  const found: ProseAssignment[] = [];
  const text = joined.text;
  TRIGGER.lastIndex = 0;
  for (let trigger = TRIGGER.exec(text); trigger; trigger = TRIGGER.exec(text)) {
    const start = lastSentenceEnd(text, trigger.index);
    const end = nextSentenceEnd(text, trigger.index + trigger[0].length);
    searchSentence(joined, start, end, itemNumber, found);
    // The whole sentence has been searched: go on after it.
    TRIGGER.lastIndex = Math.max(end, trigger.index + 1);
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** Adds the prose assignments of the sentence `[start, end)` of the joined text to `found`. */
function searchSentence(joined: JoinedText, start: number, end: number, itemNumber: number, found: ProseAssignment[]): void {
  const sentence = joined.text.slice(start, end);
  const src = (i: number) => joined.sourceOffset(start + i);
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const name = m[1];
      const phrase = m[2];
      if (name === undefined || phrase === undefined || NOT_NAMES.has(name.toLowerCase())) continue;
      const nameStart = m.index + m[0].indexOf(name);
      const phraseStart = m.index + m[0].indexOf(phrase, name.length);
      const matchEnd = m.index + m[0].length;
      const sentenceStart = lastSentenceEnd(sentence, nameStart);
      const sentenceEnd = nextSentenceEnd(sentence, matchEnd);
      const task = sentence.slice(matchEnd, sentenceEnd).trim().replace(/[.!?]$/, '').trim();
      found.push({
        assignee: { text: name, span: { start: src(nameStart), end: src(nameStart + name.length - 1) + 1 } },
        phrase: { text: phrase, span: { start: src(phraseStart), end: src(phraseStart + phrase.length - 1) + 1 } },
        task,
        span: { start: src(nameStart), end: src(phraseStart + phrase.length - 1) + 1 },
        sentence: { start: src(sentenceStart), end: src(Math.max(sentenceStart, sentenceEnd - 1)) + 1 },
        itemNumber,
      });
    }
  }
}

/** Index just after the end of the sentence before `index` (0 if none), skipping white space. */
function lastSentenceEnd(text: string, index: number): number {
  const re = /[.!?](?=\s)/g;
  let start = 0;
  for (let m = re.exec(text); m && m.index < index; m = re.exec(text)) start = m.index + 1;
  while (start < index && /\s/.test(text.charAt(start))) start++;
  return start;
}

/** Index just after the sentence-ending mark at or after `index`, or the text's end. */
function nextSentenceEnd(text: string, index: number): number {
  const re = /[.!?](?=\s|$)/g;
  re.lastIndex = index;
  const m = re.exec(text);
  return m ? m.index + 1 : text.length;
}
