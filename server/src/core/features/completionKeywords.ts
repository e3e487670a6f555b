import type { HeaderFieldKind, Lang, MeetingDocument } from '../model/types';
import { keywordLang } from '../syntax/keywordLookup';
import { ACTION_WORDS, DEADLINE_WORDS, DECISION_WORDS, FOOTER_WORDS, HEADER_KEYS, keywordKey, OWNER_WORDS, SECTION_WORDS, STATUS_WORDS } from '../syntax/keywords';
import { sortKey, type CompletionEntry, type CompletionKind } from './completionTypes';
import { numberedWithParagraphSign } from '../model/paragraphSign';

/** A keyword proposal before filtering: its label, what it inserts, its language. */
interface Keyword {
  readonly label: string;
  readonly insertText: string;
  readonly lang: Lang | undefined;
  readonly kind: CompletionKind;
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** One word per language: the first of each language in the list (`keywords.ts` lists the usual word first). */
function firstPerLanguage(words: readonly string[]): string[] {
  const chosen = new Map<string, string>();
  for (const word of words) {
    const lang = keywordLang(word) ?? 'both';
    if (!chosen.has(lang)) chosen.set(lang, word);
  }
  return [...chosen.values()];
}

const field = (word: string): Keyword => ({ label: `${capitalise(word)}:`, insertText: `${capitalise(word)}: `, lang: keywordLang(word), kind: 'keyword' });
const heading = (word: string): Keyword => ({ label: word.toUpperCase(), insertText: word.toUpperCase(), lang: keywordLang(word), kind: 'keyword' });

const BODY_KEYWORDS: readonly Keyword[] = [ACTION_WORDS, DECISION_WORDS].flatMap(firstPerLanguage).map(field);
const CONTINUATION_KEYWORDS: readonly Keyword[] = [OWNER_WORDS, DEADLINE_WORDS, STATUS_WORDS].flatMap(firstPerLanguage).map(field);
const SECTION_HEADINGS: readonly Keyword[] = [SECTION_WORDS.present, SECTION_WORDS.absent, SECTION_WORDS.substitutes, SECTION_WORDS.others].flatMap(firstPerLanguage).map(heading);
// Both Swedish recorder keywords: `Antecknat av` in anteckningar, `Vid protokollet` in a protokoll
// (`Vid anteckningarna` is read but not offered: `Antecknat av` says the same).
const FOOTER_KEYWORDS: readonly Keyword[] = [
  ...FOOTER_WORDS.recorder.filter((w) => keywordLang(w) === 'sv' && w !== 'vid anteckningarna'),
  ...firstPerLanguage(FOOTER_WORDS.recorder).filter((w) => keywordLang(w) === 'en'),
  ...firstPerLanguage(FOOTER_WORDS.adjusters),
].map(field);
const TITLES: readonly Keyword[] = [
  { label: 'Anteckningar', insertText: 'Anteckningar', lang: 'sv', kind: 'title' },
  { label: 'Protokoll', insertText: 'Protokoll', lang: 'sv', kind: 'title' },
  { label: 'Minutes', insertText: 'Minutes', lang: 'en', kind: 'title' },
];

/**
 * The keys of the fields the header does not have yet. `Plats och tid:` is not offered: it says
 * what `Datum:`, `Tid:` and `Plats:` say, and a header that has it has those (the date when one
 * is found in it).
 */
function headerKeys(document: MeetingDocument): Keyword[] {
  const used = new Set<HeaderFieldKind>(['timeAndPlace']);
  for (const f of document.headerFields) {
    used.add(f.kind);
    if (f.kind !== 'timeAndPlace') continue;
    used.add('time');
    used.add('place');
    if (f.date) used.add('date');
  }
  return (Object.keys(HEADER_KEYS) as Exclude<HeaderFieldKind, 'other'>[]).filter((kind) => !used.has(kind)).flatMap((kind) => firstPerLanguage(HEADER_KEYS[kind]).map(field));
}

/** What the start of a line may become, by where it stands. */
export interface KeywordQuery {
  readonly region: 'title' | 'header' | 'section' | 'item' | 'footer';
  /** The line directly above belongs to an action: `Ansvarig:`, `Senast:`, `Status:` first. */
  readonly afterAction: boolean;
  /** The cursor is in the last item and the document has no footer yet. */
  readonly footerMayFollow: boolean;
  /** The line is indented: only body keywords can stand there. */
  readonly indented: boolean;
}

/**
 * Keywords for the start of a line, filtered by the typed `prefix` (case-insensitive, NFC), those
 * of the document's language first. `group` offsets the sort groups so that other proposals
 * (known members in an attendance section) can come before.
 */
export function keywordEntries(document: MeetingDocument, prefix: string, query: KeywordQuery, group: number): CompletionEntry[] {
  const lists: (readonly Keyword[])[] = [];
  switch (query.region) {
    case 'title':
      lists.push(TITLES);
      break;
    case 'header':
      if (!query.indented) lists.push(headerKeys(document), SECTION_HEADINGS);
      break;
    case 'section':
      if (!query.indented) lists.push(SECTION_HEADINGS, headerKeys(document));
      break;
    case 'item':
      lists.push(...(query.afterAction ? [CONTINUATION_KEYWORDS, BODY_KEYWORDS] : [BODY_KEYWORDS, CONTINUATION_KEYWORDS]));
      if (query.footerMayFollow && !query.indented) lists.push(FOOTER_KEYWORDS);
      break;
    case 'footer':
      if (!query.indented) lists.push(FOOTER_KEYWORDS);
      break;
  }
  const typed = keywordKey(prefix);
  const entries: CompletionEntry[] = [];
  let index = 0;
  lists.forEach((list, listIndex) => {
    for (const keyword of list) {
      index++;
      const key = keywordKey(keyword.label.replace(/:$/, ''));
      // A title or heading typed out in full has nothing left to complete.
      if (!key.startsWith(typed) || (typed !== '' && keyword.label === keyword.insertText && key === typed)) continue;
      const foreign = keyword.lang !== undefined && keyword.lang !== document.language ? 1 : 0;
      entries.push({ label: keyword.label, kind: keyword.kind, insertText: keyword.insertText, sortText: sortKey(group + listIndex, foreign, index) });
    }
  });
  return entries;
}

/** The heading of the next item: `7. ` after item 6, or `§ 47 ` in a protokoll numbered with `§`. */
export function nextItemEntry(document: MeetingDocument, typedDigits: string, newItemWord: string, group: number): CompletionEntry | undefined {
  const first = document.items[0];
  const paragraphSign = first !== undefined && numberedWithParagraphSign(first);
  const next = document.items.reduce((max, item) => Math.max(max, item.number), 0) + 1;
  if (!String(next).startsWith(typedDigits)) return undefined;
  const label = paragraphSign ? `§ ${next}` : `${next}.`;
  return { label, kind: 'itemNumber', insertText: `${label} `, description: newItemWord, sortText: sortKey(group, 0, 0) };
}
