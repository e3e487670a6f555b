/**
 * The words of the language, Swedish and English. Everything that recognises a keyword — the
 * lexer's token patterns and the AST builder's classification — reads these lists, so adding a
 * synonym is a one-line change here.
 */
import type { AttendanceKind, FooterKind, HeaderFieldKind } from '../model/types';
import { memoByString } from '../text/memo';

export const SECTION_WORDS: Readonly<Record<AttendanceKind, readonly string[]>> = {
  others: [
    'övriga närvarande', 'adjungerade', 'also present', 'in attendance', 'övriga deltagare', 'ej tjänstgörande ersättare',
    'övriga deltagande', 'närvarande tjänstepersoner', 'tjänstepersoner',
    // As English councils head their officers and guests.
    'also in attendance', 'officers present', 'officers in attendance', 'guests',
    // `Dessutom närvarande`: a protokoll's heading for officials and guests.
    'dessutom närvarande',
    // As English boards and charities head their paid staff.
    'staff in attendance',
    // A guest asked to one item, and a single co-opted member (`Adjungerad: Lars Grip (HSB)`).
    'by invitation', 'also attending', 'adjungerad',
  ],
  // `Närvarande ledamöter`, `Beslutande ledamöter`, `Tjänstgörande ersättare`: the headings of a formal protokoll.
  present: [
    'närvarande', 'present', 'attendees', 'deltagare', 'närvarande ledamöter', 'beslutande', 'members present', 'beslutande ledamöter', 'ledamöter',
    // English councils and boards: `Councillors present`, `Governors present`. Not `Attendance`,
    // which heads `Present: …` / `Apologies: …` lines of its own.
    'councillors present', 'governors present', 'trustees present', 'directors present',
    // Committees and boards; a parish council or a charity lists its members under their title
    // alone (`Councillors:`, `Trustees:`) or after `Present` (`Present (Trustees):`).
    'committee members present', 'board members present', 'councillors', 'trustees',
    'present (trustees)', 'present (councillors)', 'present (governors)',
    // As informal minutes head the list: `Attending: Sarah Doyle (chair), Dan Whitley`.
    'attending',
  ],
  absent: ['frånvarande', 'absent', 'apologies', 'frånvarande ledamöter', 'apologies for absence', 'anmält förhinder', 'frånvarande ersättare', 'apologies received',
    'ej närvarande', 'not present',
    // `Apols: Gemma Rowe, Rob Kent`, as informal English minutes shorten it.
    'apols'],
  substitutes: ['ersättare', 'substitutes', 'tjänstgörande ersättare', 'närvarande ersättare'],
};

export const HEADER_KEYS: Readonly<Record<Exclude<HeaderFieldKind, 'other'>, readonly string[]>> = {
  meeting: ['möte', 'meeting'],
  // `Sammanträdesdatum:` and `Sammanträdesdag:` head a nämnd's protokoll. `Datum och tid:` and
  // `Date and time:` hold the date with a time of day after it, which a date may have anyway.
  date: ['datum', 'date', 'sammanträdesdatum', 'mötesdatum', 'meeting date', 'sammanträdesdag', 'datum och tid', 'datum/tid', 'date and time', 'date/time'],
  // When and where in one field, as a protokoll heads it: `Plats och tid: Kommunhuset, 2025-02-18
  // kl. 18.00–20.45`. The first Swedish and the first English words are the usual ones.
  timeAndPlace: ['plats och tid', 'time and place', 'tid och plats', 'plats/tid', 'tid/plats', 'datum och plats', 'place and time', 'venue and date', 'date and venue'],
  time: ['tid', 'time'],
  place: ['plats', 'location', 'place', 'venue'],
  chair: ['ordförande', 'chair', 'chairperson', 'chairman'],
  secretary: ['sekreterare', 'secretary', 'clerk', 'minute taker', 'protokollförare', 'town clerk', 'parish clerk', 'antecknare'],
  // `Utses att justera:` as a protokoll names its adjusters.
  adjusters: ['justerare', 'adjuster', 'adjusters', 'utses att justera', 'justerande'],
};

