import type { Analysis } from '../analysis/analyze';
import type { AttendanceNote, Attendee, Block, BulletEntry, HeaderField, HeaderFieldKind, Item, Lang } from '../model/types';
import type { Span, TextNode } from '../text/span';
import { joinLines } from '../model/joinLines';
import { isWhiteSpace } from '../text/whiteSpace';
import type { TextSource } from '../text/textSource';
import { publishedDate } from './dates';
import { isBareStatus } from '../model/bodyBlocks';
import { runOnLink } from '../model/lineReaders';
import { isParty, partiesOf } from '../model/party';
import { keywordLang } from '../syntax/keywordLookup';
import { renderLabels, type RenderLabels } from './labels';
import { publishFooter } from './publishedFooter';
import { indentWidth, listDepths } from './lists';
import { publishedOwners } from './owners';
import { clean, writtenLabel } from './publishedText';
import type {
  AttendanceRow,
  PublishedAction,
  PublishedBlock,
  PublishedDecision,
  PublishedField,
  PublishedItem,
  PublishedListEntry,
  PublishedMinutes,
  PublishedSection,
} from './publishedModel';

/** The order of the header block; fields the language does not know come last, as written. */
const FIELD_ORDER: readonly HeaderFieldKind[] = ['meeting', 'date', 'timeAndPlace', 'time', 'place', 'chair', 'secretary', 'adjusters', 'other'];

/**
 * Builds the published minutes from an analysis: the header block with the date as written, the
 * attendance with attendance in words, the items with their paragraphs, lists, actions and
 * decisions, the summaries and the footer. Comments are left out. Never throws.
 */
export function buildPublishedMinutes(analysis: Analysis, lang: Lang): PublishedMinutes {
  // In a protokoll the renderer's own words name items as paragraphs: *Från § 46*, *Paragraf*.
  const labels = renderLabels(lang, analysis.itemNaming);
  const { document } = analysis;
  const lineOf = (span: Span): number => analysis.lineIndex.positionAt(span.start).line;

  const fields = [...document.headerFields]
    .map((field, index) => ({ field, index }))
    .sort((a, b) => FIELD_ORDER.indexOf(a.field.kind) - FIELD_ORDER.indexOf(b.field.kind) || a.index - b.index)
    .map(({ field }) => publishField(field, labels, lang, lineOf))
    // A known field left empty says nothing; a field of the secretary's own is shown as written
    // (its `unknown-header-field` hint says so), even before it has a value.
    .filter((field) => field.value !== '' || field.kind === 'other');

  const sections: PublishedSection[] = document.sections
    .filter((section) => section.attendees.length > 0 || (section.counts?.length ?? 0) > 0)
    .map((section) => ({
      kind: section.kind,
      // The secretary's own heading, unless the minutes are published in the other language.
      heading: (keywordLang(section.heading.text) === lang && writtenLabel(section.heading.text)) || labels.section(section.kind),
      line: lineOf(section.span),
      // People counted rather than named (`2 members of the public`) follow the names, as written.
      rows: [...section.attendees.map((attendee) => attendanceRow(attendee, labels, lineOf)), ...(section.counts ?? []).map((count) => countRow(count, lineOf))],
    }));

  const items = document.items.map((item) => publishItem(item, analysis, lineOf, lang, labels));
  const actions: PublishedAction[] = [];
  const decisions: PublishedDecision[] = [];
  for (const item of items) {
    for (const block of item.blocks) {
      if (block.kind === 'action') actions.push(block);
      else if (block.kind === 'decision') decisions.push(block);
    }
  }

  const preamble = document.preamble.map((node) => ({ value: clean(node.text), line: lineOf(node.span) })).filter((p) => p.value !== '');
  const firstField = document.headerFields[0];
  const firstFieldLine = firstField ? lineOf(firstField.span) : Number.POSITIVE_INFINITY;
  const title = document.title && clean(document.title.text) !== '' ? { value: clean(document.title.text), line: lineOf(document.title.span) } : undefined;
  const footer = document.footer ? publishFooter(document.footer, lineOf, lang, labels) : undefined;
  return {
    lang,
    labels,
    ...(title ? { title } : {}),
    fields,
    subtitle: preamble.filter((p) => p.line < firstFieldLine),
    preamble: preamble.filter((p) => p.line >= firstFieldLine),
    sections,
    items,
    actions,
    decisions,
    ...(footer ? { footer } : {}),
  };
}

