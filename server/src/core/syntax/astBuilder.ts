import type { CstNode, IToken } from 'chevrotain';
import type { CalendarDate } from '../dates/dateValue';
import { parseDate } from '../dates/parseDate';
import { splitNames } from '../model/actionText';
import { parseAttendanceNote } from '../model/attendanceNote';
import { buildBody } from '../model/bodyBlocks';
import type {
  Attendee,
  AttendanceKind,
  AttendanceSection,
  CommentBlock,
  Footer,
  FooterEntry,
  FooterPerson,
  HeaderField,
  Item,
  ItemRef,
  Lang,
  MeetingDocument,
  ProseAssignment,
} from '../model/types';
import type { Span, TextNode } from '../text/span';
import { contentSpan, orderedChildNodes, tokenEnd, tokenNode, tokensOf, trimmedNode } from './cstUtil';
import { bareKeyword, footerKind, headerKind, keywordLang, sectionKind } from './keywordLookup';
import { minutesParser } from './parser';
import { Comma, Dash, FieldKey, ItemNumber, LParen, RParen, SectionHeader } from './tokens';

export interface BuildOptions {
  /** Supplies the year for dates written without one when the meeting has no date. */
  readonly today?: CalendarDate;
}

const BaseVisitor = minutesParser.getBaseCstVisitorConstructorWithDefaults();

/**
 * Builds the meeting model from the syntax tree. The grammar decides what kind of line each line
 * is and which region it stands in; this visitor reads the lines' tokens into names, notes, dates
 * and blocks. It tolerates nodes the parser recovered (tokens invented during recovery are
 * skipped), so a half-typed document still gives a complete model.
 */
export class AstBuilder extends BaseVisitor {
  private readonly languageVotes = { sv: 0, en: 0 };
  private meetingYear: number | undefined;
  private readonly comments: CommentBlock[] = [];
  private readonly textItemRefs: ItemRef[] = [];
  private readonly proseAssignments: ProseAssignment[] = [];

  constructor(
    private readonly source: string,
    private readonly options: BuildOptions,
  ) {
    super();
  }

  /** Builds the document; call once per builder. */
  build(root: CstNode): MeetingDocument {
    let title: TextNode | undefined;
    const headerFields: HeaderField[] = [];
    const preamble: TextNode[] = [];
    const sections: AttendanceSection[] = [];
    const items: Item[] = [];
    let footer: Footer | undefined;

    const children = orderedChildNodes(root);
    const doubleSpaced = isDoubleSpaced(root);
    for (const node of children) {
      switch (node.name) {
        case 'titleLine':
          title = this.lineText(node);
          break;
        case 'headerField':
          headerFields.push(this.headerField(node));
          break;
        case 'section':
          sections.push(this.section(node));
          break;
        case 'proseLine':
          preamble.push(this.lineText(node));
          break;
        case 'commentLine':
          this.comments.push(this.comment(node));
          break;
        case 'item':
          items.push(this.item(node, doubleSpaced));
          break;
        case 'footer':
          footer = this.footer(node);
          break;
        default:
          break;
      }
    }
    const language: Lang = this.languageVotes.en > this.languageVotes.sv ? 'en' : 'sv';
    return {
      ...(title ? { title } : {}),
      headerFields,
      preamble,
      sections,
      items,
      ...(footer ? { footer } : {}),
      comments: this.comments.sort((a, b) => a.span.start - b.span.start),
      textItemRefs: this.textItemRefs,
      proseAssignments: this.proseAssignments,
      language,
      length: this.source.length,
    };
  }

  private vote(image: string): void {
    const lang = keywordLang(image);
    if (lang) this.languageVotes[lang]++;
  }

  /** The content of a whole line, trimmed. */
  private lineText(node: CstNode): TextNode {
    const tokens = tokensOf(node);
    const s = contentSpan(tokens, node.location?.startOffset ?? 0);
    return trimmedNode(this.source, s.start, s.end);
  }

  private keywordNode(token: IToken): TextNode {
    const word = token.image.replace(/\s*:\s*$/, '');
    return { text: word, span: { start: token.startOffset, end: token.startOffset + word.length } };
  }

  private headerField(node: CstNode): HeaderField {
    const tokens = tokensOf(node);
    const keyToken = tokens.find((t) => t.tokenType === FieldKey || t.tokenType.CATEGORIES?.includes(FieldKey));
    const line = contentSpan(tokens, node.location?.startOffset ?? 0);
    if (!keyToken) return { kind: 'other', key: { text: '', span: line }, value: trimmedNode(this.source, line.start, line.end), span: line };
    const kind = headerKind(keyToken.image);
    if (kind !== 'other') this.vote(keyToken.image);
    const key = this.keywordNode(keyToken);
    const value = trimmedNode(this.source, tokenEnd(keyToken), line.end);
    const field: HeaderField = { kind, key, value, span: line };
    if (kind === 'date' && value.text) {
      const date = parseDate(value, this.options.today?.year);
      if (date.date && this.meetingYear === undefined) this.meetingYear = date.date.year;
      return { ...field, date };
    }
    if (kind === 'chair' || kind === 'secretary' || kind === 'adjusters') {
      return { ...field, persons: splitNames(this.source, value.span.start, value.span.end) };
    }
    return field;
  }