/**
 * Header fields that minutes commonly carry and the language reads as written, with no meaning of
 * its own: no date, person or place is taken from them (`Justeringens plats och tid:` says when
 * the minutes are adjusted, not when the meeting was held). `unknown-header-field` is not reported
 * on them.
 */
export const PLAIN_HEADER_KEYS = [
  'justeringens plats och tid', 'justeringens tid och plats', 'justering', 'justeringsdatum', 'paragrafer', 'dnr', 'diarienummer', 'ärende', 'kallade', 'nästa möte', 'nästa sammanträde',
  'quorum', 'next meeting', 'date of next meeting', 'reference', 'ref', 'apologies received', 'in the chair',
];
/**
 * Plural headings of a list of actions (`Actions:` and bullets below it). On a line with text
 * after them they head one action, as the singular does.
 */
export const ACTION_LIST_WORDS = ['actions', 'action items', 'åtgärder'];
/**
 * Item titles that say the item lists actions (`4. Att göra till nästa möte`, `3. Action items`):
 * its bullet and numbered entries are actions, as under a bare `Actions:` line, up to the first
 * line of another kind. Only these titles as a whole (a colon after them allowed), in any case:
 * `Uppdrag och bemanning` is an item about something else.
 */
export const ACTION_LIST_TITLES = [...ACTION_LIST_WORDS, 'action points', 'to do', 'to-do', 'åtgärdslista', 'att göra', 'att göra till nästa möte', 'uppdrag', 'nya uppdrag'];
/**
 * `Åtgärd:` as many Swedish secretaries head an action; `Action item:` as English teams do;
 * `Action by:` as British minutes put the owner first (`Action by: JB – renew the lease`).
 */
export const ACTION_WORDS = ['uppdrag', 'action', 'åtgärd', 'action item', 'action by', ...ACTION_LIST_WORDS];
/** `Resolved:` as British minutes record a resolution, `Agreed:` as they record what was agreed. */
export const DECISION_WORDS = ['beslut', 'decision', 'resolved', 'agreed'];
/**
 * Action keywords that may be followed by a dash instead of a colon, as minutes also write an
 * action (`Action – Tom Reed to book the hall`, `ACTION - JS to circulate the minutes`, `Uppdrag –
 * Eva Berg – ring kommunen`): only in sentence case or in capitals, and with white space on both
 * sides of the dash, so that prose stays prose.
 */
export const DASH_ACTION_WORDS = ['uppdrag', 'action', 'åtgärd'];

/** Such a keyword (`DASH_ACTION_WORDS`) and its dash, with `space` for a run of white space; text follows. */
export function dashActionPattern(space: string): string {
  return `(?:${casedWordsPattern(DASH_ACTION_WORDS)})${space}[-–—]${space}(?=\\S)`;
}
/**
 * A decision keyword that heads a decision alone on its line without a colon, as a protokoll sets
 * its decision apart (`Beslut`, and the decision on the lines below it), and as British councils
 * set a resolution (`RESOLVED`, and `That …` below it). Only in sentence case or in capitals
 * (`casedWordsPattern`): a line of prose that wraps to leave `beslut` alone is no heading. Not
 * `Agreed`, which alone on a line is as often the minute's last word on a matter.
 */
export const BARE_DECISION_WORDS = ['beslut', 'resolved'];
/**
 * A decision headed by the body that made it, as a Swedish protokoll heads it: in the genitive
 * (`Kommunstyrelsens beslut`, `Nämndens beslut`, `Barn- och utbildningsnämndens beslut`), or
 * with the verb (`Nämnden beslutar`, `Årsmötet beslutade`, `Styrelsen beslöt`, `Mötet har
 * beslutat`), the decision's `att …` lines below — in sentence case or in capitals, as `Beslut`
 * alone is read. The expression's source, with `space` for a run of white space (the model's
 * reader and the grammar each give their own).
 */
export function bodyDecisionPattern(space: string): string {
  return casedBodyDecision(space, (lower, body, verbs) => `${body}(?:${lower ? 's' : 'S'}${space}${lower ? 'beslut' : 'BESLUT'}|${space}(?:${verbs}))`);
}

