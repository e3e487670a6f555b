import { isoDate, type DateValue } from '../dates/dateValue';
import type { Block, MeetingDocument } from '../model/types';
import { keywordKey } from '../syntax/keywords';

const words = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const dateOf = (value: DateValue | undefined): string | undefined => (value ? (value.date ? isoDate(value.date) : `${value.problem ?? value.words}:${words(value.text.text)}`) : undefined);

/**
 * What a document says, without where it says it: every node of the model with its text
 * (white space collapsed), and nothing about spans, spacing, bullet characters or the kind of
 * dash. Two texts with the same meaning are the same minutes; the formatter checks its output
 * against this, so it can never change what the document says.
 */
export function meaningOf(doc: MeetingDocument): string {
  const parts: unknown[] = [['title', words(doc.title?.text)], ['language', doc.language]];
  for (const f of doc.headerFields) parts.push(['field', f.kind, words(f.key.text), words(f.value.text), dateOf(f.date), f.persons?.map((p) => words(p.text))]);
  parts.push(['preamble', doc.preamble.map((p) => words(p.text))]);
  for (const s of doc.sections) {
    const attendees = s.attendees.map((a) => [words(a.name.text), words(a.organisation?.text), words(a.role?.text), words(a.note?.text.text)]);
    parts.push(['section', s.kind, keywordKey(s.heading.text), attendees, (s.counts ?? []).map((c) => words(c.text))]);
  }
  for (const item of doc.items) parts.push(['item', item.number, words(item.title.text), item.body.map(blockMeaning)]);
  for (const e of doc.footer?.entries ?? []) parts.push(['footer', e.kind, keywordKey(e.keyword.text), e.persons.map((p) => [words(p.name.text), words(p.role?.text)])]);
  parts.push(['footer-notes', (doc.footer?.notes ?? []).map((n) => words(n.text))]);
  parts.push(['comments', doc.comments.map((c) => words(c.text.text))]);
  parts.push(['refs', doc.textItemRefs.map((r) => r.number)]);
  parts.push(['prose', doc.proseAssignments.map((p) => [words(p.assignee.text), words(p.task)])]);
  return JSON.stringify(parts);
}

function blockMeaning(block: Block): unknown {
  switch (block.kind) {
    case 'paragraph':
      return ['p', words(block.text)];
    case 'list':
      // A bullet is a bullet whichever character draws it; numbered entries keep their number.
      return ['l', block.entries.map((e) => [/^\d/.test(e.marker.text) ? e.marker.text : '-', words(e.text)])];
    case 'action':
      return ['a', block.assignees.map((a) => words(a.name.text)), words(block.task?.text), dateOf(block.deadline?.date), block.status?.value, words(block.status?.text.text)];
    case 'decision':
      return ['d', words(block.text.text)];
    case 'comment':
      return ['c', words(block.text.text)];
  }
}
