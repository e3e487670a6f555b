import type { Analysis } from '../analysis/analyze';
import { messages } from '../i18n/messages';
import type { ActionBlock, AttendanceSection, CommentBlock, DecisionBlock, Footer, Item, MeetingDocument } from '../model/types';
import { runOnLink } from '../model/lineReaders';
import type { Span } from '../text/span';
import type { TextSource } from '../text/textSource';
import { headerSpan } from './headerSpan';

/**
 * What an outline entry is. The language server maps these to LSP symbol kinds; the core names
 * them by what they mean in minutes.
 */
export type MinutesSymbolKind = 'header' | 'field' | 'section' | 'attendee' | 'item' | 'action' | 'decision' | 'comment' | 'footer' | 'footerEntry';

/** One entry of the document outline. */
export interface MinutesSymbol {
  /** Never empty. */
  readonly name: string;
  readonly detail?: string;
  readonly kind: MinutesSymbolKind;
  /** Everything the entry covers. */
  readonly span: Span;
  /** The part to reveal and select (a name, a keyword, a heading); inside `span`. */
  readonly selectionSpan: Span;
  readonly children: readonly MinutesSymbol[];
}

/** How much of an action's or decision's text the outline shows; the rest is elided with "…". */
const MAX_NAME_LENGTH = 60;

/**
 * The outline of a document: the header (title and fields), each attendance section with its
 * attendees, each item with its actions, decisions and comments, and the footer with its
 * entries. Comments outside items go into the part they stand in, or the top level.
 */
export function documentSymbols(analysis: Analysis): MinutesSymbol[] {
  const { document } = analysis;
  const msg = messages(analysis.options.locale ?? 'en', analysis.itemNaming);
  // Header, sections and footer: few, and the only hosts of comments outside items.
  const parts: Mutable[] = [];
  const header = headerSymbol(document, msg.symbolHeader());
  if (header) parts.push(header);
  for (const section of document.sections) parts.push(sectionSymbol(section));
  if (document.footer && document.footer.entries.length + document.footer.notes.length > 0) parts.push(footerSymbol(document.footer, msg.symbolFooter()));

  const top: MinutesSymbol[] = [...parts, ...document.items.map((item) => itemSymbol(item, analysis.source))];
  const inItems = new Set(document.items.flatMap((item) => item.body.filter((b) => b.kind === 'comment')));
  for (const comment of document.comments) {
    // Comments in an item body are already among the item's children.
    if (inItems.has(comment)) continue;
    const host = parts.find((p) => contains(p.span, comment.span));
    (host ? host.children : top).push(commentSymbol(comment));
  }
  for (const part of parts) part.children.sort(byStart);
  return top.sort(byStart);
}

type Mutable = Omit<MinutesSymbol, 'children'> & { children: MinutesSymbol[] };

function symbol(kind: MinutesSymbolKind, name: string, span: Span, selectionSpan: Span, detail?: string, children: MinutesSymbol[] = []): Mutable {
  return { kind, name: name.trim() || kind, span, selectionSpan, ...(detail ? { detail } : {}), children };
}

function headerSymbol(document: MeetingDocument, fallbackName: string): Mutable | undefined {
  const span = headerSpan(document);
  if (!span) return undefined;
  const selection = document.title?.span ?? document.headerFields[0]?.key.span ?? document.preamble[0]?.span ?? span;
  const fields = document.headerFields.map((f) => symbol('field', f.key.text, f.span, f.key.span, f.value.text));
  return symbol('header', document.title?.text || fallbackName, span, selection, undefined, fields);
}

function sectionSymbol(section: AttendanceSection): Mutable {
  const attendees = section.attendees.map((a) => {
    const fields = [a.organisation?.text, a.role?.text].filter((f) => f).join(', ');
    const detail = [fields, a.note ? `(${a.note.text.text})` : ''].filter((d) => d).join(' ');
    return symbol('attendee', a.name.text, a.span, a.name.span, detail);
  });
  return symbol('section', section.heading.text.replace(/\s*:$/u, ''), section.span, section.heading.span, String(section.attendees.length), attendees);
}

function itemSymbol(item: Item, text: TextSource): Mutable {
  const children: MinutesSymbol[] = [];
  for (const block of item.body) {
    if (block.kind === 'action') children.push(actionSymbol(block));
    else if (block.kind === 'decision') children.push(decisionSymbol(block, text));
    else if (block.kind === 'comment') children.push(commentSymbol(block));
  }
  // The heading as written: "6. Klimatanpassning", "§ 46 Budget".
  const heading = text.slice(item.headerSpan.start, item.headerSpan.end);
  return symbol('item', heading, item.span, item.headerSpan, undefined, children);
}

function actionSymbol(action: ActionBlock): MinutesSymbol {
  const assignees = action.assignees.map((a) => a.name.text).join(', ');
  const task = action.task?.text ?? '';
  const body = assignees && task ? `${assignees} – ${task}` : assignees || task;
  // A deadline at the end of the task is shown as written (`– 31 maj`, `by 20 March`, `snarast`).
  const deadline = action.deadline && (action.deadline.inTask ? `${action.deadline.keyword.text} ${action.deadline.date.text.text}`.trim() : `${action.deadline.keyword.text}: ${action.deadline.date.text.text}`);
  return symbol('action', truncate(`${(action.listHeading ?? action.keyword).text}: ${body}`), action.span, action.keyword.span, deadline);
}

/** `Beslut: …`, or as written where the keyword runs into its sentence: `RESOLVED that …`. */
function decisionSymbol(decision: DecisionBlock, text: TextSource): MinutesSymbol {
  const link = runOnLink(text, decision);
  return symbol('decision', truncate(`${decision.keyword.text}${link ?? ': '}${decision.text.text}`), decision.span, decision.keyword.span);
}

function commentSymbol(comment: CommentBlock): MinutesSymbol {
  return symbol('comment', truncate(`// ${comment.text.text}`), comment.span, comment.span);
}

function footerSymbol(footer: Footer, name: string): Mutable {
  const entries = footer.entries.map((e) => symbol('footerEntry', e.keyword.text, e.span, e.keyword.span, e.persons.map((p) => p.name.text).join(', ')));
  const selection = footer.entries[0]?.keyword.span ?? footer.notes[0]?.span ?? footer.span;
  return symbol('footer', name, footer.span, selection, undefined, entries);
}

/** Shortens text for the outline at a word boundary: "Uppdrag: Gitte Caous – ta reda på …". */
function truncate(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= MAX_NAME_LENGTH) return flat;
  const cut = flat.slice(0, MAX_NAME_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_NAME_LENGTH / 2 ? cut.slice(0, space) : cut} …`;
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function byStart(a: MinutesSymbol, b: MinutesSymbol): number {
  return a.span.start - b.span.start;
}
