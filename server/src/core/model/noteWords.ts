import { wordKey } from './noteTokens';

/**
 * The words an attendance note is read with, Swedish and English, each with what it does to the
 * item reference after it (see `noteReading.ts` and docs/language.md §3.4). A word or phrase not
 * listed here is not understood: before an item reference it leaves that reference without a
 * limit, kept as written.
 */

/** What a note says about the items it names: present from, up to, except at, only at them. */
export type LimitMode = 'from' | 'to' | 'except' | 'only';

export type NoteWord =
  /**
   * Words that give the item reference after them its meaning. `bare`: the item word may be left
   * out after them (`from 4`, `ej 3`); not after the words of a moment (`arrived at`, `kom vid`),
   * where a number may be a time.
   */
  | { readonly role: 'lead'; readonly mode: LimitMode; readonly bare: boolean }
  /**
   * `jäv`, `interest`: a conflict of interest, absent at the item (`jäv p 4`, `declared an
   * interest in item 3`). Kept as free text, as the reason is worth publishing; an item in the
   * same part that stands alone, or after words of being there or unknown ones, is read as
   * "except" too (`p 4 (jäv)`).
   */
  | { readonly role: 'conflict' }
  /** `efter`, `after`: the item before which or after which (`after item 3`). */
  | { readonly role: 'shift'; readonly dir: 'before' | 'after'; readonly bare: boolean }
  /** `under`, `vid`, `during`, `at`, `for`: between the words and the item, changes nothing. */
  | { readonly role: 'connector' }
  /** `mötet`, `the meeting`: what the words are about, changes nothing. */
  | { readonly role: 'filler' }
  /** Took part remotely. `alone`: only when no word the reader does not know follows (`Teams`, not `Teams coordinator`). */
  | { readonly role: 'remote'; readonly alone: boolean }
  /** `p`, `punkt`, `item`: the word before an item number. */
  | { readonly role: 'item' }
  /** `kl`, `klockan` before a number: a clock time (`kl 13`, `kl. 13.40`). */
  | { readonly role: 'clock' }
  /** `och`, `and`: joins numbers into a list, otherwise nothing. */
  | { readonly role: 'and' }
  /** After the items, what they mean (`item 2 onwards`); `only` after the items is the lead `only` (`for item 4 only`). */
  | { readonly role: 'trail'; readonly mode: 'from' };

const lead = (mode: LimitMode, bare: boolean): NoteWord => ({ role: 'lead', mode, bare });

