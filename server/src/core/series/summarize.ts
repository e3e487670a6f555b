import type { CalendarDate } from '../dates/dateValue';
import { meetingDateOf } from '../model/meetingDate';
import type { Mutable } from '../model/mutable';
import { partiesOf } from '../model/party';
import type { ActionBlock, MeetingDocument } from '../model/types';
import { parseMinutes } from '../syntax/parse';
import { LineIndex } from '../text/lineIndex';
import type { Range, Span } from '../text/span';
import { createResolver } from '../analysis/resolve';
import { indexText } from './indexText';
import type { MeetingSummary, SeriesAction, SummaryAttendee, SummaryItem } from './types';
import { numberedWithParagraphSign } from '../model/paragraphSign';
import { itemNaming } from '../model/itemNaming';

export interface SummarizeOptions {
  /** For dates written without a year in a file without `Datum:`. */
  readonly today?: CalendarDate;
}

/**
 * Reads what the workspace index needs from one minutes file. It parses the file's `indexText`
 * with the same parser as everything else, so a file means the same here as in the editor, at a
 * fraction of the cost of a full analysis. `file` is only carried along to name the file.
 */
export function summarizeMinutes(file: string, text: string, options: SummarizeOptions = {}): MeetingSummary {
  const skeleton = indexText(text);
  // Item references and prose assignments are not part of a summary: not looked for.
  // Read as the original reads: prose cut to `.` lines no longer shows how the text is spaced.
  const { document } = parseMinutes(skeleton.text, options.today ? { today: options.today, mentions: false, doubleSpaced: skeleton.doubleSpaced } : { mentions: false, doubleSpaced: skeleton.doubleSpaced });
  return summarizeDocument(file, skeleton.text, document, skeleton.lines);
}

/**
 * The summary of a document already parsed (`text` is what was parsed); `lineMap`, when given,
 * turns the parsed text's line numbers into the file's (see `indexText`).
 */
export function summarizeDocument(file: string, text: string, document: MeetingDocument, lineMap?: readonly number[]): MeetingSummary {
  const lines = new MappedLines(new LineIndex(text), lineMap);
  const field = (kind: string) => document.headerFields.find((f) => f.kind === kind);
  const meeting = field('meeting')?.value.text || undefined;
  // A field that says when and where gives the place too (`Plats och tid: Kommunhuset, 2025-02-18`).
  const place = field('place')?.value.text || document.headerFields.find((f) => f.place)?.place?.text || undefined;
  const date = meetingDateOf(document);

  const attendees: SummaryAttendee[] = [];
  for (const section of document.sections) {
    for (const attendee of section.attendees) {
      const entry: Mutable<SummaryAttendee> = { name: attendee.name.text, present: attendee.section !== 'absent', range: lines.rangeOf(attendee.name.span) };
      const parties = partiesOf(attendee.note);
      if (parties.length > 0) entry.parties = parties;
      if (attendee.organisation?.text) entry.organisation = attendee.organisation.text;
      if (attendee.role?.text) entry.role = attendee.role.text;
      attendees.push(entry);
    }
  }

  const displayName = attendeeNames(document);
  const items: SummaryItem[] = [];
  const actions: SeriesAction[] = [];
  const paragraphs = itemNaming(document.items) === 'paragraphs';
  for (const item of document.items) {
    const summaryItem: Mutable<SummaryItem> = { number: item.number, title: item.title.text, range: lines.rangeOf(item.headerSpan) };
    if (numberedWithParagraphSign(item)) summaryItem.paragraphSign = true;
    items.push(summaryItem);
    for (const block of item.body) {
      if (block.kind !== 'action') continue;
      const action = toSeriesAction(file, block, item.title.text, lines, displayName, meeting, date);
      if (paragraphs) action.paragraphs = true;
      actions.push(action);
    }
  }
  const recorderEntry = document.footer?.entries.find((e) => e.kind === 'recorder');
  const recorderPerson = recorderEntry?.persons[0];
  const recorder = recorderPerson?.name.text;
  const recorderRole = recorderPerson?.role?.text;
  const titleSpan = document.title?.span ?? { start: 0, end: 0 };
  const namedInFields: string[] = [];
  for (const field of document.headerFields) for (const person of field.persons ?? []) namedInFields.push(person.text);
  for (const entry of document.footer?.entries ?? []) for (const person of entry.persons) namedInFields.push(person.name.text);
  const summary: Mutable<MeetingSummary> = { file, language: document.language, titleRange: lines.rangeOf(titleSpan), attendees, items, actions, namedInFields };
  if (document.title?.text) summary.title = document.title.text;
  if (meeting !== undefined) summary.meeting = meeting;
  if (place !== undefined) summary.place = place;
  if (date) summary.date = date;
  if (recorder) summary.recorder = recorder;
  if (recorder && recorderRole) summary.recorderRole = recorderRole;
  const keywords: Mutable<NonNullable<MeetingSummary['keywords']>> = {};
  for (const kind of ['meeting', 'date', 'place'] as const) {
    const key = field(kind)?.key.text;
    if (key) keywords[kind] = key;
  }
  // Only a list of all who were there: the next meeting lists everyone under the one heading,
  // which is not `Beslutande` when ersättare and others were listed apart.
  const lists = document.sections.filter((s) => s.kind !== 'absent');
  if (lists.length === 1 && lists[0]?.kind === 'present' && lists[0].heading.text) keywords.present = lists[0].heading.text;
  if (recorderEntry?.keyword.text) keywords.recorder = recorderEntry.keyword.text.replace(/:$/, '');
  if (Object.keys(keywords).length > 0) summary.keywords = keywords;
  return summary;
}

