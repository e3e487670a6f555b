import type { Analysis } from '../analysis/analyze';
import { describeAttendance } from '../analysis/attendanceWords';
import type { Resolution } from '../analysis/resolve';
import { isoDate } from '../dates/dateValue';
import type { DateValue } from '../dates/dateValue';
import { messages, type Catalogue } from '../i18n/messages';
import type { ActionBlock, Attendee, ItemRef } from '../model/types';
import { nameKey } from '../text/names';
import { spanContains, type Span, type TextNode } from '../text/span';
import { longDate } from './dateWords';
import { escapeMarkdown } from './markdown';

/** A hover: Markdown, and the range of text it is about. */
export interface HoverResult {
  readonly markdown: string;
  readonly span: Span;
}

/** Something under the cursor that a hover can describe. */
type Target =
  | { readonly kind: 'person'; readonly node: TextNode; readonly resolution: Resolution; readonly itemNumber?: number }
  | { readonly kind: 'itemRefs'; readonly span: Span; readonly numbers: readonly number[] }
  | { readonly kind: 'date'; readonly date: DateValue };

/**
 * The hover at `offset`:
 * - on a person (attendee line, assignee, `Ordförande:`/`Justerare:` …, footer): name,
 *   organisation, role, attendance in words, presence at the item (for an assignee), and the
 *   person's actions in this meeting; an organisation shows who represents it, a known member
 *   says so, an ambiguous first name lists the candidates;
 * - on an item number in an attendance note or in text (`p 4`, `punkt 4`, `§ 4`): the item's title;
 * - on a date (meeting date, deadline): the weekday and the long form in the document's language.
 * Labels are in the user's language (`analysis.options.locale`). Never throws.
 */
export function hover(analysis: Analysis, offset: number): HoverResult | undefined {
  try {
    const target = findTarget(analysis, offset);
    if (!target) return undefined;
    const msg = messages(analysis.options.locale ?? 'en', analysis.itemNaming);
    switch (target.kind) {
      case 'person':
        return personHover(analysis, msg, target.node, target.resolution, target.itemNumber);
      case 'itemRefs':
        return itemHover(analysis, msg, target.span, target.numbers);
      case 'date':
        return dateHover(analysis, msg, target.date);
    }
  } catch {
    return undefined;
  }
}

function findTarget(analysis: Analysis, offset: number): Target | undefined {
  const doc = analysis.document;
  const at = (span: Span) => span.end > span.start && spanContains(span, offset);
  const person = (node: TextNode, itemNumber?: number): Target => ({
    kind: 'person',
    node,
    resolution: analysis.resolver.resolve(node.text),
    ...(itemNumber !== undefined ? { itemNumber } : {}),
  });
  for (const field of doc.headerFields) {
    if (field.date && at(field.date.text.span)) return { kind: 'date', date: field.date };
    for (const node of field.persons ?? []) if (at(node.span)) return person(node);
  }
  for (const section of doc.sections) {
    for (const attendee of section.attendees) {
      if (!spanContains(attendee.span, offset)) continue;
      if (at(attendee.name.span)) return { kind: 'person', node: attendee.name, resolution: { kind: 'attendee', attendee } };
      const refs = attendee.note?.refs.filter((r) => at(r.span)) ?? [];
      if (refs.length > 0) return refsTarget(refs);
    }
  }
  for (const item of doc.items) {
    if (!spanContains(item.span, offset)) continue;
    for (const block of item.body) {
      if (block.kind !== 'action' || !spanContains(block.span, offset)) continue;
      for (const assignee of block.assignees) {
        if (!at(assignee.name.span)) continue;
        const resolution = analysis.resolutions.get(assignee) ?? analysis.resolver.resolve(assignee.name.text);
        return { kind: 'person', node: assignee.name, resolution, itemNumber: block.itemNumber };
      }
      if (block.deadline && at(block.deadline.date.text.span)) return { kind: 'date', date: block.deadline.date };
    }
  }
  const textRefs = doc.textItemRefs.filter((r) => at(r.span));
  if (textRefs.length > 0) return refsTarget(textRefs);
  for (const entry of doc.footer?.entries ?? []) for (const p of entry.persons) if (at(p.name.span)) return person(p.name);
  return undefined;
}

/** A range such as `p 2–4` gives one ref per number, all with the range's span. */
function refsTarget(refs: readonly ItemRef[]): Target {
  const first = refs[0] as ItemRef;
  const same = refs.filter((r) => r.span.start === first.span.start && r.span.end === first.span.end);
  return { kind: 'itemRefs', span: first.span, numbers: [...new Set(same.map((r) => r.number))] };
}