function publishField(field: HeaderField, labels: RenderLabels, lang: Lang, lineOf: (span: Span) => number): PublishedField {
  // A known key as the secretary wrote it (`Venue`, `Clerk`), unless published in the other language.
  const label = field.kind === 'other' ? clean(field.key.text) : (keywordLang(field.key.text) === lang && writtenLabel(field.key.text)) || labels.field(field.kind);
  const value = field.kind === 'date' && field.date ? publishedDate(field.date) : clean(field.value.text);
  return { kind: field.kind, label, value, line: lineOf(field.span) };
}

/** A row of people counted, not named: the count as written in the name's column. */
function countRow(count: TextNode, lineOf: (span: Span) => number): AttendanceRow {
  return { name: clean(count.text), organisation: '', role: '', attendance: '', line: lineOf(count.span) };
}

function attendanceRow(attendee: Attendee, labels: RenderLabels, lineOf: (span: Span) => number): AttendanceRow {
  // A party written as a note (`Eva Hessman (S)`, as a municipal protokoll lists members) says
  // who the person is, not how they attended: it stays with the name.
  const note = attendee.note;
  const parties = partiesOf(note);
  const name = clean(attendee.name.text) + (parties.length > 0 ? ` (${parties.join(', ')})` : '');
  const rest = note && parties.length > 0 ? { ...note, free: note.free.filter((node) => !isParty(node.text)) } : note;
  return {
    name,
    organisation: clean(attendee.organisation?.text ?? ''),
    role: clean(attendee.role?.text ?? ''),
    attendance: rest ? attendanceInWords(rest, labels) : '',
    line: lineOf(attendee.span),
  };
}

/**
 * "Digitalt från punkt 4", "Endast punkt 2", "Från punkt 2 till och med punkt 5"; what the note
 * says that the language does not understand follows as written, so nothing is lost: only the
 * renderer's own words start with a capital, the secretary's (`sjukskriven`) are left as they are.
 */
export function attendanceInWords(note: AttendanceNote, labels: RenderLabels): string {
  const parts: string[] = [];
  if (note.remote) parts.push(labels.remote());
  if (note.from) parts.push(labels.from(note.from.number));
  if (note.to) parts.push(labels.until(note.to.number));
  if (note.only) parts.push(labels.only([...new Set(note.only.map((ref) => ref.number))]));
  if (note.except) parts.push(labels.except([...new Set(note.except.map((ref) => ref.number))]));
  const understood = sentence(parts.join(' '));
  const free = note.free.map((node) => clean(node.text)).filter((text) => text !== '');
  return [understood, ...free].filter((text) => text !== '').join('; ');
}

/**
 * The text with its first letter in upper case, as a sentence or a table cell starts. For the
 * renderer's own words only: the secretary's text is published as written.
 */
export function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** What every block of an item needs to know about the item. */
interface ItemContext {
  readonly item: Item;
  readonly title: string;
  readonly headingNumber: string;
  readonly source: TextSource;
  /** Who each assignee is, so that a person named twice is published once. */
  readonly analysis: Analysis;
  readonly lineOf: (span: Span) => number;
  /** The language published in, and its words: a decision's keyword in the other language is published as the name of its kind. */
  readonly lang: Lang;
  readonly labels: RenderLabels;
}

function publishItem(item: Item, analysis: Analysis, lineOf: (span: Span) => number, lang: Lang, labels: RenderLabels): PublishedItem {
  const source = analysis.source;
  const title = clean(item.title.text);
  const headingNumber = writtenNumber(item, source);
  const context: ItemContext = { item, title, headingNumber, source, analysis, lineOf, lang, labels };
  const blocks: PublishedBlock[] = [];
  for (const block of item.body) {
    if (block.kind === 'paragraph' && !block.subheading && block.lines.length > 1) {
      // `a) …`, `b) …`, `1.1 …`, `Q: …` on lines of their own are read line by line, not as one sentence.
      for (const lines of lineGroups(block.lines)) blocks.push({ kind: 'paragraph', text: clean(joinLines(lines)), line: lineOf(lines[0]?.span ?? block.span) });
      continue;
    }
    const published = publishBlock(block, context);
    if (published) blocks.push(published);
  }
  return { number: item.number, numberText: item.numberNode.text, headingNumber, title, line: lineOf(item.headerSpan), blocks };
}

/**
 * What starts a line of its own in a paragraph: a letter or roman number with a parenthesis (`a)`,
 * `(b)`, `iv)`), a number with a parenthesis (`2)`), a numbered sub-paragraph before a capital
 * (`1.1 Apologies`, not `1.2 million`), a short label (`Q:`, `A:`, `F:`, `S:`), or a line to sign
 * on (`Signed ........ Chair`, `________`).
 */
