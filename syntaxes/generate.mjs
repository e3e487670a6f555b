/**
 * Writes `syntaxes/minutes.tmLanguage.json`, the TextMate grammar of the minutes language.
 *
 *   npx tsx syntaxes/generate.mjs           # rewrite the grammar
 *   npx tsx syntaxes/generate.mjs --check   # fail when the JSON is not what this script writes
 *
 * The grammar is generated rather than written by hand for two reasons: its keyword lists and the
 * words of attendance notes are read from the language core (`server/src/core/syntax/keywords.ts`,
 * `server/src/core/model/noteWords.ts`), so a word added there reaches the highlighting too; and the regular expressions share pieces (a name field, a
 * separator dash, a date, a list of item numbers) that are easier to read and to keep equal when
 * they are written once. `npm run test:grammar` runs the `--check` before the grammar tests.
 *
 * The expressions are Oniguruma (the engine VS Code's TextMate tokenizer uses), not JavaScript:
 * `(?i)` for ignoring case, `\x{030a}` for a code point, `\p{L}` for a letter.
 * docs/editor.md lists the scopes; test/grammar/*.minutes shows them on real lines.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ACTION_WORDS,
  BARE_DECISION_WORDS,
  bodyDecisionPattern,
  bodyDecisionRunOnPattern,
  casedSpellings,
  DASH_ACTION_WORDS,
  DEADLINE_WORDS,
  DECISION_WORDS,
  FOOTER_WORDS,
  HEADER_KEYS,
  OWNER_WORDS,
  ROLE_ABBREVIATIONS,
  ROLE_ENDINGS,
  ROLE_HEADS,
  ROLE_LINKS,
  ROLE_PREFIXES,
  ROLE_WORDS,
  RUN_ON_DECISION_WORDS,
  SECTION_WORDS,
  STATUS_WORDS,
  SUBHEADING_WORDS,
} from '../server/src/core/syntax/keywords.ts';
import { notePhrases } from '../server/src/core/model/noteWords.ts';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, 'minutes.tmLanguage.json');

// ── Pieces ────────────────────────────────────────────────────────────────────────────────────

/** Words as an alternation, longest first; spaces match runs of blanks, å/ä/ö also decomposed. */
function words(list) {
  const escape = (w) =>
    w
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/ /g, '[ \\t\\x{00a0}]+')
      .replace(/å/g, '(?:å|a\\x{030a})')
      .replace(/ä/g, '(?:ä|a\\x{0308})')
      .replace(/ö/g, '(?:ö|o\\x{0308})')
      .replace(/Å/g, '(?:Å|A\\x{030a})')
      .replace(/Ä/g, '(?:Ä|A\\x{0308})')
      .replace(/Ö/g, '(?:Ö|O\\x{0308})');
  return `(?:${[...new Set(list)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape).join('|')})`;
}

/**
 * Words in sentence case or in capitals only (`Beslut`, `BESLUT`; with `lastShouted`, `It was
 * RESOLVED` too), for an expression without `(?i)`: as the lexer reads a decision keyword without
 * a colon, and a sub-heading.
 */
function casedWords(list, lastShouted = false) {
  return words(list.flatMap((word) => casedSpellings(word, lastShouted)));
}

/** A keyword followed by a colon and white space or the end of the line, as the lexer wants it. */
const COLON = '[ \\t]*(:)(?=\\s|$)';
/** The start of a word: no letter or digit just before. */
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';

const SECTION = words(Object.values(SECTION_WORDS).flat());
const HEADER = Object.fromEntries(Object.entries(HEADER_KEYS).map(([kind, list]) => [kind, words(list)]));
const RECORDER = words(FOOTER_WORDS.recorder);
const ADJUSTERS = words(FOOTER_WORDS.adjusters);
const FOOTER = words(Object.values(FOOTER_WORDS).flat());
/** Footer keywords that begin the footer alone on their line, without a colon (not `Approved`) and with or without a comma, as the lexer reads them. */
const BARE_FOOTER = words(Object.values(FOOTER_WORDS).flat().filter((w) => w !== 'approved'));
/** What begins the footer: a footer keyword and a colon, or a bare footer keyword alone on its line. */
const FOOTER_START = `[ \\t]*(?:${FOOTER}${COLON}|${BARE_FOOTER}[ \\t]*,?[ \\t]*$)`;
/** A word a role is made of: a letter, then letters, marks, hyphens and apostrophes. */
const ROLE_WORD = "\\p{L}[\\p{L}\\p{M}'’-]*";
/** Words as the core looks them up without full stops (`v ordf`), each with an optional full stop (`v. ordf.`, `v.ordf`), longest first. */
const dotted = (list) =>
  `(?:${[...list]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.split(' ').map((word) => `${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ö/g, '(?:ö|o\\x{0308})').replace(/ä/g, '(?:ä|a\\x{0308})')}\\.?`).join('[ \\t]*'))
    .join('|')})`;