function personHover(analysis: Analysis, msg: Catalogue, node: TextNode, resolution: Resolution, itemNumber: number | undefined): HoverResult | undefined {
  const lines: string[] = [];
  let actionsOf: ((action: ActionBlock) => boolean) | undefined;
  switch (resolution.kind) {
    case 'attendee': {
      const attendee = resolution.attendee;
      lines.push(`**${escapeMarkdown(attendee.name.text)}**`);
      if (attendee.organisation?.text) lines.push(`${msg.hoverOrganisation()}: ${escapeMarkdown(attendee.organisation.text)}`);
      if (attendee.role?.text) lines.push(`${msg.hoverRole()}: ${escapeMarkdown(attendee.role.text)}`);
      lines.push(`${msg.hoverAttendance()}: ${escapeMarkdown(attendanceWords(attendee, msg))}`);
      if (itemNumber !== undefined && attendee.section !== 'absent') {
        const presence = analysis.timeline.presenceAt(attendee, itemNumber);
        const word = presence === 'absent' ? msg.hoverNotPresent() : presence === 'remote' ? msg.remote() : msg.onSite();
        lines.push(escapeMarkdown(msg.hoverPresenceAt(itemNumber, word)));
      }
      const key = nameKey(attendee.name.text);
      actionsOf = (action) =>
        action.assignees.some((a) => {
          const r = analysis.resolutions.get(a);
          return r?.kind === 'attendee' && nameKey(r.attendee.name.text) === key;
        });
      break;
    }
    case 'organisation': {
      lines.push(`**${escapeMarkdown(resolution.name)}**`);
      lines.push(`${msg.hoverOrganisation()}. ${msg.hoverRepresentedBy()}: ${resolution.attendees.map((a) => escapeMarkdown(a.name.text)).join(', ')}`);
      const key = nameKey(resolution.name);
      actionsOf = (action) => action.assignees.some((a) => analysis.resolutions.get(a)?.kind === 'organisation' && nameKey(a.name.text) === key);
      break;
    }
    case 'member': {
      lines.push(`**${escapeMarkdown(resolution.name)}**`, msg.hoverKnownMember());
      const key = nameKey(resolution.name);
      actionsOf = (action) => action.assignees.some((a) => analysis.resolutions.get(a)?.kind === 'member' && nameKey(a.name.text) === key);
      break;
    }
    case 'ambiguous':
      lines.push(`**${escapeMarkdown(node.text)}**`, `${msg.hoverCouldBe()}: ${resolution.candidates.map((a) => escapeMarkdown(a.name.text)).join(', ')}`);
      break;
    case 'unknown':
      return undefined;
  }
  let markdown = lines.join('  \n');
  if (actionsOf) markdown += `\n\n${actionList(analysis, msg, actionsOf)}`;
  return { markdown, span: node.span };
}

/** "Digitalt, från punkt 4" / "På plats"; "Frånvarande" for the absent; the section for substitutes. */
function attendanceWords(attendee: Attendee, msg: Catalogue): string {
  if (attendee.section === 'absent') return msg.sectionName('absent');
  const words = describeAttendance(attendee, msg);
  const sentence = words.charAt(0).toUpperCase() + words.slice(1);
  return attendee.section === 'present' ? sentence : `${sentence} (${msg.sectionName(attendee.section).toLowerCase()})`;
}

function actionList(analysis: Analysis, msg: Catalogue, include: (action: ActionBlock) => boolean): string {
  const entries: string[] = [];
  for (const item of analysis.document.items) {
    for (const block of item.body) {
      if (block.kind !== 'action' || !include(block)) continue;
      const task = block.task?.text ?? '';
      const short = task.length > 100 ? `${task.slice(0, 99).trimEnd()}…` : task;
      const due = block.deadline?.date.date ? ` (${escapeMarkdown(`${block.deadline.inTask ? msg.hoverDue() : block.deadline.keyword.text} ${isoDate(block.deadline.date.date)}`)})` : '';
      entries.push(`- ${escapeMarkdown(msg.hoverItem(block.itemNumber))}: ${escapeMarkdown(short)}${due}`);
    }
  }
  return entries.length === 0 ? msg.hoverNoActions() : `${msg.hoverActions()}:\n\n${entries.join('\n')}`;
}

function itemHover(analysis: Analysis, msg: Catalogue, span: Span, numbers: readonly number[]): HoverResult | undefined {
  const lines: string[] = [];
  for (const n of numbers) {
    const item = analysis.document.items.find((i) => i.number === n);
    if (item) lines.push(`**${escapeMarkdown(msg.hoverItem(n))}** ${escapeMarkdown(item.title.text)}`.trimEnd());
  }
  return lines.length === 0 ? undefined : { markdown: lines.join('  \n'), span };
}

function dateHover(analysis: Analysis, msg: Catalogue, value: DateValue): HoverResult | undefined {
  if (value.words) return { markdown: msg.hoverDeadlineWords(value.words), span: value.text.span };
  if (!value.date) return undefined;
  const long = longDate(value.date, analysis.document.language);
  const lines = [`**${escapeMarkdown(long)}**`];
  if (value.text.text !== isoDate(value.date)) lines.push(escapeMarkdown(isoDate(value.date)));
  if (value.month !== undefined) lines.push(msg.hoverMonthDeadline());
  if (value.quarter !== undefined) lines.push(msg.hoverQuarterDeadline());
  if (value.afterMeeting) lines.push(msg.hoverWeekdayAfterMeeting());
  if (value.yearImplied) lines.push(msg.hoverYearFromMeeting());
  return { markdown: lines.join('  \n'), span: value.text.span };
}
