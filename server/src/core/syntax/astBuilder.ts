import type { CstNode, IToken } from 'chevrotain';
import type { CalendarDate, DateValue } from '../dates/dateValue';
import { parseDate } from '../dates/parseDate';
import { timeAndPlaceIn } from '../dates/fieldDate';
import { dateInTitle } from '../dates/titleDate';
import { joinedNamesOf, splitNames } from '../model/actionText';
import { OwnerNames } from '../model/marginOwners';
import { parseAttendanceNotes } from '../model/attendanceNote';
import { fieldMeetingDate, meetingDateOf } from '../model/meetingDate';
import { attendanceEntries, readAttendeeFields, readFooterKeyword, readKeyValue, readMarker, type AttendeeFields } from '../model/lineReaders';
import type { Mutable } from '../model/mutable';
import type {
  Attendee,
  AttendanceNote,
  AttendanceKind,
  AttendanceSection,
  CommentBlock,
  Footer,
  HeaderField,
  HeaderFieldKind,
} from '../model/types';
import { isDigit } from '../text/digits';
import { memoByString } from '../text/memo';
import { nameKey } from '../text/names';
import { copySpan, type Span, type TextNode } from '../text/span';
import { isAgendaHeading } from './agenda';
import { isBlank, linesOf, readLine, trimmedNode, type Line } from './cstUtil';
import { FooterBuilder } from './footerBuilder';
import { footerKind, headerKind, isSectionKeyword, keywordLang, sectionKind } from './keywordLookup';
import { keywordInAttendance, keywordInFooter, keywordInHeader, otherHeadingForm } from './misplacedLines';
import { keywordKey, PAGE_BLOCK_WORDS, wordsPattern } from './keywords';
import { isPageMarker } from './pageMarker';
import type { SyntaxProblem } from './parse';
import type { FooterPart, PrefixPart } from './parts';
import { minutesParser } from './parser';
import { isRoleWord } from './roles';
import { isParty } from '../model/party';
import { BulletLine, CommentLine, FieldLike, FieldLine, HeaderFieldLine, NumberedLine, TextLine } from './tokens';

export interface BuildOptions {
  /** Supplies the year for dates written without one when the meeting has no date. */
  readonly today?: CalendarDate;
}

const BaseVisitor = minutesParser.getBaseCstVisitorConstructorWithDefaults();
/** A whole attendance note that says the person was absent. */
const ABSENCE_NOTE = new RegExp(
  `^(?:${wordsPattern(['frånvarande', 'absent', 'förhinder', 'anmält förhinder', 'har anmält förhinder', 'ej närvarande', 'inte närvarande', 'not present', 'apologies', 'sent apologies', 'apologies received'])})$`,
  'i',
);

/**
 * Between the name and the third field, a second field left empty on purpose: two commas with
 * only blanks between them (`Maria Standar, , protokolljusterare`) — not the empty stretch that a
 * tab beside a comma (`Bo Ek,⇥Ale`) or a note (`Eva Hessman, (S), Göteborg`) leaves.
 */
const LEFT_EMPTY = /^[^\S\r\n]*,[^\S\r\n]*,[^\S\r\n]*$/;

/** Between two fields of a table row: a tab, or several, and no other separator. */
const TABS_ONLY = /^[ ]*\t[\t ]*$/;

/** Words that, alone in an attendance list or after a heading's colon (`Frånvarande: Inga`), say the list is empty. */
const NOBODY_WORDS = new Set(['inga', 'ingen', 'none', 'nobody', 'nil', 'none received', 'no apologies']);
/**
 * How far into a line the colon of an attendance heading written with its list may stand: the
 * longest heading (`Committee members present`, `Present (Councillors)`) and some room for blanks.
 */
const MAX_HEADING_LENGTH = 40;

/**
 * Whether a line is the heading of a first page's signature or notice block (`PAGE_BLOCK_WORDS`),
 * or of an agenda written out above the items (`isAgendaHeading`): the lines below it, to the
 * next section, are header text.
 */
function isPageBlockHeading(text: string): boolean {
  return (text.length <= 20 && PAGE_BLOCK_STARTS.has(text.charAt(0).toLowerCase()) && PAGE_BLOCKS.has(keywordKey(text.replace(/:\s*$/, '')))) || isAgendaHeading(text);
}
/** The first letters of the page blocks' headings: a line that begins otherwise is not looked up. */
const PAGE_BLOCK_STARTS: ReadonlySet<string> = new Set(PAGE_BLOCK_WORDS.map((word) => word.charAt(0)));
const PAGE_BLOCKS: ReadonlySet<string> = new Set(PAGE_BLOCK_WORDS);

/** A line of dashes only (`-`, `–`), as a table's empty cell is written: nobody, wherever it stands. */
const DASHES_ONLY = /^[-–—](?:\s*[-–—])*$/;

/**
 * Whether a one-line list's line ends in a comma or a semicolon, as a long list wraps onto the
 * next line in a word processor (`Present: Jane Smith, Omar Khan,` / `Lucy Brown`): the list goes
 * on there. A line that ends in a name, or in `och`/`and`, is read as it stands.
 */
function wrapsList(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 44 /* , */ || last === 59 /* ; */;
}

/** Whether `text` says "nobody": a word of `NOBODY_WORDS` (with an optional full stop) or dashes only. */
function saysNobody(text: string): boolean {
  return DASHES_ONLY.test(text) || NOBODY_WORDS.has(keywordKey(text).replace(/\.$/, ''));
}

/**
 * Bullet glyphs of lists pasted from a word processor: stripped before an attendee's fields are
 * read, with or without white space after them (`•Mia Bo`, `·⇥Eva Berg`). Word's bullets in the
 * Symbol and Wingdings fonts paste as characters of the private use area (U+F0B7 `•`, U+F0A7 `▪`,
 * U+F0D8 `➢`, U+F0FC `✓`, U+F076 `❖`), which show as nothing or a box.
 */
const GLYPH_BULLETS = '•·▪◦‣∙\uf0b7\uf0a7\uf0d8\uf0fc\uf076';

/**
 * Where the text of an attendee line starts after its bullets: a glyph of `GLYPH_BULLETS`, an en
 * or em dash followed by white space (`– Kim Ek`), or a lone `o` followed by a tab (Word's
 * second-level bullet, `o⇥Eva Berg`), or a number and `)` first on the line (`1) Inga Lund`) —
 * each with the white space after it. `start` is where the
 * line's text starts; every character is looked at once.
 */