/** An abbreviation of a role word (`ordf.`, `v. ordf.`, `v.ordf`). */
const ROLE_ABBREVIATION = dotted(Object.keys(ROLE_ABBREVIATIONS));
/** A word with the ending of a Swedish role (`ekonomichef`, `HR-chef`), as the core's `isRoleWord` reads it. */
const ROLE_ENDING = `[\\p{L}\\p{M}-]*${words(ROLE_ENDINGS)}`;
/**
 * A role as the core's `isRoleWord` reads one: a role word or its abbreviation, a word with a
 * role's ending, two to four words ending in a role (`Finance Director`), or a role and what it
 * serves (`Clerk to the Governors`); any of them after `vice`, `deputy`, `tf` … (`Vice-Chairman`).
 */
const ROLE =
  `(?:${dotted(ROLE_PREFIXES)}[ \\t-]+)?` +
  `(?:${words(ROLE_WORDS)}(?![\\p{L}\\p{M}])|${ROLE_ABBREVIATION}|(?:${ROLE_WORD}[ \\t]+){1,3}(?:${words(ROLE_HEADS)}|${ROLE_ENDING})(?![\\p{L}\\p{M}])` +
  `|(?:head|${words(ROLE_HEADS)}|[\\p{L}\\p{M}-]*${words(['ordförande', 'ledamot', 'sekreterare', 'chef', 'direktör'])})[ \\t]+${words(ROLE_LINKS)}(?:[ \\t]+${ROLE_WORD}){1,4}` +
  `|${ROLE_ENDING}(?![\\p{L}\\p{M}]))`;
/** `Kommunstyrelsens beslut`, `Nämndens beslut:`: a decision headed by the body that made it (read by the model, `isBodyDecision`). */
const BODY_DECISION = bodyDecisionPattern('[ \\t]+');
/** `Nämnden beslutar att …`: a body's decision running into its `att` (read by the model, `bodyRunOn`). */
const BODY_RUN_ON = bodyDecisionRunOnPattern('[ \\t]+');
/** `Beslut` alone on its line: a decision whose text follows below (the lexer's DecisionWordLine). */
const BARE_DECISION = casedWords(BARE_DECISION_WORDS);
/** A keyword that runs into its sentence (`RESOLVED`, `IT WAS RESOLVED`), and what must follow it: `that`, perhaps after a comma or a dash. */
const RUN_ON_DECISION = casedWords(RUN_ON_DECISION_WORDS, true);
const BEFORE_THAT = '(?=(?:[ \\t]*,|[ \\t]+[-–—])?[ \\t]+(?:that|That|THAT|to|To|TO)(?![\\p{L}\\p{N}]))';

/** `6.` or `§ 6` / `§6.` at column 0, followed by white space or the end: an item heading. */
const ITEM_START = '(?:§[ \\t]*\\d{1,6}\\.?|\\d{1,6}\\.)(?=\\s|$)';
/** The letters a `Key:` may start with and be made of (the lexer's FieldLine, Latin letters with diacritics). */
const LETTER = 'A-Za-z\\x{00c0}-\\x{00d6}\\x{00d8}-\\x{00f6}\\x{00f8}-\\x{024f}';
const KEY = `[${LETTER}][${LETTER}\\x{0300}-\\x{036f}0-9.&/ \\t-]{0,40}?`;
/** Any line the lexer does not take for plain text: it cannot be the title. A decision keyword without a colon is no text either. */
const NOT_TEXT = `[ \\t]*(?:${SECTION}[ \\t]*:?[ \\t]*$|\\d{1,6}[.)](?=\\s|$)|§|[-•*](?=\\s|$)|${KEY}[ \\t]*:(?=\\s|$))|[ \\t]*${BARE_DECISION}[ \\t]*$|[ \\t]*${RUN_ON_DECISION}${BEFORE_THAT}`;

