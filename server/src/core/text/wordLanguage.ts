import type { Lang } from '../model/types';

/**
 * The language of a few lines of text by their commonest words, for a document whose keywords
 * do not decide it (none, or as many of each language): `Sprint 47 Retrospective` / `- Shipped
 * the billing export two days early` is English, `Möte med gruppen` / `Vi gick igenom
 * budgeten` Swedish. Undefined when the words do not decide it either.
 *
 * Only words that are common in one language and not words of the other are counted (`for` and
 * `för` are; `i`, `in`, `an` are not).
 */
export function wordLanguage(texts: Iterable<string>): Lang | undefined {
  let sv = 0;
  let en = 0;
  let read = 0;
  for (const text of texts) {
    for (const match of text.matchAll(WORD)) {
      const word = match[0].toLowerCase();
      if (SWEDISH.has(word)) sv++;
      else if (ENGLISH.has(word)) en++;
      if (++read >= MOST_WORDS) return decide(sv, en);
    }
  }
  return decide(sv, en);
}

/** Enough words to tell the language; a long document costs no more. */
const MOST_WORDS = 2000;

const WORD = /[\p{L}\p{M}]+/gu;

function decide(sv: number, en: number): Lang | undefined {
  return sv > en ? 'sv' : en > sv ? 'en' : undefined;
}

const SWEDISH: ReadonlySet<string> = new Set([
  'och', 'att', 'är', 'för', 'med', 'som', 'på', 'till', 'av', 'det', 'den', 'inte', 'om', 'vi', 'har', 'ska', 'från', 'efter', 'också', 'eller',
  'möte', 'mötet', 'protokoll', 'anteckningar', 'minnesanteckningar', 'nästa', 'övriga', 'frågor', 'ärenden', 'punkt', 'dagordning', 'styrelsen', 'gruppen',
]);

const ENGLISH: ReadonlySet<string> = new Set([
  'the', 'and', 'to', 'of', 'is', 'for', 'with', 'that', 'on', 'was', 'be', 'are', 'will', 'at', 'by', 'we', 'have', 'from', 'after', 'also', 'or',
  'meeting', 'minutes', 'notes', 'next', 'other', 'business', 'any', 'matters', 'arising', 'agenda', 'item', 'items', 'report', 'update', 'welcome', 'went', 'well',
]);