/**
 * The body and its verb running into the decision's own `att` on one line (`Nämnden beslutar att
 * godkänna budgeten`, `STYRELSEN BESLUTADE ATT …`): the body, the verb and the white space after
 * it, with the `att` after the match. The expression's source, with `space` as in
 * `bodyDecisionPattern`.
 */
export function bodyDecisionRunOnPattern(space: string): string {
  return casedBodyDecision(space, (lower, body, verbs) => `${body}${space}(?:${verbs})${space}(?=${lower ? 'att' : 'ATT'}${space})`);
}

/** Both casings (sentence case, capitals) of a body's decision: `make` joins the body's and the verbs' expressions. */
function casedBodyDecision(space: string, make: (lower: boolean, body: string, verbs: string) => string): string {
  const cased = (lower: boolean) => {
    const letters = lower ? '[\\p{Ll}\\p{M}]' : '[\\p{Lu}\\p{M}]';
    const and = lower ? '(?:och|samt)' : '(?:OCH|SAMT)';
    const body = `\\p{Lu}${letters}*(?:-${space}${and}${space}${letters}+)?`;
    const verbs = DECISION_VERBS.map((verb) => (lower ? verb : verb.toUpperCase()).replace(/ /g, space)).join('|');
    return make(lower, body, verbs);
  };
  return `(?:${cased(true)}|${cased(false)})`;
}

/** The verbs after the body that made a decision (`Nämnden beslutar`), as `bodyDecisionPattern` reads them. */
export const DECISION_VERBS = ['beslutar', 'beslutade', 'beslöt', 'har beslutat'];

/**
 * Keywords that run into the decision's own sentence, without a colon, when `that` or `to`
 * follows (`RESOLVED that …`, `IT WAS RESOLVED THAT …`, `AGREED – that …`, `RESOLVED to object …`),
 * as British councils and companies record resolutions. Only in sentence case or in capitals, so
 * that a line of prose wrapped before `resolved that` or `agreed to` stays prose; without either
 * word, a line such as `Resolved issues were discussed` is prose too.
 */
export const RUN_ON_DECISION_WORDS = ['resolved', 'agreed', 'it was resolved', 'it was agreed'];
/**
 * The sub-headings of a protokoll's paragraph, alone on their line (a colon after them allowed),
 * in sentence case or in capitals: `Ärendebeskrivning`, `Beslutsunderlag`, `Yrkanden`,
 * `Reservation` … Such a line is a paragraph of its own, never the first line of the text below
 * it, and it ends a decision above it. `Förslag till beslut` is one of them, not a decision.
 */
export const SUBHEADING_WORDS = [
  'ärendebeskrivning', 'sammanfattning', 'bakgrund', 'beslutsunderlag', 'förslag till beslut', 'yrkanden', 'propositionsordning', 'omröstning',
  'reservation', 'reservationer', 'protokollsanteckning', 'protokollsanteckningar', 'särskilt yttrande', 'beslutet skickas till', 'omedelbar justering',
  'expedieras till', 'beslutet expedieras till', 'protokollsutdrag till',
];
/**
 * The sub-headings of `SUBHEADING_WORDS` under which a protokoll lists things one to a line: the
 * documents a decision rests on, the recipients of the decision. Each line of the text below
 * such a heading is a paragraph of its own (`Tjänsteskrivelse 2025-03-24` / `Ekonomisk rapport`).
 */
export const LIST_SUBHEADING_WORDS = ['beslutsunderlag', 'beslutet skickas till', 'expedieras till', 'beslutet expedieras till', 'protokollsutdrag till'];
/**
 * The headings of the blocks a protokoll's first page holds besides the attendance — the places
 * to sign (`Underskrifter`) and the notice of the adjusted minutes (`ANSLAG/BEVIS`) — alone on
 * their line, a colon after them allowed. Copied from a PDF with the rest of the page, their lines
 * are header text, not attendees.
 */
export const PAGE_BLOCK_WORDS = ['underskrifter', 'underskrift', 'signatures', 'anslag/bevis', 'anslag / bevis', 'bevis om anslag', 'anslagsbevis', 'justeringsbevis', 'bevis/anslag', 'bevis / anslag'];
/**
 * The heading of a meeting's agenda written out above its items, alone on its line (a colon after
 * it allowed): `Dagordning` / `1. Föregående anteckningar` / `2. Ekonomi` … (`agenda.ts`). Like the
 * blocks of a protokoll's first page, it ends an attendance list above it.
 */