/** Between the fields of an attendee line: a comma, an en or em dash, or a hyphen with a blank before and after. */
const SEP = '(?:,|[–—]|(?<=[ \\t])-(?=[ \\t]|$))';
/** One character of a field: not white space, not a separator, not the start of a note. */
const W = '[^\\s,(–—-]';
/** A field of an attendee line: a hyphen inside a word (Gull-Britt) belongs to it, blanks only between words. */
const FIELD = `${W}(?:${W}|-|[ \\t]+(?=${W}|-\\S))*`;
/**
 * Before an attendee's name: a bullet followed by a blank (`- `, `• `, `* `, `– `, `— `, `2. `), a
 * glyph of a list pasted from Word with or without a blank (`•Mia`, `·⇥Eva`, `▪`, `◦`, `‣`, `∙`),
 * or a lower-case `o` before a tab (Word's second-level bullet) — as astBuilder's `afterBullets`.
 */
const BULLET = '(?:[-•*–—]|\\d{1,4}[.)])(?=[ \\t])|[•·▪◦‣∙]|(?-i:o)(?=\\t)';
/**
 * Words that say nobody: after a heading's colon (`Frånvarande: Inga`), and dashes alone on a line
 * of a list. The same words as astBuilder's `NOBODY_WORDS` and `DASHES_ONLY`.
 */
const DASHES = '[-–—](?:[ \\t]*[-–—])*';
const NOBODY = `(?:(?:inga|ingen|none|nobody|nil|none[ \\t]+received|no[ \\t]+apologies)\\.?|${DASHES})`;
/** A page marker copied from a PDF (`Sida 1 av 3`, `Page 2 (4)`, `2 (4)`, `- 2 -`), as astBuilder's `PAGE_MARKER`. */
const PAGE_MARKER =
  '(?:(?:sida|page)[ \\t]*\\d{1,4}(?:[ \\t]*(?:(?:av|of|/)[ \\t]*\\d{1,4}|\\([ \\t]*\\d{1,4}[ \\t]*\\)))?' +
  '|\\d{1,4}[ \\t]*\\([ \\t]*\\d{1,4}[ \\t]*\\)|[-–—][ \\t]*\\d{1,4}[ \\t]*[-–—])';

/** An attendance note: the first parenthesis, one level of nested parentheses, and to the end of the line if unclosed. */
const NOTE = '\\((?:[^()]|\\([^()]*\\)?)*\\)?';

const MONTH =
  '(?:januari|january|jan|februari|february|febr|feb|mars|march|mar|april|apr|maj|may|juni|june|jun|juli|july|jul|' +
  'augusti|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|december|dec)\\.?';
const DATE =
  `(?i)(?<![\\p{L}\\p{N}-])(?:\\d{4}-\\d{1,2}-\\d{1,2}(?![\\d-])` +
  `|\\d{1,2}\\.?[ \\t]+${MONTH}(?:,?[ \\t]+\\d{4})?${WORD_END}` +
  `|${MONTH}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?(?:,?[ \\t]+\\d{4})?${WORD_END})`;

/** One item number in a note: not the hour of a clock time (`12:00`) nor a decimal (`2.5`). */
const ONE = '\\d{1,6}(?!\\d)(?![:.,]\\d)';
const NUMBER_LIST = `${ONE}(?:[ \\t]*[-–—][ \\t]*${ONE})?(?:[ \\t]*(?:,|och|and|&|\\+)[ \\t]*${ONE}(?:[ \\t]*[-–—][ \\t]*${ONE})?)*`;
const ITEM_WORD = '(?:p\\.?|pkt\\.?|punkterna|punkter|punkten|punkt|agenda[ \\t]+items?|items?|§)';
/**
 * A phrase of a note as the core reads it (`server/src/core/model/noteWords.ts`): dots do not
 * matter (`fr.o.m.`, `t.o.m.`: a word of up to three letters may have one after each letter,
 * a longer one after its end), words stand apart by blanks or dots, å/ä/ö may be decomposed.
 */
function notePhrase(phrase) {
  const word = (w) => {
    const letters = [...w].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/å/g, '(?:å|a\\x{030a})').replace(/ä/g, '(?:ä|a\\x{0308})').replace(/ö/g, '(?:ö|o\\x{0308})'));
    return w.length <= 3 ? letters.join('\\.?') + '\\.?' : letters.join('') + '\\.?';
  };
  return phrase.split(' ').map(word).join('(?:[ \\t]+|(?<=\\.)[ \\t]*)');
}
/** Note phrases as an alternation, longest first. */
const notePhrases_ = (roles) => `(?:${[...new Set(notePhrases(roles))].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(notePhrase).join('|')})`;
/**
 * Words of a note that give an item reference its meaning (from, up to, except, only, a conflict
 * of interest, before and after), as the core reads them; between them and the item, words that
 * change nothing (`vid`, `under`, `mötet`, `kl 20.30`) may stand.
 */
