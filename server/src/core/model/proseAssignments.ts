import { textNode } from '../text/span';
import { isWhiteSpace } from '../text/whiteSpace';
import { allowDecomposed } from '../syntax/keywords';
import type { JoinedText } from './joinLines';
import type { ProseAssignment } from './types';

/**
 * Finds assignments written as prose — "Gitte Caous får i uppdrag att …", "Styrelsen ger
 * förvaltningen i uppdrag att …", "Eva is tasked with …" — so that a hint can suggest writing them
 * as action lines. A word like "uppdrag" alone ("uppdrag och bemanning") is not enough: the verb
 * phrase must be there.
 */

/** What parts the names of a list, as between an action line's assignees: `,`, `och`, `samt`, `and`, `&`. */
const LIST_SEPARATOR_SOURCE = String.raw`\s*,\s*|\s+(?:och|samt|and)\s+|\s*&\s*`;

/**
 * A name of up to six words, or a Swedish compound written short (`Kultur- och
 * fritidsförvaltningen`, `Bygg- och miljönämnden`). The bound matters: with an open `*?`, a paragraph of capitalised
 * words and no sentence end made the pattern try every run of words from every capital letter,
 * which is quadratic (200 KB of "Eva Eva …" took minutes).
 */
const ONE_NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}'’]*-\s+(?:och|and)\s+[\p{L}\p{M}'’-]+|\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]*|af|av|von|van|de)){0,5}?)`;
/**
 * One name, or a list of up to six ("Eva Berg och Per Ström", "Jane Smith, Omar Khan and Tom
 * Reed"), parted as an action line's assignees are: the list is what the action gets.
 */
const NAME = String.raw`(${ONE_NAME}(?:(?:${LIST_SEPARATOR_SOURCE})${ONE_NAME}){0,5}?)`;
/**
 * Who a decision gives a task to, after the verb: one word of any case and up to three
 * capitalised ones (`förvaltningen`, `Kultur- och fritidsförvaltningen`, `kommundirektören och
 * ekonomichefen`), or a list of up to six such.
 */
const ONE_OBJECT = String.raw`[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}`;
const OBJECT = String.raw`(${ONE_OBJECT}(?:(?:${LIST_SEPARATOR_SOURCE})${ONE_OBJECT}){0,5}?)`;
/**
 * What a committee asks of itself in a meeting ("The Committee was asked to approve the
 * minutes", "Members were asked to note the report"), or a passive ("were asked to be submitted
 * in writing"), is no task for anyone. Verbs that also name real work (confirm, consider,
 * receive, resolve) are not in the list.
 */
const IN_MEETING = String.raw`(?!\s+(?:approve|note|agree|declare|endorse|adopt|ratify|elect|vote|welcome|be)\b)`;

/**
 * A cheap test per pattern, words the pattern cannot match without: each sentence with a verb
 * phrase is searched only with the patterns whose words it holds, and only as far as they
 * stand (the full patterns, with names and Unicode classes, cost about two microseconds each
 * even when they find nothing). Where a pattern begins with its words, the test is those words
 * as the pattern writes them (`ger` and white space, `får` and a capital letter), so that "Eva får
 * i uppdrag …" is not searched for the verb first. Global: asked from where the search goes on.
 */
const GIVEN_TASK = new RegExp(allowDecomposed(String.raw`(?:får|fick|ges|gavs|erhåller|erhöll)\s+i\s+uppdrag`), 'gi');
const UPPDRAS = /uppdras/gi;
const GIVE = /\b(?:ge|ger|gav|gett|givit)\s/g;
const UPPDRA_AT = new RegExp(allowDecomposed(String.raw`(?:uppdra|uppdrar|uppdrog|uppdragit)\s+åt`), 'g');
const ENGLISH = /tasked|asked|assigned/gi;
const GIVEN_NAME = new RegExp(allowDecomposed(String.raw`\b(?:får|fick|ges|gavs|erhåller|erhöll)\s+\p{Lu}`), 'gu');
const ENGLISH_VERB_FIRST = /asked|tasked/gi;

/**
 * The patterns, with which group is the name and which the phrase. The verbs match with
 * decomposed letters too (`allowDecomposed`), and names may hold combining marks. `subject`: the
 * names come first, as the sentence's subject; `gate`: the pattern's cheap test.
 */
export const PROSE_PATTERNS: readonly { readonly re: RegExp; readonly gate: RegExp; readonly subject: boolean; readonly name: number; readonly phrase: number }[] = [
  { re: new RegExp(allowDecomposed(String.raw`${NAME}\s+((?:får|fick|ges|gavs|erhåller|erhöll)\s+i\s+uppdrag)(?:\s+att)?`), 'dgu'), gate: GIVEN_TASK, subject: true, name: 1, phrase: 2 },
  { re: new RegExp(String.raw`${NAME}\s+(uppdras)(?:\s+att)?`, 'dgu'), gate: UPPDRAS, subject: true, name: 1, phrase: 2 },
  // A decision's wording: "Styrelsen ger förvaltningen i uppdrag att …", "att ge X i uppdrag att …".
  { re: new RegExp(String.raw`\b(?:ge|ger|gav|gett|givit)\s+${OBJECT}\s+(i\s+uppdrag)(?:\s+att)?`, 'dgu'), gate: GIVE, subject: false, name: 1, phrase: 2 },
  // "att uppdra åt förvaltningen att …".
  { re: new RegExp(allowDecomposed(String.raw`\b((?:uppdra|uppdrar|uppdrog|uppdragit)\s+åt)\s+${OBJECT}\s+att\b`), 'dgu'), gate: UPPDRA_AT, subject: false, name: 2, phrase: 1 },
  { re: new RegExp(String.raw`${NAME}\s+((?:is|was|are|were|(?:has|have|had)\s+been)\s+(?:tasked|asked|assigned)\s+(?:with|to))${IN_MEETING}`, 'dgu'), gate: ENGLISH, subject: true, name: 1, phrase: 2 },
  // The verb first, as Swedish puts it after an opening phrase ("Därefter fick Eva Berg i uppdrag
  // att …"), and as English puts it with a subject ("The board asked Per Ström to …").
  { re: new RegExp(allowDecomposed(String.raw`\b(?:får|fick|ges|gavs|erhåller|erhöll)\s+${NAME}\s+(i\s+uppdrag)(?:\s+att)?`), 'dgu'), gate: GIVEN_NAME, subject: false, name: 1, phrase: 2 },
  { re: new RegExp(String.raw`\b(?:asked|tasked)\s+${NAME}\s+(to|with)(?=\s)${IN_MEETING}`, 'dgu'), gate: ENGLISH_VERB_FIRST, subject: false, name: 1, phrase: 2 },
];

/** Words that open a sentence or a clause before its subject, with what follows them. */
const OPENER_WORDS = String.raw`(?:att|även|både|också|dessutom|därefter|sedan|beslut|that|also|both|then|resolved)(?![\p{L}\p{M}])[\s,:]*`;
const OPENER = new RegExp(`^${OPENER_WORDS}`, 'iu');
const OPENERS_ONLY = new RegExp(`^(?:${OPENER_WORDS})*$`, 'iu');

/**
 * Whether names found at `at` in `sentence` begin it: nothing but opening words stands between
 * the sentence's start and them (`Beslut: att Eva Berg och Per Ström får i uppdrag …`).
 */
export function beginsSentence(sentence: string, sentenceStart: number, at: number): boolean {
  return at === sentenceStart || OPENERS_ONLY.test(sentence.slice(sentenceStart, at));
}

/** The list separator as an expression of its own, to find where the last name of a list begins. */
const LIST_SEPARATOR = new RegExp(LIST_SEPARATOR_SOURCE, 'gu');

/**
 * Where the names that get the task begin, within the match's name group. A list of names as a
 * subject must begin the sentence ("Eva Berg och Per Ström får i uppdrag …"); one that begins
 * inside it takes in words of the clause before ("… inom GR och Gitte Caous får i uppdrag …"),
 * and only its last name is the subject.
 */
export function assigneeStart(name: string, subject: boolean, atSentenceStart: boolean): number {
  // A capitalised word that opens a sentence or clause is not a name: `Att Eva Berg och Per
  // Ström får …`, `Även Eva Berg …`, `Also, Tom Reed was asked …`.
  const opener = OPENER.exec(name);
  if (opener) return opener[0].length + assigneeStart(name.slice(opener[0].length), subject, true);
  if (!subject || atSentenceStart) return 0;
  let start = 0;
  LIST_SEPARATOR.lastIndex = 0;
  for (let m = LIST_SEPARATOR.exec(name); m; m = LIST_SEPARATOR.exec(name)) start = m.index + m[0].length;
  return start;
}