export const AGENDA_WORDS = ['dagordning', 'föredragningslista', 'agenda'];
/**
 * Words for everyone at the meeting as an action's owners (`Uppdrag: Samtliga – läsa in
 * handlingarna`, `Action: All – read the report`): no one person, and no name to look up.
 */
export const EVERYONE_WORDS = [
  'samtliga', 'alla', 'samtliga närvarande', 'alla närvarande', 'samtliga ledamöter', 'alla ledamöter', 'hela gruppen', 'gruppen',
  'all', 'everyone', 'everybody', 'all members', 'all present', 'everyone present', 'all trustees', 'all councillors', 'all governors', 'all directors',
];
export const OWNER_WORDS = ['ansvarig', 'ansvariga', 'owner', 'owners'];
export const DEADLINE_WORDS = ['senast', 'due', 'klart', 'deadline'];
export const STATUS_WORDS = ['status'];

export const FOOTER_WORDS: Readonly<Record<FooterKind, readonly string[]>> = {
  // `Vid anteckningarna`: as `Vid protokollet` is written under anteckningar. `Respectfully
  // submitted,`: the secretary's closing line of English minutes, with the name below it.
  recorder: ['antecknat av', 'vid protokollet', 'vid anteckningarna', 'minutes taken by', 'recorded by', 'respectfully submitted'],
  adjusters: ['justeras', 'justerat', 'approved', 'approved by'],
};

/**
 * Footer keywords that are a closing formula rather than a label (`Respectfully submitted,`): the
 * published minutes give them their comma before the name, as a letter's close has it.
 */
export const CLOSING_FOOTER_WORDS: readonly string[] = ['respectfully submitted'];

/**
 * Every word a keyword line's pattern (tokens.ts) begins with: attendance headings, actions,
 * decisions with and without a colon, sub-headings, owners, deadlines, status, footer and header
 * keywords. The lexer's fast path for prose (`proseLinePattern.ts`) leaves a line that begins
 * with one of them to the patterns; a line pattern with words of its own must add them here.
 */
export const KEYWORD_LINE_WORDS: readonly string[] = [
  ...Object.values(SECTION_WORDS).flat(),
  ...ACTION_WORDS,
  ...DECISION_WORDS,
  ...BARE_DECISION_WORDS,
  ...RUN_ON_DECISION_WORDS,
  ...SUBHEADING_WORDS,
  ...OWNER_WORDS,
  ...DEADLINE_WORDS,
  ...STATUS_WORDS,
  ...Object.values(FOOTER_WORDS).flat(),
  ...Object.values(HEADER_KEYS).flat(),
];

/** Words that only one of the two languages uses; they decide the document's language. */
export const SWEDISH_MARKERS = [
  ...SECTION_WORDS.present.slice(0, 1),
  'frånvarande',
  'datum',
  'plats',
  'uppdrag',
  'beslut',
  'antecknat av',
  'senast',
  'möte',
];
export const ENGLISH_MARKERS = ['present', 'absent', 'date', 'location', 'action', 'decision', 'minutes taken by', 'due', 'meeting'];

/** Lower-cased, NFC, single-spaced: the form keywords are compared in. Keywords repeat, so it is memoised. */
export const keywordKey: (text: string) => string = memoByString((text) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim(), 1000);

/**
 * The letters of keywords that may be written decomposed, each with its decomposed spelling (the
 * base letter and a combining mark): å, ä and ö, and Å, Ä and Ö for an expression without the `i`
 * flag. `allowDecomposed` and the lexer's fast path for prose (`proseLinePattern.ts`) read it.
 */
export const DECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  å: 'a\u030a',
  ä: 'a\u0308',
  ö: 'o\u0308',
  Å: 'A\u030a',
  Ä: 'A\u0308',
  Ö: 'O\u0308',
};