const NOTE_DIRECTION = notePhrases_(['lead', 'shift', 'conflict']);
const NOTE_BETWEEN = `(?:[ \\t]+(?:${notePhrases_(['connector', 'filler', 'shift'])}|kl\\.?[ \\t]*\\d{1,2}(?:[.:]\\d{2})?|klockan[ \\t]+\\d{1,2}(?:[.:]\\d{2})?))*`;
/** Words of a note that say the person took part remotely, as the core reads them. */
const NOTE_REMOTE = notePhrases_(['remote']);

// ── Rules ─────────────────────────────────────────────────────────────────────────────────────

const colon = { name: 'punctuation.separator.key-value.minutes' };
const include = (...names) => names.map((n) => ({ include: `#${n}` }));

/** A body keyword line: the keyword, its colon, then the rest of the line read by `patterns`. */
function keywordLine(list, kind, patterns, extra = {}) {
  return {
    name: `meta.${kind}.minutes`,
    begin: `(?i)^[ \\t]*(${words(list)})${COLON}`,
    beginCaptures: { 1: { name: `keyword.control.${kind}.minutes` }, 2: colon },
    end: '$',
    patterns,
    ...extra,
  };
}

/** A header field with a known key; `value` scopes the text after the colon. */
function headerField(kind, value) {
  return {
    match: `(?i)^[ \\t]*(${HEADER[kind]})${COLON}[ \\t]*(.*?)[ \\t]*$`,
    name: `meta.header-field.${kind}.minutes`,
    captures: { 1: { name: 'keyword.control.header.minutes' }, 2: colon, 3: value },
  };
}