  private section(node: CstNode): AttendanceSection {
    const heading = tokensOf(node).find((t) => t.tokenType === SectionHeader);
    const headingNode = heading ? trimmedNode(this.source, heading.startOffset, tokenEnd(heading)) : this.lineText(node);
    const kind = heading ? sectionKind(heading.image) : 'present';
    if (heading) this.vote(heading.image);
    const attendees: Attendee[] = [];
    for (const child of orderedChildNodes(node)) {
      if (child.name === 'attendeeLine') {
        const attendee = this.attendee(child, kind);
        if (attendee) attendees.push(attendee);
      } else if (child.name === 'commentLine') {
        this.comments.push(this.comment(child));
      }
    }
    const end = attendees.length > 0 ? (attendees[attendees.length - 1]?.span.end ?? headingNode.span.end) : headingNode.span.end;
    return { kind, heading: headingNode, attendees, span: { start: headingNode.span.start, end } };
  }

  private attendee(node: CstNode, section: AttendanceKind): Attendee | undefined {
    const tokens = tokensOf(node);
    const line = contentSpan(tokens, node.location?.startOffset ?? 0);
    // The first note is the attendance note; tokens inside any note are not fields.
    const notes = (node.children.attendeePart ?? []).flatMap((part) => ((part as CstNode).children.attendanceNote ?? []) as CstNode[]);
    const noteSpans = notes.map((n) => contentSpan(tokensOf(n), line.end));
    const inNote = (t: IToken) => noteSpans.some((s) => t.startOffset >= s.start && t.startOffset < s.end);
    const fieldTokens = tokens.filter((t) => t.tokenType.name !== 'Indent' && t.tokenType.name !== 'Bullet' && !inNote(t));
    // Split the fields before the note at commas and dashes.
    const segments: TextNode[] = [];
    let segmentStart = fieldTokens[0]?.startOffset ?? line.start;
    for (const token of fieldTokens) {
      const isSeparator = token.tokenType === Comma || token.tokenType.CATEGORIES?.includes(Comma) || token.tokenType === Dash || token.tokenType.CATEGORIES?.includes(Dash);
      if (isSeparator) {
        segments.push(trimmedNode(this.source, segmentStart, token.startOffset));
        segmentStart = tokenEnd(token);
      }
    }
    const lastField = fieldTokens[fieldTokens.length - 1];
    if (lastField) segments.push(trimmedNode(this.source, segmentStart, tokenEnd(lastField)));
    const name = segments[0];
    if (!name || name.text === '') return undefined;
    const organisation = segments[1]?.text ? segments[1] : undefined;
    const roleParts = segments.slice(2).filter((s) => s.text);
    const firstRole = roleParts[0];
    const lastRole = roleParts[roleParts.length - 1];
    const role = firstRole && lastRole ? trimmedNode(this.source, firstRole.span.start, lastRole.span.end) : undefined;

    let note;
    const noteNode = notes[0];
    if (noteNode) {
      const noteTokens = tokensOf(noteNode);
      const open = noteTokens.find((t) => t.tokenType === LParen || t.tokenType.CATEGORIES?.includes(LParen));
      const close = noteTokens.find((t) => t.tokenType === RParen || t.tokenType.CATEGORIES?.includes(RParen));
      if (open) note = parseAttendanceNote(trimmedNode(this.source, tokenEnd(open), close ? close.startOffset : line.end));
    }
    return {
      name,
      ...(organisation ? { organisation } : {}),
      ...(role ? { role } : {}),
      ...(note ? { note } : {}),
      section,
      span: line,
    };
  }

  private comment(node: CstNode): CommentBlock {
    const token = tokensOf(node).find((t) => t.tokenType.name === 'Comment');
    const start = token?.startOffset ?? node.location?.startOffset ?? 0;
    const end = token ? tokenEnd(token) : start;
    return { kind: 'comment', text: trimmedNode(this.source, start + 2, end), span: { start, end } };
  }