function afterBullets(source: string, start: number, end: number): number {
  let i = start;
  for (;;) {
    const c = source.charAt(i);
    let next: number;
    if (GLYPH_BULLETS.includes(c) && c !== '') next = i + 1;
    else if ((c === '–' || c === '—') && isBlank(source.charCodeAt(i + 1))) next = i + 1;
    else if (c === 'o' && source.charCodeAt(i + 1) === 9) next = i + 2;
    else if (isDigit(source.charCodeAt(i)) && i === start) {
      // A numbered list of names: `1) Inga Lund`, `12) Per Ström`.
      let j = i;
      while (j < end && j - i < 3 && isDigit(source.charCodeAt(j))) j++;
      if (source.charAt(j) !== ')' || !isBlank(source.charCodeAt(j + 1))) return i;
      next = j + 1;
    } else return i;
    while (next < end && isBlank(source.charCodeAt(next))) next++;
    i = next;
  }
}

/**
 * Whether a note says the person was not there at all (`anmält förhinder`), over one line or two.
 * Lists repeat their notes (`digitalt from p 4`), so each is read once.
 */
const saysAbsent: (note: string) => boolean = memoByString((note) => ABSENCE_NOTE.test(note.replace(/\s+/g, ' ').replace(/[.!]$/, '').trim()));

/**
 * Whether an attendee's note says the person was not there at all: the whole note, or — when it
 * names no items — one of its groups or one of a group's parts between commas, beside a party or
 * a role (`(L) (anmält förhinder)`, `(L, anmält förhinder)`). A note that names items
 * (`frånvarande, p 3`) says when the person was there, not that they were absent.
 */
function noteSaysAbsent(note: { readonly text: TextNode; readonly groups: readonly TextNode[] }, reading: AttendanceNote): boolean {
  // The words that say so name no item: a note with items — limits or not (`sjuk p 4`) — is never one of them as a whole either.
  if (reading.refs.length > 0) return false;
  if (note.groups.length <= 1) return absentInGroup(note.text.text);
  return saysAbsent(note.text.text) || note.groups.some((group) => absentInGroup(group.text));
}

/** Whether a group of a note says the person was absent, as a whole or in one of its parts between commas; read once per text. */
const absentInGroup: (group: string) => boolean = memoByString((group) => group.split(/[,;]/).some((part) => saysAbsent(part)));

/** The problem of a note without its `)`, underlined on the note rather than the invisible end of the line. */
function unclosedNote(note: { readonly text: TextNode; readonly groups: readonly TextNode[] }): SyntaxProblem {
  return { kind: 'unclosed-note', span: (note.groups[note.groups.length - 1] ?? note.text).span, detail: 'attendance note without closing parenthesis' };
}

/** A name of two or more words that each begin with a capital, a note in parentheses after it allowed (`groupInto`). */
const CAPITALISED_NAME = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+(?:\s*\([^)]*\))?$/u;

/** A field that ends in whom it stands for: `för Maria Ek`, `for Jane Smith` (`othersParties`). */
const FOR_NAME = /(?:^|\s)(?:för|for)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*$/u;

/** A role and whom it stands in for (`tjänstgörande ersättare för Lena Björk`, `substitute for Jane Smith`): the role is group 1 (`standsInFor`). */
const ROLE_FOR_NAME = /^(.+?)\s+(?:för|for)\s+\p{Lu}/u;

/**
 * Whether a field of an attendance line is a role and whom its holder stands in for at this
 * meeting, `tjänstgörande ersättare för Lena Björk (L)`: the line's role, not an organisation.
 * (`isRoleWord` leaves it out: the name after `för` is no part of a role to look up.)
 */
function standsInFor(text: string): boolean {
  // Most fields hold neither word: asked before the expression.
  if (!text.includes('för ') && !text.includes('for ')) return false;
  const m = ROLE_FOR_NAME.exec(text);
  return m !== null && isRoleWord(m[1] as string);
}

/** A word of a name after a role (`roleBeforeName`): a capital first. */
const NAME_WORD = /^\p{Lu}/u;

/**
 * Whether an attendance entry counts people rather than names them: a number, perhaps after
 * `approx.`, `ca`, `cirka`, `about`, `omkring` …, then words in lower case, a note or nothing
 * (`2 members of the public`, `27 röstberättigade medlemmar enligt bifogad närvarolista`,
 * `approx. 35 (sign-in sheet held by the Secretary)`). `1 Jane Smith`, a numbered name, is none.
 */