const OWN_LINE = /^(?:\(?(?:[a-zA-Z]|[ivx]{2,4})\)\s|\d{1,3}\)\s|\d{1,3}(?:\.\d{1,3})+\.?\s+\p{Lu}|\p{Lu}{1,2}:\s|.*[._…]{5,})/u;

/**
 * The lines of a paragraph in the groups a reader reads as one: a group begins at a line that
 * `OWN_LINE` matches, and the lines after it that do not continue it.
 */
function lineGroups(lines: readonly TextNode[]): TextNode[][] {
  const groups: TextNode[][] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (!last || OWN_LINE.test(line.text)) groups.push([line]);
    else last.push(line);
  }
  return groups;
}

/**
 * The item's number as its heading writes it: the digits with the paragraph sign before them
 * (`§ 46`, `§46`) or the full stop after them (`6.`, `§46.`), white space made one space.
 */
function writtenNumber(item: Item, source: TextSource): string {
  const { start, end } = item.numberNode.span;
  let from = start;
  while (from > 0 && isBlank(source.charCodeAt(from - 1))) from--;
  const sign = from > 0 && source.charCodeAt(from - 1) === PARAGRAPH_SIGN ? from - 1 : start;
  const to = source.charCodeAt(end) === FULL_STOP ? end + 1 : end;
  return clean(source.slice(sign, to));
}

const PARAGRAPH_SIGN = 0xa7;
const FULL_STOP = 0x2e;

/** White space within a line, as the language reads it between `§` and the number (a tab, a no-break space, …). */
function isBlank(code: number): boolean {
  return code !== 0x0a && code !== 0x0d && isWhiteSpace(code);
}


/** The entries of a list with their markers as written and their nesting by indentation. */
function publishList(entries: readonly BulletEntry[], context: ItemContext): PublishedListEntry[] {
  const { source, lineOf } = context;
  const indents = entries.map((entry) => {
    const markerStart = entry.marker.span.start;
    let lineStart = markerStart;
    while (lineStart > 0 && isBlank(source.charCodeAt(lineStart - 1))) lineStart--;
    return indentWidth(source.slice(lineStart, markerStart));
  });
  const depths = listDepths(indents);
  return entries.map((entry, index) => {
    const marker = entry.marker.text;
    const digits = /^\d+/.exec(marker);
    return {
      value: clean(entry.text),
      line: lineOf(entry.span),
      marker,
      ...(digits ? { number: Number(digits[0]) } : {}),
      depth: depths[index] ?? 0,
    };
  });
}

function publishBlock(block: Block, context: ItemContext): PublishedBlock | undefined {
  const { item, lineOf } = context;
  switch (block.kind) {
    case 'paragraph':
      return { kind: 'paragraph', text: clean(block.text), line: lineOf(block.span), ...(block.subheading ? { subheading: true } : {}) };
    case 'list':
      return { kind: 'list', entries: publishList(block.entries, context), line: lineOf(block.span) };
    case 'action': {
      const owners = publishedOwners(block, context.source, context.analysis.resolutions, context.analysis.resolver);
      return {
        kind: 'action',
        itemNumber: item.number,
        itemReference: context.headingNumber.replace(/\.$/, ''),
        assignees: owners.names,
        owners: owners.text,
        ownerLink: owners.link,
        task: clean(block.task?.text ?? ''),
        ...(block.deadline ? { deadline: publishedDate(block.deadline.date) } : {}),
        ...(block.status ? { status: block.status.value } : {}),
        ...(block.status && block.status.text.text && !isBareStatus(block.status.text.text) ? { statusText: clean(block.status.text.text) } : {}),
        line: lineOf(block.span),
      };
    }
    case 'decision': {
      // The keyword as written (`Resolved`, `RESOLVED that …`), unless published in the other language.
      const own = keywordLang(block.keyword.text) === context.lang;
      const link = own ? runOnLink(context.source, block) : undefined;
      const label = !own ? context.labels.decision() : link !== undefined ? clean(block.keyword.text) : writtenLabel(block.keyword.text);
      return {
        kind: 'decision',
        itemNumber: item.number,
        itemHeadingNumber: context.headingNumber,
        itemTitle: context.title,
        label,
        ...(link !== undefined ? { link } : {}),
        text: clean(block.text.text),
        ...(block.points ? { points: { lead: clean(block.points.lead?.text ?? ''), entries: publishList(block.points.entries, context) } } : {}),
        line: lineOf(block.span),
      };
    }
    case 'comment':
      // Comments are notes to the writer: never published.
      return undefined;
  }
}