/** Each of `DECOMPOSED_LETTERS` as an expression's source that matches either spelling. */
const DECOMPOSED: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(DECOMPOSED_LETTERS).map(([letter, decomposed]) => [letter, `(?:${letter}|${[...decomposed].map((c) => (c.charCodeAt(0) < 0x80 ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('')})`]),
);

/**
 * A regular expression's `source` in which å, ä and ö (outside character classes) also match
 * their decomposed forms — a + ring, a + diaeresis, o + diaeresis — as text pasted from macOS or
 * from a PDF often has them; so do Å, Ä and Ö. With the `i` flag, either case is matched both ways.
 */
export function allowDecomposed(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      out += c + source.charAt(i + 1);
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else {
      out += DECOMPOSED[c] ?? c;
    }
  }
  return out;
}

/**
 * A regular-expression source matching any of `words`, case-insensitively handled by the caller's
 * `i` flag. Å, Ä and Ö also match their decomposed forms (A + combining ring or diaeresis), so a
 * keyword typed on a system that writes NFD is still a keyword. The words of a keyword may be
 * parted by any horizontal white space: word processors put a non-breaking space in
 * `Antecknat av` and `ÖVRIGA NÄRVARANDE`.
 */
export function wordsPattern(words: readonly string[]): string {
  const escape = (w: string) => allowDecomposed(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[^\\S\\r\\n]+'));
  // Grouped by first letter, longest first within each (`n(?:ärvarande ledamöter|ärvarande)|…`):
  // the same words — no two groups can match at one place — but a line that starts with none of
  // their letters fails at one test instead of one per word (the lexer offers most lines of prose
  // to the attendance headings' forty words). A one-letter word would leave an empty rest, which
  // matches that letter alone.
  const byFirst = new Map<string, string[]>();
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const first = word.charAt(0);
    const group = byFirst.get(first);
    if (group) group.push(word.slice(1));
    else byFirst.set(first, [word.slice(1)]);
  }
  return [...byFirst]
    .map(([first, rests]) => (rests.length === 1 ? escape(first + rests[0]) : `${escape(first)}(?:${rests.map(escape).join('|')})`))
    .join('|');
}

/**
 * `wordsPattern` for words written in sentence case or in capitals only (`Beslut`, `BESLUT`; not
 * `beslut`), for an expression without the `i` flag: a heading or a keyword without a colon is told
 * from a line of prose by its capital. Å, Ä and Ö also match their decomposed forms. With
 * `lastShouted`, words of more than one may also have only their last in capitals, as British
 * minutes write `It was RESOLVED that …` (`casedSpellings`).
 */
export function casedWordsPattern(words: readonly string[], lastShouted = false): string {
  return wordsPattern(words.flatMap((word) => casedSpellings(word, lastShouted)));
}

/** The spellings `casedWordsPattern` reads: `Beslut`, `BESLUT`; `It was resolved`, `IT WAS RESOLVED`, and with `lastShouted` `It was RESOLVED`. */
export function casedSpellings(word: string, lastShouted = false): string[] {
  const sentence = word.charAt(0).toUpperCase() + word.slice(1);
  const space = word.lastIndexOf(' ');
  const shouted = !lastShouted || space < 0 ? [] : [sentence.slice(0, space + 1) + word.slice(space + 1).toUpperCase()];
  return [sentence, word.toUpperCase(), ...shouted];
}

/**
 * Roles that may stand in an attendee's second field (`Maria Standar, sekreterare`): there they
 * are the role, not an organisation. In a row parted by tabs, as pasted from a Word table, one may
 * also stand before the name (`Ordförande⇥Eva Berg (S)`).
 */