/**
 * Words that start a sentence but are not a person or body to assign to: pronouns, and words for
 * everyone or no one in particular ("Nobody was asked to leave", "Residents are asked to keep the
 * footpath clear", "Alla får i uppdrag att läsa in sig"), which no action line could name.
 */
const NOT_NAMES = new Set([
  'hon', 'han', 'hen', 'de', 'vi', 'den', 'det', 'man', 'she', 'he', 'they', 'we', 'it', 'this', 'that', 'i', 'you', 'ni', 'du', 'jag', 'oss', 'er', 'dem', 'honom', 'henne', 'mig', 'dig', 'sig', 'us', 'them', 'him', 'her', 'me',
  'nobody', 'no one', 'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody', 'all', 'all members', 'members', 'volunteers', 'residents', 'parents', 'people', 'staff', 'everyone present', 'those present',
  'alla', 'ingen', 'någon', 'samtliga', 'alla närvarande', 'var och en', 'medlemmarna', 'ledamöterna', 'deltagarna',
]);

/**
 * The verb phrases alone. They are found quickly (no name to match at every position); only the
 * sentences that hold one are searched with the full patterns above.
 */
const TRIGGER = new RegExp(allowDecomposed(String.raw`\bi\s+uppdrag\b|\buppdras\b|\buppdr(?:a|ar|og|agit)\s+åt\b|\b(?:tasked|asked|assigned)\s+(?:with|to)\b|\b(?:asked|tasked)\s`), 'gi');