/** Every word and phrase, written as a secretary writes it; dots and case do not matter. */
const WORDS: readonly (readonly [NoteWord, readonly string[]])[] = [
  [{ role: 'item' }, ['p', 'pkt', 'punkt', 'punkten', 'punkter', 'punkterna', 'item', 'items', 'agenda item', 'agenda items']],
  [lead('from', true), ['from', 'fr o m', 'från och med', 'fran och med', 'från', 'fran', 'fro']],
  // Arriving and coming back; leaving (`gick hem`, `left early`: `hem`, `early` are fillers).
  [
    lead('from', false),
    [
      'anslöt', 'ansluter', 'anslöt till', 'ankom', 'ankom till', 'anlände', 'anlände till', 'kom', 'kom in', 'kom till', 'tillkom', 'återkom', 'kom tillbaka',
      'joined', 'joins', 'rejoined', 'arrived', 'arrives', 'came', 'came in', 'came back', 'returned', 'entered',
    ],
  ],
  [lead('to', true), ['to', 'tom', 't o m', 'till och med', 'till', 'until', 'up to']],
  [lead('to', false), ['lämnade', 'lämnar', 'gick', 'går', 'avgick', 'avvek', 'left', 'leaves', 'departed', 'went']],
  [
    lead('except', true),
    [
      'ej', 'inte', 'utom', 'förutom', 'except', 'not',
      'ej närvarande', 'inte närvarande', 'utom närvarande', 'förutom närvarande', 'except present', 'not present',
      'frånvarande', 'förhinder', 'förhindrad', 'absent',
    ],
  ],
  // Away for the items named, not from them on: `excused from item 2`, `left the room for item 3`.
  [
    lead('except', false),
    [
      'lämnade lokalen', 'lämnade rummet', 'lämnade salen', 'lämnade sammanträdesrummet',
      'excused', 'excused from', 'absent from', 'withdrew', 'withdrew from', 'withdrew for', 'recused', 'recused from',
      'left the room', 'left the chamber', 'did not attend', 'did not take part in', 'took no part in',
    ],
  ],
  [{ role: 'conflict' }, ['jäv', 'jävig', 'jävet', 'interest', 'interests']],
  // Being there: before the items, only at them; before `from`, `to`, `digitalt`, nothing more (`närvarande fr.o.m. p 3`).
  [lead('only', false), ['endast', 'enbart', 'bara', 'only', 'närvarande', 'närvarade', 'närvarar', 'deltog', 'deltar', 'present', 'attended', 'attending', 'participated', 'participating']],
  [{ role: 'shift', dir: 'after', bare: true }, ['efter', 'after']],
  // A number after `före`, `before` must have its item word: `left before 9` is a time.
  [{ role: 'shift', dir: 'before', bare: false }, ['före', 'innan', 'before', 'prior to']],
  [{ role: 'connector' }, ['vid', 'under', 'at', 'for', 'för', 'during', 'i', 'in', 'av', 'om', 'of']],
  [
    { role: 'filler' },
    [
      'mötet', 'sammanträdet', 'sammankomsten', 'början', 'slutet', 'dagen', 'hem', 'sent', 'tidigt', 'senare',
      'the', 'meeting', 'start', 'beginning', 'end', 'home', 'late', 'early', 'later',
      // What a person takes no part in: `deltog ej i handläggningen av p 5`, `withdrew for the discussion of item 5`.
      'handläggningen', 'behandlingen', 'beslutet', 'besluten', 'beslutsfattandet', 'ärendet', 'ärendena', 'överläggningen', 'överläggningarna', 'beredningen',
      'discussion', 'debate', 'vote', 'voting', 'consideration', 'decision',
    ],
  ],
  [{ role: 'clock' }, ['kl', 'klockan']],
  [
    { role: 'remote', alone: false },
    [
      'digitalt', 'digital', 'på distans', 'distans', 'remote', 'remotely', 'online', 'virtually', 'virtual',
      'via länk', 'på länk', 'per länk', 'via videolänk', 'per videolänk', 'via video', 'per video', 'via teams', 'via microsoft teams', 'via zoom', 'via skype',
      'via telefon', 'per telefon', 'på telefon',
      'via phone', 'via telephone', 'via video link', 'via videolink', 'via link',
      'by phone', 'by telephone', 'by video', 'by video link', 'by zoom', 'by teams',
      'on phone', 'on the phone', 'over the phone', 'on video', 'on zoom', 'on teams', 'on skype',
      'dialled in', 'dialed in', 'dialled-in', 'dialed-in', 'phoned in',
    ],
  ],
  [{ role: 'remote', alone: true }, ['videolänk', 'zoom', 'teams', 'microsoft teams', 'skype', 'telefon', 'phone', 'telephone', 'video link', 'videolink']],
  [{ role: 'and' }, ['och', 'and']],
  [{ role: 'trail', mode: 'from' }, ['onwards', 'onward', 'and onwards', 'och framåt', 'framåt', 'och senare']],
];

/**
 * The phrases of the words of these roles, as listed (for the editor's grammar,
 * `syntaxes/generate.mjs`, and completion); with `bareOnly`, only the words after which an item
 * number may stand without its item word (`from 4`, `ej 3`).
 */
export function notePhrases(roles: readonly NoteWord['role'][], bareOnly = false): string[] {
  return WORDS.filter(([word]) => roles.includes(word.role) && (!bareOnly || !('bare' in word) || word.bare)).flatMap(([, phrases]) => phrases);
}

const BY_PHRASE: ReadonlyMap<string, NoteWord> = new Map(WORDS.flatMap(([word, phrases]) => phrases.map((phrase) => [phrase.split(' ').map(wordKey).join(' '), word] as const)));

/** The longest phrase of the list, in words. */
export const LONGEST_PHRASE = Math.max(...[...BY_PHRASE.keys()].map((phrase) => phrase.split(' ').length));

/** What the phrase of these word keys (joined by single spaces) means, if it is listed. */
export function noteWord(phrase: string): NoteWord | undefined {
  return BY_PHRASE.get(phrase);
}