export const ROLE_WORDS = [
  'ordförande', 'vice ordförande', '1:e vice ordförande', '2:e vice ordförande', 'sekreterare', 'ledamot', 'ersättare',
  'justerare', 'adjungerad', 'tjänstgörande ersättare', 'protokollförare', 'föredragande', 'sakkunnig', 'kassör', 'vice kassör', 'revisor',
  'förbundssekreterare', 'nämndsekreterare', 'kommunsekreterare', 'kommundirektör', 'förvaltningschef', 'registrator',
  'chair', 'chairperson', 'vice chair', 'deputy chair', 'secretary', 'member', 'substitute', 'treasurer', 'observer', 'minute taker', 'auditor', 'clerk',
  // The officers of English councils, boards, schools and companies.
  'chairman', 'chairwoman', 'vice chairman', 'vice-chair', 'president', 'vice president', 'mayor', 'deputy mayor', 'town clerk', 'parish clerk', 'deputy clerk',
  'rfo', 'responsible financial officer', 'executive director', 'chief executive', 'ceo', 'director', 'dean', 'headteacher', 'head teacher',
  'company secretary', 'governor', 'trustee',
  // Officers of a Swedish förvaltning and English staff, as one word.
  'controller', 'ekonom', 'jurist', 'utredare', 'handläggare', 'rektor', 'councillor', 'officer', 'manager', 'adviser', 'advisor',
  'consultant', 'coordinator', 'co-ordinator', 'accountant', 'administrator', 'principal',
  // A church's and a club's officers.
  'kyrkoherde', 'komminister', 'präst', 'diakon', 'kantor', 'pastor', 'vicar', 'rector', 'curate', 'churchwarden', 'captain', 'coach', 'tränare', 'lagledare',
];

/**
 * Abbreviations of role words, as a protokoll writes them in a list (`Eva Berg (ordf.)`, `Bo Ek,
 * v. ordf.`), by the word they stand for. Looked up without their full stops and with single
 * spaces (`v.ordf.`, `v. ordf.` and `v ordf` are one).
 */
export const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ordf: 'ordförande',
  'v ordf': 'vice ordförande',
  'vice ordf': 'vice ordförande',
  '1:e v ordf': '1:e vice ordförande',
  '2:e v ordf': '2:e vice ordförande',
  sekr: 'sekreterare',
  ers: 'ersättare',
  'tjg ers': 'tjänstgörande ersättare',
};

/**
 * Endings of Swedish roles written as one word (`ekonomichef`, `HR-chef`, `planarkitekt`,
 * `miljöstrateg`, `nämndsekreterare`): a word with one of these endings is a role, as no
 * organisation's name ends so (theirs end in `-förvaltningen`, `-kontoret`, `-nämnden`).
 */
export const ROLE_ENDINGS = [
  'chef', 'direktör', 'sekreterare', 'ordförande', 'arkitekt', 'strateg', 'handläggare', 'samordnare', 'controller', 'ekonom', 'jurist',
  'utredare', 'ansvarig', 'ledamot', 'ersättare', 'assistent', 'rådgivare', 'inspektör', 'ingenjör', 'planerare', 'specialist', 'kassör', 'revisor',
  'herde', 'präst', 'pedagog', 'tränare', 'ledare',
];

/**
 * Words before a role that make another role of it: `vice-chairman`, `Deputy Headteacher`,
 * `Acting Clerk`, `tf förvaltningschef`, `biträdande rektor`. A hyphen may join them to it.
 */
export const ROLE_PREFIXES = ['vice', 'v', 'deputy', 'acting', 'interim', 'assistant', 'co', 'tf', 't f', 'biträdande', 'bitr', 'ställföreträdande', 'förste', 'andre'];

/**
 * The last words of English roles of several words (`Finance Director`, `Parent Governor`,
 * `Foundation Governor`, `Youth Officer`): a field of two to four words that ends in one of
 * these is a role. Not `dean` nor `mayor`, which end people's names too.
 */
export const ROLE_HEADS = [
  'director', 'governor', 'officer', 'manager', 'clerk', 'secretary', 'treasurer', 'chair', 'chairman', 'chairwoman', 'chairperson', 'trustee',
  'councillor', 'member', 'adviser', 'advisor', 'coordinator', 'co-ordinator', 'controller', 'accountant', 'administrator', 'consultant', 'auditor',
  'headteacher', 'representative', 'observer', 'lead', 'partner', 'captain', 'coach',
];

/**
 * Roles that name what they serve after one of these words: `Clerk to the Governors`, `Director of
 * Finance`, `Head of Planning`, `Chair of Governors`, `ordförande i kommunstyrelsen`. The first
 * word is a role word (or `head`).
 */
export const ROLE_LINKS = ['of', 'to', 'for', 'i', 'för'];