function toSeriesAction(
  file: string,
  block: ActionBlock,
  itemTitle: string,
  lines: MappedLines,
  displayName: (written: string) => string,
  meeting: string | undefined,
  meetingDate: CalendarDate | undefined,
): Mutable<SeriesAction> {
  const assignees: string[] = [];
  for (const assignee of block.assignees) {
    const name = displayName(assignee.name.text);
    if (!assignees.includes(name)) assignees.push(name);
  }
  const deadline = block.deadline?.date.date;
  const deadlineText = block.deadline?.date.text.text.replace(/\s+/g, ' ').trim();
  const action: Mutable<SeriesAction> = {
    file,
    itemNumber: block.itemNumber,
    itemTitle,
    assignees,
    task: (block.task?.text ?? '').replace(/\s+/g, ' ').trim(),
    status: block.status?.value ?? 'open',
    range: lines.rangeOf(block.lineSpan),
  };
  if (meeting !== undefined) action.meeting = meeting;
  if (meetingDate) action.meetingDate = meetingDate;
  if (deadline) action.deadline = deadline;
  if (deadlineText) action.deadlineText = deadlineText;
  return action;
}

/** Ranges in the file from spans of the parsed text. */
class MappedLines {
  constructor(
    private readonly index: LineIndex,
    private readonly lineMap: readonly number[] | undefined,
  ) {}

  rangeOf(span: Span): Range {
    const range = this.index.rangeOf(span);
    const map = this.lineMap;
    if (!map) return range;
    const line = (n: number) => map[n] ?? n;
    return { start: { line: line(range.start.line), character: range.start.character }, end: { line: line(range.end.line), character: range.end.character } };
  }
}

/**
 * How an assignee is listed in the series: as the attendee it names — by full name, a first name
 * only one attendee has, initials, a title and surname, or with the party written after it
 * (`JS`, `Dr Raman`, `Eva Berg (S)`), as the analysis' resolver finds them — else as written. So
 * a later meeting that writes the name out in full reports on the same action.
 */
function attendeeNames(document: MeetingDocument): (written: string) => string {
  const resolver = createResolver(document, []);
  return (written) => {
    const resolution = resolver.resolve(written);
    return resolution.kind === 'attendee' ? resolution.attendee.name.text : written;
  };
}
