import type { Analysis } from '../analysis/analyze';
import type { AttendanceNote, Attendee, Block, FooterEntry, HeaderField, HeaderFieldKind, Item, Lang } from '../model/types';
import type { Span } from '../text/span';
import { deadlineText, meetingDateText } from './dates';
import { isBareStatus } from '../model/bodyBlocks';
import { renderLabels, type RenderLabels } from './labels';
import type {
  AttendanceRow,
  PublishedAction,
  PublishedBlock,
  PublishedDecision,
  PublishedField,
  PublishedFooter,
  PublishedItem,
  PublishedMinutes,
  PublishedSection,
  Sourced,
} from './publishedModel';

/** The order of the header block; fields the language does not know come last, as written. */
const FIELD_ORDER: readonly HeaderFieldKind[] = ['meeting', 'date', 'time', 'place', 'chair', 'secretary', 'adjusters', 'other'];

/**
 * Builds the published minutes from an analysis: the header block with the date in long form, the
 * attendance with attendance in words, the items with their paragraphs, lists, actions and
 * decisions, the summaries and the footer. Comments are left out. Never throws.
 */
export function buildPublishedMinutes(analysis: Analysis, lang: Lang): PublishedMinutes {
  const labels = renderLabels(lang);
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
    .filter((section) => section.attendees.length > 0)
    .map((section) => ({
      kind: section.kind,
      heading: labels.section(section.kind),
      line: lineOf(section.span),
      rows: section.attendees.map((attendee) => attendanceRow(attendee, labels, lineOf)),
    }));

  const items = document.items.map((item) => publishItem(item, lang, lineOf));
  const actions: PublishedAction[] = [];
  const decisions: PublishedDecision[] = [];
  for (const item of items) {
    for (const block of item.blocks) {
      if (block.kind === 'action') actions.push(block);
      else if (block.kind === 'decision') decisions.push(block);
    }
  }

  const title = document.title && clean(document.title.text) !== '' ? { value: clean(document.title.text), line: lineOf(document.title.span) } : undefined;
  const footer = document.footer ? publishFooter(document.footer.entries, document.footer.notes, lineOf(document.footer.span), lineOf) : undefined;
  return {
    lang,
    labels,
    ...(title ? { title } : {}),
    fields,
    preamble: document.preamble.map((node) => ({ value: clean(node.text), line: lineOf(node.span) })).filter((p) => p.value !== ''),
    sections,
    items,
    actions,
    decisions,
    ...(footer ? { footer } : {}),
  };
}

function publishField(field: HeaderField, labels: RenderLabels, lang: Lang, lineOf: (span: Span) => number): PublishedField {
  const label = field.kind === 'other' ? clean(field.key.text) : labels.field(field.kind);
  const value = field.kind === 'date' && field.date ? meetingDateText(field.date, lang) : clean(field.value.text);
  return { kind: field.kind, label, value, line: lineOf(field.span) };
}

function attendanceRow(attendee: Attendee, labels: RenderLabels, lineOf: (span: Span) => number): AttendanceRow {
  // A party written as a note (`Eva Hessman (S)`, as a municipal protokoll lists members) says
  // who the person is, not how they attended: it stays with the name.
  const note = attendee.note;
  const parties = note ? note.free.filter((node) => PARTY.test(node.text)).map((node) => node.text) : [];
  const name = clean(attendee.name.text) + (parties.length > 0 ? ` (${parties.join(', ')})` : '');
  const rest = note && parties.length > 0 ? { ...note, free: note.free.filter((node) => !PARTY.test(node.text)) } : note;
  return {
    name,
    organisation: clean(attendee.organisation?.text ?? ''),
    role: clean(attendee.role?.text ?? ''),
    attendance: rest ? attendanceInWords(rest, labels) : '',
    line: lineOf(attendee.span),
  };
}

/** A party's letters in capitals: `S`, `M`, `KD`, `MP`, `SD`. */
const PARTY = /^\p{Lu}{1,3}$/u;

/**
 * "Digitalt från punkt 4", "Endast punkt 2", "Från punkt 2 till och med punkt 5"; what the note
 * says that the language does not understand follows as written, so nothing is lost.
 */
export function attendanceInWords(note: AttendanceNote, labels: RenderLabels): string {
  const parts: string[] = [];
  if (note.remote) parts.push(labels.remote());
  if (note.from) parts.push(labels.from(note.from.number));
  if (note.to) parts.push(labels.until(note.to.number));
  if (note.only) parts.push(labels.only([...new Set(note.only.map((ref) => ref.number))]));
  if (note.except) parts.push(labels.except([...new Set(note.except.map((ref) => ref.number))]));
  const understood = parts.join(' ');
  const free = note.free.map((node) => clean(node.text)).filter((text) => text !== '');
  return sentence([understood, ...free].filter((text) => text !== '').join('; '));
}

/** The text with its first letter in upper case, as a sentence or a table cell starts. */
export function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function publishItem(item: Item, lang: Lang, lineOf: (span: Span) => number): PublishedItem {
  const title = clean(item.title.text);
  const blocks: PublishedBlock[] = [];
  for (const block of item.body) {
    const published = publishBlock(block, item, title, lang, lineOf);
    if (published) blocks.push(published);
  }
  return { number: item.number, numberText: item.numberNode.text, title, line: lineOf(item.headerSpan), blocks };
}

function publishBlock(block: Block, item: Item, itemTitle: string, lang: Lang, lineOf: (span: Span) => number): PublishedBlock | undefined {
  switch (block.kind) {
    case 'paragraph':
      return { kind: 'paragraph', text: clean(block.text), line: lineOf(block.span) };
    case 'list':
      return {
        kind: 'list',
        entries: block.entries.map((entry) => ({ value: clean(entry.text), line: lineOf(entry.span) })),
        line: lineOf(block.span),
      };
    case 'action':
      return {
        kind: 'action',
        itemNumber: item.number,
        assignees: block.assignees.map((assignee) => clean(assignee.name.text)).filter((name) => name !== ''),
        task: clean(block.task?.text ?? ''),
        ...(block.deadline ? { deadline: deadlineText(block.deadline.date, lang) } : {}),
        ...(block.status ? { status: block.status.value } : {}),
        ...(block.status && block.status.text.text && !isBareStatus(block.status.text.text) ? { statusText: clean(block.status.text.text) } : {}),
        line: lineOf(block.span),
      };
    case 'decision':
      return { kind: 'decision', itemNumber: item.number, itemTitle, text: clean(block.text.text), line: lineOf(block.span) };
    case 'comment':
      // Comments are notes to the writer: never published.
      return undefined;
  }
}

function publishFooter(
  entries: readonly FooterEntry[],
  notes: readonly { readonly text: string; readonly span: Span }[],
  line: number,
  lineOf: (span: Span) => number,
): PublishedFooter {
  const recordedBy: Sourced<string>[] = [];
  const adjusters: Sourced<string>[] = [];
  for (const entry of entries) {
    const target = entry.kind === 'recorder' ? recordedBy : adjusters;
    for (const person of entry.persons) {
      const name = clean(person.name.text);
      const role = clean(person.role?.text ?? '');
      if (name !== '') target.push({ value: role ? `${name}, ${role}` : name, line: lineOf(entry.span) });
    }
  }
  return {
    line,
    recordedBy,
    adjusters,
    notes: notes.map((note) => ({ value: clean(note.text), line: lineOf(note.span) })).filter((note) => note.value !== ''),
  };
}

/** Text as published: runs of white space (PDF extracts are full of them) become one space. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