  private item(node: CstNode, doubleSpaced: boolean): Item {
    const tokens = tokensOf(headerOnly(node));
    const numberToken = tokens.find((t) => t.tokenType === ItemNumber);
    const headerLine = contentSpan(tokens, node.location?.startOffset ?? 0);
    const numberNode = numberToken ? tokenNode(numberToken) : { text: '', span: { start: headerLine.start, end: headerLine.start } };
    const digits = /\d+/.exec(numberNode.text);
    const digitsAt = digits ? numberNode.span.start + digits.index : numberNode.span.start;
    const number = digits ? Number(digits[0]) : 0;
    const title = trimmedNode(this.source, numberNode.span.end, headerLine.end);

    const bodyLines = orderedChildNodes(node).filter((n) => n.name !== 'inline' && n.name !== 'lineEnd');
    const body = buildBody(bodyLines, {
      source: this.source,
      itemNumber: number,
      doubleSpaced,
      meetingYear: this.meetingYear ?? this.options.today?.year,
      onKeyword: (image) => this.vote(image),
      onComment: (c) => this.comments.push(c),
      onItemRefs: (refs) => this.textItemRefs.push(...refs),
      onProseAssignments: (found) => this.proseAssignments.push(...found),
    });
    const lastBlock = body[body.length - 1];
    return {
      number,
      numberNode: { text: digits?.[0] ?? numberNode.text, span: digits ? { start: digitsAt, end: digitsAt + digits[0].length } : numberNode.span },
      title,
      body,
      headerSpan: headerLine,
      span: { start: headerLine.start, end: lastBlock ? Math.max(lastBlock.span.end, headerLine.end) : headerLine.end },
    };
  }

  private footer(node: CstNode): Footer {
    const entries: { kind: FooterEntry['kind']; keyword: TextNode; persons: FooterPerson[]; span: Span; valueOnLine: boolean }[] = [];
    const notes: TextNode[] = [];
    for (const child of orderedChildNodes(node)) {
      if (child.name === 'footerLine') {
        const tokens = tokensOf(child);
        const keywordToken = tokens.find((t) => t.tokenType.CATEGORIES?.includes(FieldKey));
        const line = contentSpan(tokens, child.location?.startOffset ?? 0);
        if (!keywordToken) continue;
        this.vote(keywordToken.image);
        const kind = footerKind(keywordToken.image);
        const value = trimmedNode(this.source, tokenEnd(keywordToken), line.end);
        const entry = { kind, keyword: this.keywordNode(keywordToken), persons: [] as FooterPerson[], span: line, valueOnLine: value.text !== '' };
        this.addFooterPersons(entry, value);
        entries.push(entry);
      } else if (child.name === 'textLine') {
        const text = this.lineText(child);
        const entry = entries[entries.length - 1];
        if (!entry || !this.addFooterPersons(entry, text, true)) notes.push(text);
        else entry.span = { start: entry.span.start, end: text.span.end };
      } else if (child.name === 'commentLine') {
        this.comments.push(this.comment(child));
      }
    }
    const first = entries[0]?.span.start ?? node.location?.startOffset ?? 0;
    const last = Math.max(entries[entries.length - 1]?.span.end ?? first, notes[notes.length - 1]?.span.end ?? first);
    return { entries, notes, span: { start: first, end: last } };
  }

  /**
   * Adds what a footer line says to its entry: `Name, Role` for the recorder (the role may stand
   * alone on the next line, as in minutes copied from a PDF), names for the adjusters. Returns
   * false when the line adds nothing, so the caller keeps it as a note.
   */
  private addFooterPersons(entry: { kind: FooterEntry['kind']; persons: FooterPerson[]; valueOnLine?: boolean }, value: TextNode, following = false): boolean {
    if (!value.text) return true;
    // A line with digits ("Göteborg 2024-03-20") is a place and date, not a name or a role.
    if (following && /\d/.test(value.text)) return false;
    if (entry.kind === 'adjusters') {
      if (following && entry.valueOnLine) return false;
      entry.persons.push(...splitNames(this.source, value.span.start, value.span.end).map((name) => ({ name })));
      return true;
    }
    const current = entry.persons[entry.persons.length - 1];
    if (current && current.role) return false;
    const comma = value.text.indexOf(',');
    if (!current) {
      const name = comma < 0 ? value : trimmedNode(this.source, value.span.start, value.span.start + comma);
      const role = comma < 0 ? undefined : trimmedNode(this.source, value.span.start + comma + 1, value.span.end);
      entry.persons.push({ name, ...(role?.text ? { role } : {}) });
      return true;
    }
    entry.persons[entry.persons.length - 1] = { ...current, role: value };
    return true;
  }
}

/** An item node with only its heading's children, so the heading's tokens can be read alone. */
function headerOnly(node: CstNode): CstNode {
  const { ItemNumber: numberTokens, inline } = node.children;
  return { name: 'itemHeader', children: { ...(numberTokens ? { ItemNumber: numberTokens } : {}), ...(inline ? { inline } : {}) } };
}

/**
 * Minutes copied from a PDF have a blank line after every line. Then a single empty line does not
 * end a paragraph; only a line of white space or several blank lines do.
 */
function isDoubleSpaced(root: CstNode): boolean {
  let blank = 0;
  let content = 0;
  for (const item of (root.children.item ?? []) as CstNode[]) {
    for (const key in item.children) {
      const count = item.children[key]?.length ?? 0;
      if (key === 'blankLine') blank += count;
      else if (key !== 'ItemNumber' && key !== 'inline' && key !== 'lineEnd') content += count;
    }
  }
  return content >= 4 && blank >= 0.8 * content;
}

export { bareKeyword };