const freeValue = { name: 'string.unquoted.header-value.minutes' };

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Minutes',
  scopeName: 'text.minutes',
  fileTypes: ['minutes'],
  comment: 'Generated by syntaxes/generate.mjs from the keyword lists of the language core; do not edit by hand.',
  // Outside every region is the header: before the first attendance section and the first item.
  patterns: include('title', 'comment', 'attendance-nobody', 'attendance-line', 'attendance-section', 'item', 'footer', 'header-line'),
  repository: {
    title: {
      comment:
        'The first line that is neither blank nor a comment is the title when it is plain text. \\A matches on the first line of the document only; the region ends at the title or at the first line that is something else.',
      begin: `\\A(?!${NOT_TEXT})`,
      end: `^(?=${NOT_TEXT})|^[ \\t]*(?!//)(\\S.*?)[ \\t]*$`,
      endCaptures: { 1: { name: 'markup.heading.title.minutes entity.name.section.title.minutes' } },
      patterns: include('comment'),
    },
    comment: {
      comment: 'Only a line that starts with // is a comment; inside a line // is text (as in https://).',
      match: '^[ \\t]*((//).*)$',
      captures: { 1: { name: 'comment.line.double-slash.minutes' }, 2: { name: 'punctuation.definition.comment.minutes' } },
    },

    // ── Header ──
    'header-line': {
      patterns: [
        {
          comment: 'Bullets and indented numbered lines in the header are free text, whatever follows them.',
          match: '^[ \\t]*(?:[-•*]|(?<=[ \\t])\\d{1,4}[.)])(?=\\s|$).*$',
        },
        ...include('header-field'),
        {
          comment: 'Any other Key: value (kept as a field, with a hint), a body keyword above the first item included.',
          match: `^[ \\t]*(${KEY})${COLON}[ \\t]*(.*?)[ \\t]*$`,
          name: 'meta.header-field.other.minutes',
          captures: { 1: { name: 'keyword.control.header.other.minutes' }, 2: colon, 3: freeValue },
        },
      ],
    },
    'header-field': {
      comment: 'A known header field; also inside an attendance section, where it does not end the list.',
      patterns: [
        headerField('date', { patterns: include('date') }),
        headerField('timeAndPlace', { patterns: include('date', 'time') }),
        headerField('time', { patterns: include('time') }),
        headerField('chair', { name: 'variable.other.person.minutes' }),
        headerField('secretary', { name: 'variable.other.person.minutes' }),
        headerField('adjusters', { patterns: include('names') }),
        headerField('meeting', freeValue),
        headerField('place', freeValue),
      ],
    },
    time: {
      patterns: [
        { match: '(?<!\\d)\\d{1,2}[:.]\\d{2}(?!\\d)', name: 'constant.numeric.time.minutes' },
        { match: '[-–—]', name: 'punctuation.separator.range.minutes' },
      ],
    },

    // ── Attendance ──
    'attendance-section': {
      comment: 'A heading alone on its line opens a list of attendees that runs to the next heading, the first item or the footer.',
      name: 'meta.section.attendance.minutes',
      begin: `(?i)^[ \\t]*(${SECTION})[ \\t]*(:)?[ \\t]*$`,
      beginCaptures: {
        0: { name: 'markup.heading.attendance.minutes' },
        1: { name: 'entity.name.section.attendance.minutes' },
        2: colon,
      },
      end: `(?i)^(?=${ITEM_START}|${FOOTER_START}|[ \\t]*${SECTION}[ \\t]*:?[ \\t]*$)`,
      patterns: include('comment', 'attendance-nobody', 'attendance-line', 'role-attendee', 'header-field', 'not-attendee', 'attendee'),
    },
    'role-attendee': {
      comment: 'A role, a colon and an attendee (Chair: Karen Mitchell, Treasurer: Peter Novak – Finance (remote)): the person, with that role. Justerare: stays a header field.',
      match:
        `(?i)^[ \\t]*(?:(${BULLET})[ \\t]*)?(?!${HEADER.adjusters}[ \\t]*:)(${ROLE})[ \\t]*(:)(?=[ \\t]|$)[ \\t]*` +
        `(${FIELD})?(?:[ \\t]*(${NOTE}))?(?:[ \\t]*(${SEP})[ \\t]*(${FIELD}))?(?:[ \\t]*(${NOTE}))?[ \\t]*$`,
      name: 'meta.attendee.minutes',
      captures: {
        1: { name: 'punctuation.definition.list.begin.minutes' },
        2: { name: 'entity.other.attribute-name.role.minutes' },
        3: colon,
        4: { name: 'variable.other.person.minutes' },
        5: { patterns: include('attendance-note') },
        6: { name: 'punctuation.separator.field.minutes' },
        7: { name: 'entity.name.namespace.organisation.minutes' },
        8: { patterns: include('attendance-note') },
      },
    },
    'attendance-line': {
      comment:
        'A heading with its list after the colon (Present: Karen Mitchell (Chair), James Brennan and Priya Sharma): a section on one line, in the header or in a list. A line that ends in a comma or a semicolon goes on on the next one, as a long list wraps, up to a field, a heading or an item.',
      begin: `(?i)^[ \\t]*(${SECTION})${COLON}[ \\t]*(?=\\S)`,
      beginCaptures: {
        1: { name: 'markup.heading.attendance.minutes entity.name.section.attendance.minutes' },
        2: colon,
      },
      end: `(?<![,;\\n])$|(?i)^(?=[ \\t]*(?:${KEY}[ \\t]*:|${SECTION}[ \\t]*:?[ \\t]*$)|${ITEM_START})`,
      name: 'meta.section.attendance.minutes',
      patterns: include('attendance-entries'),
    },
    'attendance-entries': {
      comment: 'The people of a list on its heading line, parted by commas, semicolons, "och", "samt", "and" or "&"; each may have a note.',
      patterns: [
        ...include('attendance-note'),
        { match: '[,;&]', name: 'punctuation.separator.list.minutes' },
        { match: `(?i)${WORD_START}(?:och|samt|and)${WORD_END}` },
        {
          match: '[^\\s,;&()](?:[^\\s,;&()]|[ \\t]+(?!(?i:och|samt|and)(?:[ \\t]|$))(?=[^\\s,;&()]))*',
          name: 'variable.other.person.minutes',
        },
      ],
    },
    'attendance-nobody': {
      comment: 'A heading with a word that says nobody after its colon (Frånvarande: Inga): a section with nobody in it, in the header or in a list.',
      match: `(?i)^[ \\t]*(${SECTION})${COLON}[ \\t]*${NOBODY}[ \\t]*$`,
      name: 'markup.heading.attendance.minutes',
      captures: { 1: { name: 'entity.name.section.attendance.minutes' }, 2: colon },
    },
    'not-attendee': {
      comment: 'Lines of a list that are nobody: dashes alone (an empty cell), a page marker copied from a PDF (Sida 1 av 3).',
      match: `(?i)^[ \\t]*(?:${DASHES}|${PAGE_MARKER})[ \\t]*$`,
    },
    attendee: {
      comment:
        '[- ] Name[, Organisation[, Role]] [(note)]. The second field is a role when it is a role word (then a third field is the organisation); later fields are roles. Separators before the name are skipped (, Åke Berg); in a row of a Word table the role may come first (Ledamot⇥Per Ström).',
      match:
        // The lookahead keeps a blank line from matching the empty string, which would end the section.
        `(?i)^(?=[ \\t]*\\S)[ \\t]*(?:(${BULLET})[ \\t]*)?(?:[,–—][ \\t]*)*` +
        `(?:(${ROLE})[ ]*\\t[ \\t]*(?!${ROLE}(?:[ \\t]*(?:${SEP}|\\(|$))))?` +
        `(${FIELD})?` +
        `(?:[ \\t]*(${NOTE}))?` +
        `(?:[ \\t]*(${SEP})[ \\t]*(?:(${ROLE})(?=[ \\t]*(?:${SEP}|\\(|$))(?:[ \\t]*(${SEP})[ \\t]*(${FIELD}))?|(${FIELD}))?)?` +
        `(?:[ \\t]*(${NOTE}))?` +
        `(?:[ \\t]*(${SEP})?[ \\t]*(\\S.*?))?` +
        '[ \\t]*$',
      name: 'meta.attendee.minutes',
      captures: {
        1: { name: 'punctuation.definition.list.begin.minutes' },
        2: { name: 'entity.other.attribute-name.role.minutes' },
        3: { name: 'variable.other.person.minutes' },
        4: { patterns: include('attendance-note') },
        5: { name: 'punctuation.separator.field.minutes' },
        6: { name: 'entity.other.attribute-name.role.minutes' },
        7: { name: 'punctuation.separator.field.minutes' },
        8: { name: 'entity.name.namespace.organisation.minutes' },
        9: { name: 'entity.name.namespace.organisation.minutes' },
        10: { patterns: include('attendance-note') },
        11: { name: 'punctuation.separator.field.minutes' },
        12: { patterns: include('attendance-note', 'role-fields') },
      },
    },
    'role-fields': {
      patterns: [
        { match: SEP, name: 'punctuation.separator.field.minutes' },
        { match: '[^\\s(,–—](?:[^(,–—]*[^\\s(,–—])?', name: 'entity.other.attribute-name.role.minutes' },
      ],
    },
    'attendance-note': {
      name: 'meta.attendance-note.minutes',
      begin: '\\(',
      beginCaptures: { 0: { name: 'punctuation.definition.attendance-note.begin.minutes' } },
      end: '\\)|$',
      endCaptures: { 0: { name: 'punctuation.definition.attendance-note.end.minutes' } },
      contentName: 'string.other.attendance-note.minutes',
      patterns: include('note-parentheses', 'note-item-refs', 'note-remote'),
    },
    'note-parentheses': {
      comment: 'Parentheses inside a note belong to it: (digitalt (Teams) från p 2) is one note.',
      begin: '\\(',
      end: '\\)|$',
      patterns: include('note-parentheses', 'note-item-refs', 'note-remote'),
    },
    'note-remote': {
      match: `(?i)${WORD_START}(?:${NOTE_REMOTE})(?![\\p{L}])`,
      name: 'keyword.other.attendance.minutes',
    },
    'note-item-refs': {
      comment: 'from p 4 · t.o.m. p 5 · ej p 3 · p 2, 5 · p 2–3 · from 4: the words, and each item number.',
      patterns: [
        {
          match: `(?i)${WORD_START}(${NOTE_DIRECTION})${NOTE_BETWEEN}[ \\t]*(?:(${ITEM_WORD})[ \\t]*)?(${NUMBER_LIST})`,
          name: 'meta.item-ref.minutes',
          captures: { 1: { name: 'keyword.other.attendance.minutes' }, 3: { patterns: include('item-numbers') } },
        },
        {
          match: `(?i)${WORD_START}(${ITEM_WORD})[ \\t]*(${NUMBER_LIST})`,
          name: 'meta.item-ref.minutes',
          captures: { 2: { patterns: include('item-numbers') } },
        },
      ],
    },
    'item-numbers': {
      patterns: [
        { match: '\\d+', name: 'constant.numeric.item-ref.minutes' },
        { match: '[-–—]', name: 'punctuation.separator.range.minutes' },
        { match: '[,&+]', name: 'punctuation.separator.list.minutes' },
      ],
    },

    // ── Items ──
    item: {
      comment: 'An item heading at column 0 opens the item; its body runs to the next item heading or the footer.',
      name: 'meta.item.minutes',
      begin: '^(?:(§)[ \\t]*(\\d{1,6})(\\.)?|(\\d{1,6})(\\.))(?=\\s|$)[ \\t]*(.*?)[ \\t]*$',
      beginCaptures: {
        0: { name: 'markup.heading.item.minutes' },
        1: { name: 'punctuation.definition.item-number.minutes' },
        2: { name: 'constant.numeric.item-number.minutes' },
        3: { name: 'punctuation.definition.item-number.minutes' },
        4: { name: 'constant.numeric.item-number.minutes' },
        5: { name: 'punctuation.definition.item-number.minutes' },
        6: { name: 'entity.name.section.item.minutes' },
      },
      end: `(?i)^(?=${ITEM_START}|${FOOTER_START})`,
      patterns: include('comment', 'numbered-entry', 'bullet-entry', 'action', 'action-dash', 'decision', 'decision-word', 'body-decision', 'subheading', 'owner', 'deadline', 'status', 'text-item-refs'),
    },
    'numbered-entry': {
      comment: 'An indented "2. …" is an entry of a list inside the item, never an item heading.',
      name: 'markup.list.numbered.minutes',
      begin: '^[ \\t]+(\\d{1,4}[.)])(?=\\s|$)',
      beginCaptures: { 1: { name: 'punctuation.definition.list.begin.minutes' } },
      end: '$',
      patterns: include('text-item-refs'),
    },
    'bullet-entry': {
      name: 'markup.list.unnumbered.minutes',
      begin: '^[ \\t]*([-•*])(?=\\s|$)',
      beginCaptures: { 1: { name: 'punctuation.definition.list.begin.minutes' } },
      end: '$',
      patterns: include('text-item-refs'),
    },
    action: keywordLine(ACTION_WORDS, 'action', [
      {
        comment: 'The assignees: everything between the keyword and the first separating dash.',
        match: `\\G[ \\t]*([^–—]*?)[ \\t]*([–—]|(?<=[ \\t])-(?=[ \\t]|$))`,
        captures: { 1: { name: 'meta.assignees.minutes', patterns: include('names') }, 2: { name: 'punctuation.separator.dash.minutes' } },
      },
      {
        comment: 'A deadline at the end of the action line: "… Senast: 2024-05-15".',
        begin: `(?i)(?<=[\\s.,;])(${words(DEADLINE_WORDS)})[ \\t]*(:)`,
        beginCaptures: { 1: { name: 'keyword.control.deadline.minutes' }, 2: colon },
        end: '$',
        name: 'meta.deadline.minutes',
        patterns: include('date'),
      },
      ...include('text-item-refs'),
    ]),
    'action-dash': {
      comment: 'An action keyword with a dash in its colon\'s place, in sentence case or capitals: Action – Tom Reed to book the hall.',
      name: 'meta.action.minutes',
      begin: `^[ \\t]*(${casedWords(DASH_ACTION_WORDS)})[ \\t]+([-–—])(?=[ \\t]+\\S)`,
      beginCaptures: { 1: { name: 'keyword.control.action.minutes' }, 2: { name: 'punctuation.separator.dash.minutes' } },
      end: '$',
      patterns: include('text-item-refs'),
    },
    decision: keywordLine(DECISION_WORDS, 'decision', include('text-item-refs')),
    'decision-word': {
      comment: 'A decision keyword without a colon, in sentence case or capitals: Beslut alone on its line, or RESOLVED / IT WAS RESOLVED / AGREED running into its sentence before that.',
      patterns: [
        { match: `^[ \\t]*(${BARE_DECISION})[ \\t]*$`, name: 'meta.decision.minutes', captures: { 1: { name: 'keyword.control.decision.minutes' } } },
        {
          name: 'meta.decision.minutes',
          begin: `^[ \\t]*(${RUN_ON_DECISION})${BEFORE_THAT}`,
          beginCaptures: { 1: { name: 'keyword.control.decision.minutes' } },
          end: '$',
          patterns: include('text-item-refs'),
        },
      ],
    },
    'body-decision': {
      comment: 'A decision headed by the body that made it, in sentence case or capitals: Kommunstyrelsens beslut or Nämnden beslutar alone on its line, Nämndens beslut: and the decision after the colon, or Nämnden beslutar running into its att (which the model reads only where a block begins, not on a line of a paragraph: the grammar reads one line at a time).',
      patterns: [
        {
          name: 'meta.decision.minutes',
          begin: `^[ \\t]*(${BODY_DECISION})[ \\t]*(?:(:)|$)`,
          beginCaptures: { 1: { name: 'keyword.control.decision.minutes' }, 2: colon },
          end: '$',
          patterns: include('text-item-refs'),
        },
        {
          name: 'meta.decision.minutes',
          begin: `^[ \\t]*(?=${BODY_RUN_ON})(${BODY_DECISION})`,
          beginCaptures: { 1: { name: 'keyword.control.decision.minutes' } },
          end: '$',
          patterns: include('text-item-refs'),
        },
      ],
    },
    subheading: {
      comment: "A protokoll's sub-heading alone on its line (Beslutsunderlag, Yrkanden, Reservation), in sentence case or capitals: a paragraph of its own.",
      match: `^[ \\t]*(${casedWords(SUBHEADING_WORDS)})[ \\t]*(:)?[ \\t]*$`,
      name: 'markup.heading.subheading.minutes',
      captures: { 2: colon },
    },
    owner: keywordLine(OWNER_WORDS, 'owner', include('names')),
    deadline: keywordLine(DEADLINE_WORDS, 'deadline', include('date')),
    status: keywordLine(STATUS_WORDS, 'status', [{ match: '\\S(?:.*\\S)?', name: 'constant.language.status.minutes' }]),
    'text-item-refs': {
      comment: 'References in running text: punkt 4, item 4, § 4. (p 4 is understood in attendance notes only.)',
      match: `(?i)${WORD_START}(?:(?:punkt|item)[ \\t]+(\\d{1,6})|§[ \\t]*(\\d{1,6}))(?!\\d)`,
      name: 'meta.item-ref.minutes',
      captures: { 1: { name: 'constant.numeric.item-ref.minutes' }, 2: { name: 'constant.numeric.item-ref.minutes' } },
    },

    // ── Footer ──
    footer: {
      comment:
        'The footer starts at a footer keyword and runs to the end of the document. An item heading below it ends it: the parser then reads the keyword line as a line of its item (the footer is the first footer keyword below the last item heading).',
      name: 'meta.footer.minutes',
      begin: `(?i)^(?=${FOOTER_START})`,
      end: `^(?=${ITEM_START})`,
      patterns: [
        ...include('comment'),
        {
          comment: 'A footer keyword alone on its line, as a signature block is laid out, with or without a comma (`Respectfully submitted,`).',
          match: `(?i)^[ \\t]*(${BARE_FOOTER})[ \\t]*(,)?[ \\t]*$`,
          captures: { 1: { name: 'keyword.control.footer.minutes' }, 2: { name: 'punctuation.separator.field.minutes' } },
        },
        {
          match: `(?i)^[ \\t]*(${RECORDER})${COLON}[ \\t]*(?:([^,]*?)[ \\t]*(?:(,)[ \\t]*(.*?))?)?[ \\t]*$`,
          captures: {
            1: { name: 'keyword.control.footer.minutes' },
            2: colon,
            3: { name: 'variable.other.person.minutes' },
            4: { name: 'punctuation.separator.field.minutes' },
            5: { name: 'entity.other.attribute-name.role.minutes' },
          },
        },
        {
          match: `(?i)^[ \\t]*(${ADJUSTERS})${COLON}[ \\t]*(.*?)[ \\t]*$`,
          captures: { 1: { name: 'keyword.control.footer.minutes' }, 2: colon, 3: { patterns: include('names') } },
        },
        {
          comment: 'A line with a digit is a note (a place and a date), never a name.',
          match: '^.*\\d.*$',
        },
        {
          comment: 'A name (or a role) on a line of its own below a footer keyword.',
          match: '^[ \\t]*(\\S(?:.*\\S)?)[ \\t]*$',
          captures: { 1: { name: 'variable.other.person.minutes' } },
        },
      ],
    },

    // ── Shared ──
    names: {
      comment: 'Names separated by commas, "och", "samt", "and" or "&".',
      patterns: [
        { match: '[,&]', name: 'punctuation.separator.list.minutes' },
        { match: `(?i)${WORD_START}(?:och|samt|and)${WORD_END}` },
        {
          match: '[^\\s,&](?:[^\\s,&]|[ \\t]+(?!(?i:och|samt|and)(?:[ \\t]|$))(?=[^\\s,&]))*',
          name: 'variable.other.person.minutes',
        },
      ],
    },
    date: { match: DATE, name: 'constant.numeric.date.minutes' },
  },
};

const json = `${JSON.stringify(grammar, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing: reported below
  }
  if (current !== json) {
    console.error('✖ syntaxes/minutes.tmLanguage.json is not what syntaxes/generate.mjs writes. Run: npx tsx syntaxes/generate.mjs');
    process.exit(1);
  }
  console.log('✔ syntaxes/minutes.tmLanguage.json is up to date with syntaxes/generate.mjs');
} else {
  writeFileSync(target, json);
  console.log(`wrote ${target}`);
}
