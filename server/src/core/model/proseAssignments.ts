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
 * The verb phrases alone. They are found quickly (no name to match at every position); only text
 * that has one is searched with the full patterns above.
 */
const TRIGGER = /\bi\s+uppdrag\b|\buppdras\b|\b(?:tasked|asked|assigned)\s+(?:with|to)\b/i;

export function findProseAssignments(joined: JoinedText, itemNumber: number): ProseAssignment[] {
  const found: ProseAssignment[] = [];
  const text = joined.text;
  if (!TRIGGER.test(text)) return found;
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1];
      const phrase = m[2];
      if (name === undefined || phrase === undefined || NOT_NAMES.has(name.toLowerCase())) continue;
      const nameStart = m.index + m[0].indexOf(name);
      const phraseStart = m.index + m[0].indexOf(phrase, name.length);
      const matchEnd = m.index + m[0].length;
      const sentenceStart = lastSentenceEnd(text, nameStart);
      const sentenceEnd = nextSentenceEnd(text, matchEnd);
      const task = text.slice(matchEnd, sentenceEnd).trim().replace(/[.!?]$/, '').trim();
      const src = (i: number) => joined.sourceOffset(i);
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
  return found.sort((a, b) => a.span.start - b.span.start);
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