/**
 * The prose assignments of a paragraph (its lines joined), in text order. Each sentence with a
 * verb phrase is searched on its own: a name cannot reach across a sentence's end, and the full
 * patterns, which try a name at every capital letter, cost about 60 µs on a whole paragraph.
 */
export function findProseAssignments(joined: JoinedText, itemNumber: number, joinedNames: readonly string[] = []): ProseAssignment[] {
  const found: ProseAssignment[] = [];
  const text = joined.text;
  const organisations = joinedNames.length > 0 ? joinedNamePattern(joinedNames) : undefined;
  TRIGGER.lastIndex = 0;
  for (let trigger = TRIGGER.exec(text); trigger; trigger = TRIGGER.exec(text)) {
    const start = lastSentenceEnd(text, trigger.index);
    const end = nextSentenceEnd(text, trigger.index + trigger[0].length);
    searchSentence(joined, start, end, itemNumber, found, organisations);
    // The whole sentence has been searched: go on after it.
    TRIGGER.lastIndex = Math.max(end, trigger.index + 1);
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The subject patterns for names of the attendance that hold `och`, `and` or `&` (`Kultur och
 * fritid`, `joinedNamesOf`), whose words after the first need not be capitalised: `Kultur och
 * fritid får i uppdrag att …`. Group 1: the name, group 2: the phrase. Made once per list.
 */
const joinedNamePatterns = new WeakMap<readonly string[], RegExp>();
function joinedNamePattern(names: readonly string[]): RegExp {
  let pattern = joinedNamePatterns.get(names);
  if (!pattern) {
    const alternatives = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    pattern = new RegExp(allowDecomposed(String.raw`(?<![\p{L}\p{M}])(${alternatives.join('|')})\s+((?:får|fick|ges|gavs|erhåller|erhöll)\s+i\s+uppdrag|uppdras)(?:\s+att)?`), 'giu');
    joinedNamePatterns.set(names, pattern);
  }
  return pattern;
}

/** One sentence of a joined text, as the assignments found in it need it. */
interface Sentence {
  readonly joined: JoinedText;
  /** Where the sentence's stretch starts in the joined text. */
  readonly start: number;
  /** The stretch itself: the whole sentence, as `findProseAssignments` cut it. */
  readonly text: string;
  readonly itemNumber: number;
}

/**
 * Adds the prose assignments of the sentence `[start, end)` of the joined text to `found`: those
 * of `PROSE_PATTERNS`, then those whose subject is a name of the attendance with `och`
 * (`organisations`, `joinedNamePattern`) that the patterns did not find.
 */
function searchSentence(joined: JoinedText, start: number, end: number, itemNumber: number, found: ProseAssignment[], organisations: RegExp | undefined): void {
  const text = joined.text.slice(start, end);
  // The stretch is one sentence, as `findProseAssignments` cut it: it starts after the last
  // sentence end before the verb phrase and its white space, and ends just after the first
  // sentence end after it (or at the text's end), so no sentence end stands inside it. Every
  // match in it has the whole stretch as its sentence (scanned again, it cost two walks over
  // the sentence per search).
  const sentence: Sentence = { joined, start, text, itemNumber };
  for (const pattern of PROSE_PATTERNS) {
    const { re, gate, subject } = pattern;
    re.lastIndex = 0;
    // A match holds its gate's word, so it can begin only where the word still stands ahead: the
    // search stops once none does (after the one match a sentence has, most of the time).
    for (;;) {
      gate.lastIndex = re.lastIndex;
      if (!gate.test(text)) break;
      const m = re.exec(text);
      if (!m) break;
      const group = m[pattern.name];
      const phrase = m[pattern.phrase];
      if (group === undefined || phrase === undefined) continue;
      // Where the groups stand (the `d` flag): the phrase comes first in some patterns.
      const groupStart = m.indices?.[pattern.name]?.[0] ?? m.index + m[0].indexOf(group);
      const skip = assigneeStart(group, subject, beginsSentence(text, 0, groupStart));
      const name = group.slice(skip);
      if (NOT_NAMES.has(name.toLowerCase())) continue;
      const phraseStart = m.indices?.[pattern.phrase]?.[0] ?? m.index + m[0].indexOf(phrase);
      found.push(assignment(sentence, name, groupStart + skip, phrase, phraseStart, m.index + m[0].length));
    }
  }
  if (!organisations) return;
  organisations.lastIndex = 0;
  for (let m = organisations.exec(text); m; m = organisations.exec(text)) {
    const name = m[1] ?? '';
    const phrase = m[2] ?? '';
    if (!beginsSentence(text, 0, m.index)) continue;
    const candidate = assignment(sentence, name, m.index, phrase, m.index + m[0].indexOf(phrase, name.length), m.index + m[0].length);
    // The patterns may have found it already (`Bygg- och miljönämnden uppdras …`).
    if (!found.some((p) => p.assignee.span.start === candidate.assignee.span.start && p.assignee.span.end === candidate.assignee.span.end)) found.push(candidate);
  }
}

/**
 * A prose assignment found in `sentence`: `name` at `nameStart` and `phrase` at `phraseStart` (in
 * the sentence's stretch), the task being the rest of the sentence after `matchEnd`.
 */
function assignment(sentence: Sentence, name: string, nameStart: number, phrase: string, phraseStart: number, matchEnd: number): ProseAssignment {
  const { joined, start, text } = sentence;
  const src = (i: number) => joined.sourceOffset(start + i);
  const assignee = { start: src(nameStart), end: src(nameStart + name.length - 1) + 1 };
  const phraseSpan = { start: src(phraseStart), end: src(phraseStart + phrase.length - 1) + 1 };
  return {
    assignee: textNode(name, assignee.start, assignee.end),
    phrase: textNode(phrase, phraseSpan.start, phraseSpan.end),
    task: withoutFinalMark(text.slice(matchEnd).trim()).trim(),
    // From the name to the end of the phrase, or from the phrase to the end of the name where the
    // phrase comes first ("uppdra åt förvaltningen att …").
    span: { start: Math.min(assignee.start, phraseSpan.start), end: Math.max(assignee.end, phraseSpan.end) },
    sentence: { start: src(0), end: src(Math.max(0, text.length - 1)) + 1 },
    itemNumber: sentence.itemNumber,
  };
}

/**
 * Index just after the end of the sentence before `index` (0 if none), skipping white space: the
 * last `.`, `!` or `?` before `index` with white space after it. Searched backwards, so the cost
 * is the sentence's length, not the text's.
 */
function lastSentenceEnd(text: string, index: number): number {
  let start = 0;
  for (let i = Math.min(index, text.length) - 1; i >= 0; i--) {
    if (isSentenceMark(text.charCodeAt(i)) && isWhiteSpace(text.charCodeAt(i + 1))) {
      start = i + 1;
      break;
    }
  }
  while (start < index && isWhiteSpace(text.charCodeAt(start))) start++;
  return start;
}

function isSentenceMark(code: number): boolean {
  return code === 46 /* . */ || code === 33 /* ! */ || code === 63 /* ? */;
}

/** `text` without a final `.`, `!` or `?`. */
function withoutFinalMark(text: string): string {
  return text.length > 0 && isSentenceMark(text.charCodeAt(text.length - 1)) ? text.slice(0, -1) : text;
}

/**
 * Index just after the sentence-ending mark at or after `index` (a `.`, `!` or `?` with white
 * space or the text's end after it), or the text's end.
 */
function nextSentenceEnd(text: string, index: number): number {
  for (let i = index; i < text.length; i++) {
    if (isSentenceMark(text.charCodeAt(i)) && (i + 1 === text.length || isWhiteSpace(text.charCodeAt(i + 1)))) return i + 1;
  }
  return text.length;
}