function isHeadCount(text: string): boolean {
  // A count has a digit near its start; a name has none, and is let through without the expression.
  let digit = false;
  for (let i = 0; i < text.length && i < 20 && !digit; i++) digit = isDigit(text.charCodeAt(i));
  return digit && HEAD_COUNT.test(text);
}
// Without the `i` flag, under which `\p{Ll}` takes a capital too: the words before the number in
// either case by hand. A bullet before it (`- 2 members of the public`) is allowed.
const HEAD_COUNT = /^(?:[-•*]\s+)?(?:(?:[Aa]pprox\.?|[Aa]pproximately|[Cc]a\.?|[Cc]\.|[Cc]irka|[Cc]irca|[Aa]bout|[Aa]round|[Oo]mkring|[Uu]ngefär|[ÖöOo]ver|[Ss]ome)\s*)?\d+(?:\s+\p{Ll}|\s*\(|\s*[.,]?$)/u;

/**
 * A field of an attendance line that names the items a person was there for, without
 * parentheses: `§§ 23-24`, `§ 5`, `p 2–3`, `punkt 4`, `items 2 and 3`.
 */
const ITEMS_FIELD = /^(?:§§?|p\.?|pkt\.?|punkt(?:erna)?|items?)\s*\d/iu;

/** The kinds of header field that may be written with a tab for a colon (`tabbedField`): when and where. */
const TABBED_KINDS: ReadonlySet<HeaderFieldKind> = new Set<HeaderFieldKind>(['meeting', 'date', 'timeAndPlace', 'time', 'place']);

/** Words of a line below the title that dates the paper rather than the meeting (`titleDate`). */
const PAPER_DATE_WORDS = /\b(?:utkast|draft|version|skickat|skickad|circulated|issued|reviderad|revised|uppdaterad|updated|justerad|justerat|approved|godkänd|publicerad|published)\b/iu;

/** How many lines of text right below the title may give the meeting's date (`titleDate`): a subtitle, and one more. */
const LINES_BELOW_TITLE = 2;

/**
 * Builds the frame of the meeting model — title, header fields, attendance sections, footer —
 * from the syntax trees of the prefix (the `document` rule over the lines before the first item)
 * and of the footer (the `footer` rule): a CST visitor with one method per region rule. Items are
 * built one by one by `buildItemPart`. The lexer has classified every line and the parser has
 * placed it in a region; this visitor reads each line's inside (names, notes, dates) with the
 * model's line readers. Tokens invented by error recovery are skipped, so a recovered tree still
 * gives a complete model.
 */

export class AstBuilder extends BaseVisitor {
  private languageVotes = { sv: 0, en: 0 };
  /** The `Datum:` and `Plats och tid:` fields with a value, whose dates are read once the whole header's language is known. */
  private dateFields: Mutable<HeaderField>[] = [];
  private comments: CommentBlock[] = [];
  private readonly headerFields: HeaderField[] = [];
  private readonly preamble: TextNode[] = [];
  /**
   * The lines of text right below the title, up to the first field, heading or other kind of line
   * (comments are passed over): `Minutes of the meeting held on Tuesday 14th January 2025`,
   * `Söndagen den 16 mars 2025 kl. 15.00`, where the meeting's date may stand when the title has
   * none (`titleDate`).
   */
  private belowTitle: TextNode[] = [];
  /** Whether a line of another kind has ended the lines below the title. */
  private pastTitle = false;
  private readonly sections: AttendanceSection[] = [];
  private footerModel: Footer | undefined;
  /** Problems found inside lines (an attendance note without `)`), for the caller. */
  private problems: SyntaxProblem[] = [];
  /** The signature lines above the footer's keyword line, for `footer`. */
  private linesBeforeFooter: readonly IToken[] = [];
  /** Header lines that look like item headings in another form (`buildPrefix` decides whether they count). */
  private headingFormsInHeader: SyntaxProblem[] = [];
  /**
   * `Ordförande: Maria Lind` lines of attendance lists read as attendees, with the field they would
   * be (`settleRoleFields`): where the attendee starts, and the list it stands in.
   */
  private roleFields: { readonly field: HeaderField; readonly start: number; readonly attendees: Attendee[] }[] = [];

  constructor(
    private readonly source: string,
    private readonly options: BuildOptions,
  ) {
    super();
  }

  /** Builds the prefix from the `document` rule's tree; `end` is where the prefix region ends. */
  /**
   * Builds the header and attendance from the `document` rule's tree. `hasItems`: whether items
   * follow, in which case lines in the header that look like item headings in another form are an
   * agenda or the like, not items gone astray, and get no problem (in an attendance list they do).
   */
  buildPrefix(root: CstNode, grammarProblems: readonly SyntaxProblem[], end: number, hasItems = false): PrefixPart {
    this.visit(root);
    this.settleRoleFields();
    const title = linesOf(root.children.TextLine as IToken[] | undefined)[0];
    const dayFirst = this.languageVotes.sv > this.languageVotes.en;
    for (const field of this.dateFields) {
      if (field.kind === 'timeAndPlace') this.readTimeAndPlace(field, dayFirst);
      else {
        field.date = parseDate(field.value, this.options.today?.year, dayFirst);
        // `Datum: 2025-02-18, Kommunhuset`: a date with more after it is read as `Plats och tid:` reads one.
        if (field.date.problem === 'unreadable') this.readDateAmongWords(field, dayFirst);
      }
    }
    this.dateFields = [];
    const titleNode = title && this.line(title).content;
    const titleDate = titleNode && !fieldMeetingDate({ headerFields: this.headerFields }) ? this.titleDate([titleNode, ...this.belowTitle], dayFirst) : undefined;
    const meetingDate = meetingDateOf({ headerFields: this.headerFields, titleDate });
    const meetingYear = meetingDate?.year;
    const part: Mutable<PrefixPart> = {
      headerFields: this.headerFields,
      preamble: this.preamble,
      sections: this.sections,
      comments: this.comments.sort((a, b) => a.span.start - b.span.start),
      problems: [...grammarProblems, ...this.problems, ...(hasItems ? [] : this.headingFormsInHeader)].sort((a, b) => a.span.start - b.span.start),
      votes: this.languageVotes,
      meetingYear,
      meetingDate,
      dayFirst,
      joinedNames: joinedNamesOf(this.sections),
      ownerNames: new OwnerNames(this.sections),
      end,
    };
    if (titleNode) part.title = titleNode;
    if (titleDate) part.titleDate = titleDate;
    this.languageVotes = { sv: 0, en: 0 };
    this.comments = [];
    this.problems = [];
    this.headingFormsInHeader = [];
    this.belowTitle = [];
    this.pastTitle = false;
    return part;
  }

  /**
   * Builds the footer from the `footer` rule's tree, and the signature lines written above its
   * keyword line (`before`: `Signed ........ Chair`, kept as notes).
   */
  buildFooter(root: CstNode, grammarProblems: readonly SyntaxProblem[], start: number, before: readonly IToken[] = []): FooterPart | undefined {
    this.linesBeforeFooter = before;
    this.visit(root);
    const footer = this.footerModel;
    if (!footer) return undefined;
    const part: FooterPart = {
      footer,
      comments: this.comments.sort((a, b) => a.span.start - b.span.start),
      problems: [...grammarProblems, ...this.problems].sort((a, b) => a.span.start - b.span.start),
      votes: this.languageVotes,
      start,
    };
    this.languageVotes = { sv: 0, en: 0 };
    this.comments = [];
    this.problems = [];
    return part;
  }

  document(ctx: Record<string, CstNode[] | IToken[] | undefined>): void {
    for (const token of linesOf(ctx.CommentLine as IToken[] | undefined)) this.comments.push(this.comment(this.line(token)));
    // Header parts and sections may alternate; there are few of them, so sorting is cheap.
    const prelude = [...((ctx.header ?? []) as CstNode[]), ...((ctx.section ?? []) as CstNode[])].sort((a, b) => (a.location?.startOffset ?? 0) - (b.location?.startOffset ?? 0));
    for (const node of prelude) this.visit(node);
  }

  header(ctx: Record<string, IToken[] | undefined>): void {
    /** Whether the lines are a first page's signature or notice block, up to the next section. */
    let pageBlock = false;
    /** A section written on one line whose list ends in a comma: it goes on on the next line (`wrapsList`). */
    let wrapping: number | undefined;
    for (const token of linesOf(ctx.AnyLine)) {
      const line = this.line(token);
      if (token.tokenType === CommentLine) {
        this.comments.push(this.comment(line));
        continue;
      }
      if (wrapping !== undefined && token.tokenType === TextLine && !pageBlock && !otherHeadingForm(line)) {
        this.continueOneLineSection(this.sections, wrapping, line);
        if (!wrapsList(line.content.text)) wrapping = undefined;
        continue;
      }
      wrapping = undefined;
      if (pageBlock || isPageBlockHeading(line.content.text)) {
        pageBlock = true;
        this.pastTitle = true;
        this.preamble.push(line.content);
        continue;
      }
      // `Item 2: Budget` is no field but a heading written in another form; `Action: …` no field but a statement out of place.
      const misplaced = otherHeadingForm(line) ?? keywordInHeader(token, line);
      // `Present: Karen Mitchell, James Brennan` and `Frånvarande: Inga` are attendance sections
      // written on one line, not fields; so is `Present (Trustees): …`, which the lexer takes for text.
      const inline = misplaced ? undefined : this.oneLineSection(line);
      // `Sammanträdesdatum⇥2025-04-08`: a field laid out in a table.
      const tabbed = inline || misplaced || token.tokenType !== TextLine ? undefined : this.tabbedField(line);
      if (inline || misplaced || tabbed || token.tokenType !== TextLine) this.pastTitle = true;
      else if (!this.pastTitle && this.belowTitle.length < LINES_BELOW_TITLE) this.belowTitle.push(line.content);
      if (inline) {
        this.sections.push(inline);
        if (wrapsList(line.content.text)) wrapping = this.sections.length - 1;
      } else if (tabbed) this.headerFields.push(tabbed);
      else if (isA(token, FieldLike) && !misplaced) this.headerFields.push(this.headerField(line));
      else {
        // A heading form above items is an agenda (reported only when the document has none); a statement is out of place either way.
        if (misplaced?.kind === 'keyword-in-header') this.problems.push(misplaced);
        else if (misplaced) this.headingFormsInHeader.push(misplaced);
        this.preamble.push(line.content);
      }
    }
  }

  section(ctx: Record<string, IToken[] | undefined>): void {
    const headingToken = linesOf(ctx.SectionLine)[0];
    if (!headingToken) return;
    this.pastTitle = true;
    const heading = this.line(headingToken).content;
    this.vote(heading.text);
    const kind = sectionKind(heading.text);
    const attendees: Attendee[] = [];
    /** Entries that count people rather than name them (`2 members of the public`). */
    const counts: TextNode[] = [];
    /** Notes wrapped onto lines of their own, by the index of the attendee they belong to. */
    const wraps = new Map<number, { text: TextNode; groups: TextNode[]; end: number; absent: boolean }>();
    /** The attendee just read whose note has no `)`, and the problem reported for it. */
    let open: { index: number; problem: SyntaxProblem } | undefined;
    /** Sections written on one line inside this one (`Frånvarande: Inga`, `Apologies: Tom Reed`), placed after it. */
    const inlineSections: AttendanceSection[] = [];
    /**
     * Whether the list has ended at a first page's signature or notice block (`Underskrifter`,
     * `ANSLAG/BEVIS`): its lines, to the next section, are header text, not attendees.
     */
    let pageBlock = false;
    /** A section written on one line inside this one whose list ends in a comma (`wrapsList`): its index in `inlineSections`. */
    let wrapping: number | undefined;
    for (const token of linesOf(ctx.AnyLine)) {
      const line = this.line(token);
      if (wrapping !== undefined && token.tokenType === TextLine && !pageBlock) {
        this.continueOneLineSection(inlineSections, wrapping, line);
        if (!wrapsList(line.content.text)) wrapping = undefined;
        continue;
      }
      wrapping = undefined;
      if (token.tokenType === CommentLine) this.comments.push(this.comment(line));
      else if (pageBlock || isPageBlockHeading(line.content.text)) {
        pageBlock = true;
        this.preamble.push(line.content);
      }
      // A known field (`Justerare: …`) among the attendees is a header field; the section goes on.
      // `Ordförande: Maria Lind` is read as the attendee with that role below (`roleFields`).
      else if (token.tokenType === HeaderFieldLine && !this.namesRoleHolder(line)) this.headerFields.push(this.headerField(line));
      else if (token.tokenType === TextLine && line.content.text.includes('\t') && this.pushTabbedField(line)) open = undefined;
      // A PDF's page marker (`Sida 2 av 3`) is nobody, and so is a line of dashes (`-`, `–`) or
      // `Frånvarande: Inga`: no attendee, no problem. A note wrapped onto the line below a page
      // marker still joins the attendee above it.
      else if (isPageMarker(line.content.text) || DASHES_ONLY.test(line.content.text)) open = undefined;
      else if (this.oneLineSectionInto(inlineSections, line)) {
        open = undefined;
        if (wrapsList(line.content.text)) wrapping = inlineSections.length - 1;
      } else if (isHeadCount(line.content.text)) {
        counts.push(this.entryText(line));
        open = undefined;
      }
      else {
        // Still an attendee, so that nothing is lost, but said: the list has taken in what was
        // meant as an item or an action.
        // `1) Inga Lund` is a numbered list of names: only the word forms (`Item 3 – …`) count here.
        const misplaced = otherHeadingForm(line, { words: true, numbers: false }) ?? keywordInAttendance(token, line);
        if (misplaced) this.problems.push(misplaced);
        const last = attendees.length - 1;
        // The rest of a note broken inside its parentheses (`(digitalt from` / `p 2)`).
        const closing = open && open.index === last ? this.closedNote(attendees[last] as Attendee, open.problem, line) : undefined;
        open = undefined;
        if (closing) {
          attendees[last] = closing;
          continue;
        }
        const wrapped = last >= 0 ? this.wrappedNote(line) : undefined;
        if (wrapped) {
          // Gathered first and read once when the section is done: a note wrapped over many
          // lines then costs its length, not its square.
          const gathered = wraps.get(last);
          if (gathered) {
            gathered.groups.push(...wrapped.groups);
            gathered.end = line.content.span.end;
            gathered.absent ||= wrapped.absent;
          } else wraps.set(last, { text: wrapped.text, groups: [...wrapped.groups], end: line.content.span.end, absent: wrapped.absent });
        } else {
          const problems = this.problems.length;
          // `Chair: Karen Mitchell`, `Treasurer: Peter Novak`: the person, with the role.
          const holder = this.roleHolder(line, kind);
          // A chair's field that names no one after all stays the field it was.
          if (!holder && token.tokenType === HeaderFieldLine) {
            this.headerFields.push(this.headerField(line));
            continue;
          }
          // `Elevrådet: Alva Lindqvist (6A), Theo Karimi (6B)`: a group's people, each an attendee.
          if (!holder && this.groupInto(line, kind, attendees, counts)) {
            open = undefined;
            continue;
          }
          const attendee = holder ?? this.attendee(line, kind);
          if (attendee) {
            attendees.push(attendee);
            if (token.tokenType === HeaderFieldLine) this.roleFields.push({ field: this.headerField(line), start: attendee.span.start, attendees });
            const problem = this.problems[problems];
            if (problem?.kind === 'unclosed-note') open = { index: attendees.length - 1, problem };
          }
        }
      }
    }
    for (const [index, wrapped] of wraps) {
      const previous = attendees[index] as Attendee;
      const attendee: Mutable<Attendee> = { ...previous, span: { start: previous.span.start, end: wrapped.end } };
      // The note's text is the first one written; the facts and free text are those of every group.
      attendee.note = parseAttendanceNotes(previous.note?.text ?? wrapped.text, [...(this.noteGroups.get(previous) ?? []), ...wrapped.groups]);
      if (wrapped.absent) attendee.section = 'absent';
      attendees[index] = attendee;
    }
    // A list whose only entry is `Inga`, `Ingen` or `None` (no organisation, role or note) is empty.
    const only = attendees.length === 1 ? attendees[0] : undefined;
    if (only && !only.organisation && !only.role && !only.note && saysNobody(only.name.text)) attendees.pop();
    const end = attendees[attendees.length - 1]?.span.end ?? heading.span.end;
    const lastCount = counts[counts.length - 1];
    this.sections.push({ kind, heading, attendees, ...(counts.length > 0 ? { counts } : {}), span: { start: heading.span.start, end: Math.max(end, lastCount?.span.end ?? 0) } }, ...inlineSections);
  }

  /**
   * An attendance heading with its list after the colon on the same line — `Present: Karen
   * Mitchell (Chair), James Brennan and Priya Sharma`, `Närvarande: Eva Berg, Ola Ek (digitalt)` —
   * a section of its own, spanning the line, with one attendee per entry (`attendanceEntries`),
   * each read as an attendee line is. `Frånvarande: Inga`, `Absent: None`, `Ersättare: –` say
   * nobody: a section with no attendees. The heading is the key without its colon. Undefined for
   * any other line. Only lines of the header and the attendance lists are asked, and a line
   * without a colon near its start costs one search.
   */
  private oneLineSection(line: Line): AttendanceSection | undefined {
    const token = line.token;
    if (!isA(token, FieldLike) && token.tokenType !== TextLine) return undefined;
    const colon = line.content.text.indexOf(':');
    if (colon <= 0 || colon > MAX_HEADING_LENGTH) return undefined;
    const { key, value } = readKeyValue(this.source, line.content);
    if (!isSectionKeyword(key.text)) return undefined;
    this.vote(key.text);
    const kind = sectionKind(key.text);
    const attendees: Attendee[] = [];
    const counts: TextNode[] = [];
    if (!saysNobody(value.text)) this.listedAttendees(value.span.start, value.span.end, kind, attendees, counts);
    const section: Mutable<AttendanceSection> = { kind, heading: key, attendees, span: copySpan(line.content.span), inline: true };
    if (counts.length > 0) section.counts = counts;
    return section;
  }

  /** The attendees of the one-line list `[start, end)` (`attendanceEntries`), added to `attendees`. */
  private listedAttendees(start: number, end: number, kind: AttendanceKind, attendees: Attendee[], counts: TextNode[]): void {
    for (const entry of attendanceEntries(this.source, start, end)) {
      const text = trimmedNode(this.source, entry.start, entry.end);
      // `2 members of the public`: people counted, not named.
      if (isHeadCount(text.text)) {
        counts.push(text);
        continue;
      }
      // `Tom Grey, Finance Director`: a role alone after a comma is no one, but the role of the one before.
      const previous = attendees[attendees.length - 1];
      if (previous && !previous.role && isRoleWord(text.text)) {
        attendees[attendees.length - 1] = { ...previous, role: text, span: { start: previous.span.start, end: entry.end } };
        continue;
      }
      const attendee = this.attendeeIn(text, entry, kind);
      if (attendee) attendees.push(attendee);
    }
  }

  /**
   * A line of text that goes on with the one-line list above it (`sections[index]`), whose line
   * ended in a comma, as a long list wraps in a word processor (`Present: Jane Smith, Omar Khan,`
   * / `Lucy Brown, Tom Reed`): its people are the section's, and the section spans the line.
   */
  private continueOneLineSection(sections: AttendanceSection[], index: number, line: Line): void {
    const section = sections[index] as AttendanceSection;
    const attendees = [...section.attendees];
    const counts = [...(section.counts ?? [])];
    this.listedAttendees(line.content.span.start, line.content.span.end, section.kind, attendees, counts);
    sections[index] = { ...section, attendees, ...(counts.length > 0 ? { counts } : {}), span: { start: section.span.start, end: line.content.span.end } };
  }

  /** `oneLineSection` for a line inside a section: adds the section to `into` and says whether the line was one. */
  private oneLineSectionInto(into: AttendanceSection[], line: Line): boolean {
    const section = this.oneLineSection(line);
    if (section) into.push(section);
    return section !== undefined;
  }

  footer(ctx: Record<string, IToken[] | undefined>): void {
    const builder = new FooterBuilder(this.source);
    const tokens = [...this.linesBeforeFooter, ...linesOf(ctx.FooterLine), ...linesOf(ctx.AnyLine)].sort((a, b) => a.startOffset - b.startOffset);
    this.linesBeforeFooter = [];
    for (const token of tokens) {
      const line = this.line(token);
      if (token.tokenType === CommentLine) {
        this.comments.push(this.comment(line));
      } else if (token.tokenType.name === 'FooterLine') {
        const { key, value } = readFooterKeyword(this.source, line.content);
        this.vote(key.text);
        builder.keywordLine(footerKind(key.text), key, line.content, value);
      } else {
        const misplaced = keywordInFooter(token, line);
        if (misplaced) {
          this.problems.push(misplaced);
          builder.note(line.content);
        } else builder.line(line.content);
      }
    }
    this.footerModel = builder.finish();
  }

  /**
   * The first full date (`dateInTitle`) in the title or, when it has none, in the lines right
   * below it (`belowTitle`), read as a `Datum:` value is.
   */
  private titleDate(lines: readonly TextNode[], dayFirst: boolean): DateValue | undefined {
    for (const line of lines) {
      // `Utkast skickat 2025-05-20`, `Draft circulated 20 May 2025`: the date of the paper, not the meeting's.
      if (line !== lines[0] && PAPER_DATE_WORDS.test(line.text)) continue;
      const found = dateInTitle(line.text, dayFirst);
      if (found) return parseDate(trimmedNode(this.source, line.span.start + found.start, line.span.start + found.end), undefined, dayFirst);
    }
    return undefined;
  }

  /**
   * The date and the place in the value of a field that says when and where (`Plats och tid:
   * Kommunhuset, 2025-02-18 kl. 18.00`, `timeAndPlaceIn`); the date is read as a `Datum:` value
   * is, and keeps its own place in the text.
   */
  private readTimeAndPlace(field: Mutable<HeaderField>, dayFirst: boolean): void {
    const year = this.options.today?.year;
    const found = timeAndPlaceIn(field.value.text, year, dayFirst);
    if (found.date) field.date = parseDate(this.valuePart(field, found.date), year, dayFirst);
    if (found.place) field.place = this.valuePart(field, found.place);
  }

  /** The stretch `part` of a field's value (offsets into the value's text), as a node of the document. */
  private valuePart(field: HeaderField, part: Span): TextNode {
    const at = field.value.span.start;
    return trimmedNode(this.source, at + part.start, at + part.end);
  }

  /**
   * The date of a date field whose value holds more than a date (`Datum: 2025-02-18, Kommunhuset`,
   * `Date: 4 March 2025 in the Village Hall`, `Datum: 2025-02-18, Storgatan 45`), found as in a
   * field that says when and where; the field keeps its unreadable date when none is found, or
   * when what stands around it has a figure but no word, or what may be a time of day
   * (`11 mars 2025, kl. 25.00` is a time that is no time, and stays reported whole).
   */
  private readDateAmongWords(field: Mutable<HeaderField>, dayFirst: boolean): void {
    const year = this.options.today?.year;
    const text = field.value.text;
    const found = timeAndPlaceIn(text, year, dayFirst).date;
    if (!found) return;
    const around = `${text.slice(0, found.start)} ${text.slice(found.end)}`;
    if (/\d/.test(around) && (!/\p{L}{2}/u.test(around) || TIME_LIKE.test(around))) return;
    field.date = parseDate(this.valuePart(field, found), year, dayFirst);
  }

  private line(token: IToken): Line {
    return readLine(this.source, token);
  }

  private vote(keyword: string): void {
    const lang = keywordLang(keyword);
    if (lang) this.languageVotes[lang]++;
  }

  private comment(line: Line): CommentBlock {
    const c = line.content;
    return { kind: 'comment', text: trimmedNode(this.source, c.span.start + 2, c.span.end), span: copySpan(c.span) };
  }

  private headerField(line: Line): HeaderField {
    return this.fieldOf(line, readKeyValue(this.source, line.content));
  }

  /**
   * A header field written as a protokoll's first page lays it out in a table, its key and its
   * value parted by a tab rather than a colon (`Sammanträdesdatum⇥2025-04-08`, `Plats och
   * tid⇥Kulturhuset Forum, kl. 17.30`, `Utses att justera⇥Johan Persson`): only for the keys of
   * when and where (`TABBED_KINDS`) and `Utses att justera` — a role before a name in an
   * attendance table (`Ordförande⇥Eva Berg`) is an attendee. Undefined for any other line.
   */
  private tabbedField(line: Line): HeaderField | undefined {
    const content = line.content;
    const tab = content.text.indexOf('\t');
    if (tab <= 0 || tab > MAX_HEADING_LENGTH) return undefined;
    const key = trimmedNode(this.source, content.span.start, content.span.start + tab);
    const kind = headerKind(key.text);
    if (!TABBED_KINDS.has(kind) && keywordKey(key.text) !== 'utses att justera') return undefined;
    return this.fieldOf(line, { key, value: trimmedNode(this.source, content.span.start + tab, content.span.end) });
  }

  /** `tabbedField` of a line of an attendance list, kept as a header field if the line is one; whether it was. */
  private pushTabbedField(line: Line): boolean {
    const field = this.tabbedField(line);
    if (field) this.headerFields.push(field);
    return field !== undefined;
  }

  private fieldOf(line: Line, { key, value }: { key: TextNode; value: TextNode }): HeaderField {
    const kind = headerKind(key.text);
    if (kind !== 'other') this.vote(key.text);
    const field: Mutable<HeaderField> = { kind, key, value, span: copySpan(line.content.span) };
    if ((kind === 'date' || kind === 'timeAndPlace') && value.text) this.dateFields.push(field);
    else if (kind === 'chair' || kind === 'secretary' || kind === 'adjusters') {
      field.persons = splitNames(this.source, value.span.start, value.span.end);
    }
    return field;
  }

  /**
   * A line holding only a note, `(digitalt from p 2)`, under an attendee: the note wrapped onto a
   * line of its own (as text from a PDF often is). It adds to that attendee's note — its facts
   * and its free text — and the attendee's place runs on to it. Undefined for any other line.
   */
  private wrappedNote(line: Line): { text: TextNode; groups: readonly TextNode[]; absent: boolean } | undefined {
    // In a bulleted list the note may have a bullet of its own (`- Anna Lind` / `- (från p 2)`).
    if (line.token.tokenType === NumberedLine) return undefined;
    const text = this.entryText(line);
    if (!text.text.startsWith('(')) return undefined;
    const { fields, note } = readAttendeeFields(this.source, text.span.start, text.span.end);
    if (!note || fields.some((f) => f.text !== '')) return undefined;
    if (!note.closed) this.problems.push(unclosedNote(note));
    return { text: note.text, groups: note.groups, absent: saysAbsent(note.text.text) };
  }

  /**
   * The line after an attendee whose note has no `)`, when it holds the rest of that note and
   * nothing after it (`Pia Alhäll, Härryda (digitalt from` / `p 2)`, a PDF's line break inside the
   * parentheses): the note runs on to its `)`, and the problem reported for it is withdrawn.
   * Undefined for any other line.
   */
  private closedNote(previous: Attendee, problem: SyntaxProblem, line: Line): Attendee | undefined {
    const text = line.content.text;
    const close = text.indexOf(')');
    if (close < 0 || text.indexOf('(') >= 0 || text.slice(close + 1).trim() !== '' || !previous.note) return undefined;
    const groups = this.noteGroups.get(previous) ?? [];
    const last = groups[groups.length - 1];
    if (!last) return undefined;
    const closeAt = line.content.span.start + close;
    const group = trimmedNode(this.source, last.span.start, closeAt);
    const merged = [...groups.slice(0, -1), group];
    const attendee: Mutable<Attendee> = { ...previous, span: { start: previous.span.start, end: line.content.span.end } };
    attendee.note = parseAttendanceNotes(trimmedNode(this.source, previous.note.text.span.start, closeAt), merged);
    if (merged.length === 1 && saysAbsent(group.text)) attendee.section = 'absent';
    this.noteGroups.set(attendee, merged);
    const reported = this.problems.indexOf(problem);
    if (reported >= 0) this.problems.splice(reported, 1);
    return attendee;
  }

  /** The parenthesised groups of each attendee's note, for a note wrapped onto the next line. */
  private readonly noteGroups = new WeakMap<Attendee, readonly TextNode[]>();

  /**
   * The text of an attendance line after its list marker: `- `, `• `, `* `, `2. ` (the lexer's
   * bullet and numbered lines), and the bullets pasted from a word processor (`afterBullets`).
   */
  private entryText(line: Line): TextNode {
    const isListed = line.token.tokenType === BulletLine || line.token.tokenType === NumberedLine;
    const text = isListed ? readMarker(this.source, line.content).text : line.content;
    const start = afterBullets(this.source, text.span.start, text.span.end);
    return start === text.span.start ? text : trimmedNode(this.source, start, text.span.end);
  }

  private attendee(line: Line, section: AttendanceKind): Attendee | undefined {
    return this.attendeeIn(this.entryText(line), line.content.span, section);
  }

  /**
   * `Chair: Karen Mitchell`, `Ordförande: Maria Lind (S)`, `Treasurer: Peter Novak – Finance` in an
   * attendance list: a role, a colon and an attendee line's text — that attendee, with the role
   * as written before the colon. Undefined for any other line (`Bilagor: 3`, whose key is no role).
   */
  private roleHolder(line: Line, section: AttendanceKind): Attendee | undefined {
    // Most attendee lines have no colon: one search, and nothing is made for them.
    if (!line.content.text.includes(':')) return undefined;
    const text = this.entryText(line);
    const colon = keyColon(text.text);
    if (colon < 0) return undefined;
    const role = trimmedNode(this.source, text.span.start, text.span.start + colon);
    const value = trimmedNode(this.source, text.span.start + colon + 1, text.span.end);
    if (value.text === '' || !isRoleWord(role.text)) return undefined;
    return this.attendeeIn(value, line.content.span, section, role);
  }

  /**
   * A line of an attendance list that names a group and its people after a colon, as a school's
   * or an association's list has it (`Föräldrarepresentanter: Anna Wik (3B), Fredrik Ström (5A)`,
   * `Elevrådet: Alva Lindqvist (6A), Theo Karimi (6B)`): each entry is an attendee, read as a
   * one-line list's entries are, with the group as their organisation when they name none. Only a
   * key of one to three words that is no role (`Chair: …`, `roleHolder`) and no field, before two
   * or more entries or one whose words each begin with a capital. Adds the attendees and says
   * whether the line was such a group.
   */
  private groupInto(line: Line, kind: AttendanceKind, attendees: Attendee[], counts: TextNode[]): boolean {
    // A `Key:` line the lexer knows no keyword of (an action or decision line is out of place here, and said so).
    if (line.token.tokenType !== FieldLine) return false;
    const { key, value } = readKeyValue(this.source, line.content);
    if (value.text === '' || key.text.split(/\s+/u).length > 3 || isRoleWord(key.text)) return false;
    // `Gäster: inga`, `Guests: none`: the group names nobody, and the line is no one.
    if (saysNobody(value.text)) return true;
    const entries = attendanceEntries(this.source, value.span.start, value.span.end);
    const first = entries[0];
    if (!first || (entries.length < 2 && !CAPITALISED_NAME.test(this.source.slice(first.start, first.end).trim()))) return false;
    const from = attendees.length;
    this.listedAttendees(value.span.start, value.span.end, kind, attendees, counts);
    for (let i = from; i < attendees.length; i++) {
      const attendee = attendees[i] as Attendee;
      if (!attendee.organisation) attendees[i] = { ...attendee, organisation: key };
    }
    return true;
  }

  /**
   * Whether a known header field in an attendance list names the holder of a role rather than
   * the meeting's chair or secretary as a header does: `Ordförande:`, `Chair:`, `Secretary:`,
   * `Clerk:` with one person after it. `settleRoleFields` decides at the end of the prefix.
   */
  private namesRoleHolder(line: Line): boolean {
    const { key, value } = readKeyValue(this.source, line.content);
    const kind = headerKind(key.text);
    return (kind === 'chair' || kind === 'secretary') && value.text !== '' && isRoleWord(key.text) && splitNames(this.source, value.span.start, value.span.end).length === 1;
  }

  /**
   * The attendees of `Ordförande: Maria Lind` lines in attendance lists (`roleFields`): a person
   * listed on another line too (`Närvarande` / `Maria Lind` / … / `Ordförande: Maria Lind`) is
   * not listed twice — the line is the header field it was read as before, which gives that
   * listing the role. Of two such lines for one person, the first stays the attendee.
   */
  private settleRoleFields(): void {
    if (this.roleFields.length === 0) return;
    const listings = new Map<string, number>();
    for (const section of this.sections) {
      for (const attendee of section.attendees) {
        const key = nameKey(attendee.name.text);
        listings.set(key, (listings.get(key) ?? 0) + 1);
      }
    }
    for (let i = this.roleFields.length - 1; i >= 0; i--) {
      const { field, start, attendees } = this.roleFields[i] as (typeof this.roleFields)[number];
      // The attendee may have been made anew since (a note wrapped onto the next line): found by its place.
      const index = attendees.findIndex((a) => a.span.start === start);
      const attendee = attendees[index];
      if (!attendee) continue;
      const key = nameKey(attendee.name.text);
      const count = listings.get(key) ?? 0;
      if (count <= 1) continue;
      listings.set(key, count - 1);
      attendees.splice(index, 1);
      let at = this.headerFields.length;
      while (at > 0 && (this.headerFields[at - 1] as HeaderField).span.start > field.span.start) at--;
      this.headerFields.splice(at, 0, field);
      const sectionIndex = this.sections.findIndex((s) => s.attendees === attendees);
      const section = this.sections[sectionIndex];
      if (section) this.sections[sectionIndex] = { ...section, span: { start: section.span.start, end: attendees[attendees.length - 1]?.span.end ?? section.heading.span.end } };
    }
    this.roleFields = [];
  }

  /**
   * An attendee line's fields and note with the parentheses that name another person's party
   * given to that person: in `Ulf Sandberg (KD), tjänstgörande ersättare för Maria Ek (L)` the
   * `(L)` is Maria Ek's, right after a field that ends in `för` or `for` and a name, so it joins
   * that field and leaves the note, which keeps `(KD)`.
   */
  private othersParties(read: AttendeeFields): AttendeeFields {
    const note = read.note;
    if (!note) return read;
    let fields = read.fields;
    let groups = note.groups;
    for (const group of note.groups) {
      const index = fields.findIndex((f) => f.span.end <= group.span.start && /^\s*\($/u.test(this.source.slice(f.span.end, group.span.start)) && FOR_NAME.test(f.text));
      const field = fields[index];
      if (!field || !isParty(group.text)) continue;
      fields = fields.map((f, i) => (i === index ? trimmedNode(this.source, field.span.start, group.span.end + 1) : f));
      groups = groups.filter((g) => g !== group);
    }
    if (groups === note.groups) return read;
    const first = groups[0];
    if (!first) return { fields };
    // The note's text runs from its first group: when that group was the other person's, from the next.
    return { fields, note: { ...note, text: first === note.groups[0] ? note.text : first, groups } };
  }

  /**
   * A role written before a name in the name's field, as a school's or a council's list has it
   * (`Rektor Helena Sjöberg`, `Biträdande rektor Omid Rahimi`, `Headteacher Jane Smith`): one to
   * three words that are a role (`isRoleWord`), then a name of two or more words that each begin
   * with a capital, so that `Dean Smith` stays a name. Undefined for any other field.
   */
  private roleBeforeName(field: TextNode): { role: TextNode; name: TextNode } | undefined {
    // A role and a name of two words are three words at least; most names are two, with one space
    // between them, and are let through at the second search.
    const space = field.text.indexOf(' ');
    if (space < 0 || field.text.indexOf(' ', space + 1) < 0) return undefined;
    const words = [...field.text.matchAll(/\S+/gu)];
    for (let k = Math.min(3, words.length - 2); k >= 1; k--) {
      const rest = words.slice(k);
      if (!rest.every((w) => NAME_WORD.test(w[0]))) continue;
      const last = words[k - 1] as RegExpMatchArray;
      const roleEnd = field.span.start + (last.index ?? 0) + last[0].length;
      const role = trimmedNode(this.source, field.span.start, roleEnd);
      if (!isRoleWord(role.text)) continue;
      const first = rest[0] as RegExpMatchArray;
      return { role, name: trimmedNode(this.source, field.span.start + (first.index ?? 0), field.span.end) };
    }
    return undefined;
  }

  /**
   * The attendee of `text`: an attendance line's text after its bullet, or an entry of a list
   * written on its heading's line. `span` is the attendee's place: the line, or the entry.
   * `roleBefore`: the role written before the name and a colon (`Chair: Karen Mitchell`).
   */
  private attendeeIn(text: TextNode, span: Span, section: AttendanceKind, roleBefore?: TextNode): Attendee | undefined {
    const { fields: all, note: readNote } = this.othersParties(readAttendeeFields(this.source, text.span.start, text.span.end));
    // Leading empty fields are skipped: a note may stand before the name (`(M) Per Ström`,
    // `(digitalt) Bo Ek, Ale`), and a pasted list may start its lines with a separator
    // (`, Åke Berg`, `–Kim Ek`). The name is the first field with text.
    let first = 0;
    while (first < all.length && all[first]?.text === '') first++;
    let fields = first === 0 ? all : all.slice(first);
    // A line with nothing but separators is nobody; one with a note and no name (`(S)` with no
    // attendee above it to belong to) is kept whole as the name, so that no line vanishes.
    if (fields.length === 0) return readNote && text.text !== '' ? { name: text, section, span: copySpan(span) } : undefined;
    // A row of a Word table that starts with the role (`Ledamot⇥Per Ström (M)`): the role is the
    // first column and the name the second, when the columns are parted by tabs.
    let leadingRole: TextNode | undefined = roleBefore;
    const [maybeRole, afterRole] = fields;
    if (!roleBefore && maybeRole && afterRole && isRoleWord(maybeRole.text) && !isRoleWord(afterRole.text) && TABS_ONLY.test(this.source.slice(maybeRole.span.end, afterRole.span.start))) {
      leadingRole = maybeRole;
      fields = fields.slice(1);
    }
    let name = fields[0] as TextNode;
    // A known role word (`sekreterare`) after the name is the role wherever it stands; the first
    // other field is the organisation, and any further fields belong to the role. An empty second
    // field (`Maria Standar, , protokolljusterare`) says there is no organisation: the rest is role.
    const noOrganisation = fields.length > 2 && fields[1]?.text === '' && LEFT_EMPTY.test(this.source.slice(name.span.end, fields[2]?.span.start));
    let rest = fields.slice(1).filter((f) => f.text);
    // `Emil Roos, fritidschef, §§ 23-24`: the items a person was there for, as a field of its own
    // rather than in parentheses, is the note.
    const itemsField = rest.find((f) => ITEMS_FIELD.test(f.text));
    if (itemsField) rest = rest.filter((f) => f !== itemsField);
    const organisation = noOrganisation ? undefined : rest.find((f) => !isRoleWord(f.text) && !standsInFor(f.text));
    const roles = rest.filter((f) => f !== organisation);
    const firstRole = roles[0];
    const lastRole = roles[roles.length - 1];
    // `Rektor Helena Sjöberg`, `Biträdande rektor Omid Rahimi`: a role before the name, in the name's field.
    const before = !leadingRole && !firstRole ? this.roleBeforeName(name) : undefined;
    if (before) {
      leadingRole = before.role;
      name = before.name;
    }
    // A role written before the name is the role; a role word after the name then stays out of it
    // (a role is one stretch of the line, and the name stands between them).
    const written = leadingRole ?? (firstRole && lastRole ? trimmedNode(this.source, firstRole.span.start, lastRole.span.end) : undefined);
    // `Joan Ellis (Clerk)`: a note that is nothing but a role word is the role, as British lists write it.
    const roleInNote = !written && readNote?.closed === true && readNote.groups.length === 1 && isRoleWord(readNote.text.text) ? readNote.text : undefined;
    const role = written ?? roleInNote;
    // The items field joins a note in parentheses (`Bo Ek, Ale (digitalt), § 1`), or is the note
    // (also beside a role in parentheses, `Joan Ellis (Clerk), § 2`).
    const itemsNote = itemsField && { text: itemsField, groups: [itemsField], closed: true };
    const note = roleInNote ? itemsNote : readNote && itemsField ? { ...readNote, groups: [...readNote.groups, itemsField] } : (readNote ?? itemsNote);
    if (note && !note.closed) {
      // Underline the note rather than the invisible end of line where `)` is missing.
      this.problems.push(unclosedNote(note));
    }
    const reading = note && parseAttendanceNotes(note.text, note.groups);
    // A note that says the person was not there at all (`(anmält förhinder)`) makes them absent,
    // wherever they are listed.
    const absent = note !== undefined && reading !== undefined && noteSaysAbsent(note, reading);
    const attendee: Mutable<Attendee> = { name, section: absent ? 'absent' : section, span: copySpan(span) };
    if (organisation) attendee.organisation = organisation;
    if (role) attendee.role = role;
    if (note && reading) {
      attendee.note = reading;
      this.noteGroups.set(attendee, note.groups);
    }
    return attendee;
  }
}

/**
 * Where the colon of `Role: Name` stands in `text`: the first colon followed by white space or the
 * end (`1:e vice ordförande: Eva Berg`), within a heading's length of the start; -1 without one.
 */
function keyColon(text: string): number {
  for (let i = text.indexOf(':'); i > 0 && i <= MAX_HEADING_LENGTH; i = text.indexOf(':', i + 1)) {
    if (i + 1 === text.length || isBlank(text.charCodeAt(i + 1))) return i;
  }
  return -1;
}

function isA(token: IToken, category: typeof FieldLike): boolean {
  return token.tokenType === category || (token.tokenType.CATEGORIES?.includes(category) ?? false);
}

/** Beside a date, what may be a time of day: `kl. 25.00`, `klockan 9`, `at 7`, `13:00`, `9.30`, `7 pm`. */
const TIME_LIKE = /(?:^|[\s,;])(?:kl\.?|klockan|at)\s*\d|\d\s*[.:]\s*\d|\d\s*[ap]\.?m\b/iu;
