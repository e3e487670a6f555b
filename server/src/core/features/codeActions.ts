import type { Analysis } from '../analysis/analyze';
import type { MinutesDiagnostic } from '../analysis/diagnostic';
import { messages, type Catalogue } from '../i18n/messages';
import type { ActionBlock, Attendee, Block, ProseAssignment } from '../model/types';
import { splitNames } from '../model/actionText';
import { nameKey } from '../text/names';
import type { Span } from '../text/span';
import { renumberEdits } from './renumber';
import { lineBreakOf, type TextEdit } from './textEdit';

/** The kind of the explicit "renumber items" source action. */
export const RENUMBER_SOURCE_KIND = 'source.minutes.renumber';

export type CodeActionKind = 'quickfix' | typeof RENUMBER_SOURCE_KIND;

/** One fix: its title in the user's language, its kind, the edits, and the diagnostics it fixes. */
export interface CodeActionResult {
  readonly title: string;
  readonly kind: CodeActionKind;
  readonly edits: readonly TextEdit[];
  readonly diagnostics: readonly MinutesDiagnostic[];
  readonly isPreferred?: boolean;
}

export interface CodeActionOptions {
  /** The kinds the editor asked for (LSP `context.only`); every quick fix when absent. */
  readonly only?: readonly string[];
}

/**
 * The code actions for the diagnostics that touch `span`:
 * - `missing-assignee`: "Tilldela X" for each person present at the item (`X – ` after the keyword);
 *   where the task is only a name (`Uppdrag: Eva Berg`), "Gör Eva Berg till ansvarig" (`Eva Berg – `),
 *   and where a name stands before a colon (`Uppdrag: Eva Berg: boka lokal`) or names before a comma
 *   (`Uppdrag: Eva Berg, boka lokal`) the same, in the colon's or the comma's place;
 * - `unknown-assignee`: one "Ändra till …" per did-you-mean suggestion (the first preferred), and
 *   "Lägg till X i NÄRVARANDE" (the section is created before the first item when missing);
 * - `item-number-sequence`, `duplicate-item-number`: "Numrera om punkterna" (see `renumberEdits`);
 * - `prose-assignment`: an `Uppdrag:` line below the paragraph; see `proseActions`;
 * - `duplicate-attendee`: remove the second listing;
 * - `invalid-date` where a date may mean two days (`03/04/2025`, `nästa fredag`): "Skriv …" for each, none preferred.
 * The source action `source.minutes.renumber` is returned when asked for and numbering is off.
 * Never throws.
 */
export function codeActions(analysis: Analysis, span: Span, options: CodeActionOptions = {}): CodeActionResult[] {
  try {
    return collect(analysis, span, options);
  } catch {
    return [];
  }
}

function wants(kind: CodeActionKind, only: readonly string[] | undefined): boolean {
  // Source actions only on request: the editor's quick-fix menu should not repeat them.
  if (!only) return kind === 'quickfix';
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function collect(analysis: Analysis, span: Span, options: CodeActionOptions): CodeActionResult[] {
  const msg = messages(analysis.options.locale ?? 'en', analysis.itemNaming);
  const out: CodeActionResult[] = [];
  const numbering: MinutesDiagnostic[] = [];
  if (wants('quickfix', options.only)) {
    for (const d of analysis.diagnostics) {
      if (!touches(analysis, d, span)) continue;
      switch (d.code) {
        case 'missing-assignee':
          out.push(...assignActions(analysis, msg, d));
          break;
        case 'unknown-assignee':
          out.push(...unknownAssigneeActions(analysis, msg, d));
          break;
        case 'item-number-sequence':
        case 'duplicate-item-number':
          numbering.push(d);
          break;
        case 'prose-assignment':
          out.push(...proseActions(analysis, msg, d));
          break;
        case 'duplicate-attendee': {
          const action = removeDuplicate(analysis, msg, d);
          if (action) out.push(action);
          break;
        }
        case 'invalid-date':
          // Which day is meant is the writer's: one fix per day, none preferred.
          for (const iso of d.data?.dates ?? []) out.push({ title: msg.actionWriteDate(iso), kind: 'quickfix', edits: [{ span: d.span, newText: iso }], diagnostics: [d] });
          break;
        default:
          break;
      }
    }
  }
  const renumber = numbering.length > 0 || wants(RENUMBER_SOURCE_KIND, options.only) ? renumberEdits(analysis.text, analysis.document) : [];
  if (numbering.length > 0 && renumber.length > 0) out.push({ title: msg.actionRenumber(), kind: 'quickfix', edits: renumber, diagnostics: numbering, isPreferred: true });
  if (wants(RENUMBER_SOURCE_KIND, options.only) && renumber.length > 0) out.push({ title: msg.actionRenumber(), kind: RENUMBER_SOURCE_KIND, edits: renumber, diagnostics: [] });
  return out;
}

/**
 * Whether the requested span touches the diagnostic. A missing assignee is underlined on the
 * keyword, but the place to fix it is after it: anywhere on the action's line will do.
 */
function touches(analysis: Analysis, d: MinutesDiagnostic, span: Span): boolean {
  const overlaps = (s: Span) => s.start <= span.end && span.start <= s.end;
  if (overlaps(d.span)) return true;
  if (d.code !== 'missing-assignee') return false;
  const action = actionAt(analysis, d.span.start);
  return action !== undefined && overlaps(action.lineSpan);
}

function actionAt(analysis: Analysis, start: number): ActionBlock | undefined {
  for (const item of analysis.document.items) for (const block of item.body) if (block.kind === 'action' && block.keyword.span.start === start) return block;
  return undefined;
}

function assignActions(analysis: Analysis, msg: Catalogue, d: MinutesDiagnostic): CodeActionResult[] {
  const action = actionAt(analysis, d.span.start);
  if (!action) return [];
  // `Action: Tom Reed`: the name is the owner, written before a dash; the task is still to write.
  // `Action: Ann Bell: book the hall`, `Action: Ann Bell, book the hall`: the dash takes the
  // colon's or the comma's place, and the task stays.
  const owner = d.data?.assignee;
  if (owner !== undefined && action.task) {
    // `Action: Circulate the draft (JB)`: the name moves from its parentheses to before a dash.
    const inParentheses = parenthesesAtEnd(analysis, action.task.span, owner);
    if (inParentheses) {
      const start = { start: action.task.span.start, end: action.task.span.start };
      const names = splitNames(owner, 0, owner.length).map((name) => name.text);
      const title = names.length > 1 ? msg.actionMakeOwners(names) : msg.actionMakeOwner(owner);
      return [{ title, kind: 'quickfix', edits: [{ span: start, newText: `${owner} – ` }, { span: inParentheses, newText: '' }], diagnostics: [d], isPreferred: true }];
    }
    const owners = d.data?.owners ?? [];
    const span = punctuationAfterOwner(analysis, action.task.span, owner) ?? ownerFirst(analysis, action.task.span, owner) ?? action.task.span;
    const title = owners.length > 1 ? msg.actionMakeOwners(owners) : msg.actionMakeOwner(owner);
    return [{ title, kind: 'quickfix', edits: [{ span, newText: `${owner} – ` }], diagnostics: [d], isPreferred: true }];
  }
  const at = action.assigneeSpan?.start ?? action.keyword.span.end + 1;
  const seen = new Set<string>();
  const out: CodeActionResult[] = [];
  for (const { attendee } of analysis.timeline.presentAt(d.data?.itemNumber ?? action.itemNumber)) {
    const name = attendee.name.text;
    if (seen.has(nameKey(name))) continue;
    seen.add(nameKey(name));
    out.push({ title: msg.actionAssignTo(name), kind: 'quickfix', edits: [{ span: { start: at, end: at }, newText: `${name} – ` }], diagnostics: [d] });
  }
  return out;
}

/**
 * The stretch from the start of the task to after the colon or comma that follows the owner's name
 * (and the white space after it), when the task begins with the name — as written or after an
 * `@` — and a colon or a comma. `owner` may be several names with `, ` between them
 * (`Ann Bell, Tom Grey`), each of which may have had its `@`.
 */
function punctuationAfterOwner(analysis: Analysis, task: Span, owner: string): Span | undefined {
  const written = analysis.source.slice(task.start, task.end);
  const wanted = owner.replace(/\s+/g, ' ');
  // The first colon or comma whose text before it, each name without its `@`, is the owner.
  for (let at = nextMark(written, 0); at >= 0; at = nextMark(written, at + 1)) {
    const before = written.slice(0, at).split(',').map((part) => part.trim().replace(/^@\s*/, '')).join(', ').replace(/\s+/g, ' ');
    if (before === wanted) {
      let end = at + 1;
      while (end < written.length && (written.charAt(end) === ' ' || written.charAt(end) === '\t')) end++;
      return { start: task.start, end: task.start + end };
    }
    // The text before a later mark only grows: once longer than the owner, no later mark ends it.
    if (before.length > wanted.length) return undefined;
  }
  return undefined;
}

/**
 * The stretch from the start of the task to after the owner's name and the white space after it,
 * when the task begins with the name and a space (`Nils-Erik tar fram …`): the dash goes there.
 */
function ownerFirst(analysis: Analysis, task: Span, owner: string): Span | undefined {
  const written = analysis.source.slice(task.start, task.end);
  if (!written.startsWith(owner) || !/^[ \t]/.test(written.slice(owner.length))) return undefined;
  let end = owner.length;
  while (end < written.length && (written.charAt(end) === ' ' || written.charAt(end) === '\t')) end++;
  return { start: task.start, end: task.start + end };
}

/**
 * Where `(owner)` stands at the end of the task, with the white space before it (a full stop
 * after it stays, as the sentence's), when it does.
 */
function parenthesesAtEnd(analysis: Analysis, task: Span, owner: string): Span | undefined {
  const written = analysis.source.slice(task.start, task.end);
  const at = written.lastIndexOf(`(${owner})`);
  if (at <= 0 || !/^\.?\s*$/.test(written.slice(at + owner.length + 2))) return undefined;
  let start = at;
  while (start > 0 && (written.charAt(start - 1) === ' ' || written.charAt(start - 1) === '\t')) start--;
  return { start: task.start + start, end: task.start + at + owner.length + 2 };
}

/** The next colon or comma of `text` at or after `from`; -1 when there is none. */
function nextMark(text: string, from: number): number {
  const next = text.slice(from).search(/[:,]/);
  return next < 0 ? -1 : from + next;
}

function unknownAssigneeActions(analysis: Analysis, msg: Catalogue, d: MinutesDiagnostic): CodeActionResult[] {
  const written = analysis.source.slice(d.span.start, d.span.end);
  const unknown = analysis.resolver.resolve(written).kind === 'unknown';
  const out: CodeActionResult[] = (d.data?.suggestions ?? []).map((suggestion, index) => ({
    title: msg.actionChangeTo(suggestion),
    kind: 'quickfix' as const,
    edits: [{ span: d.span, newText: suggestion }],
    diagnostics: [d],
    // A first name shared by several people has no best guess.
    ...(index === 0 && unknown ? { isPreferred: true } : {}),
  }));
  if (unknown && written.trim() !== '') {
    const add = addAttendee(analysis, written.trim());
    if (add) out.push({ title: msg.actionAddToSection(written.trim(), add.heading), kind: 'quickfix', edits: [add.edit], diagnostics: [d] });
  }
  return out;
}

/** An attendee line for `name` at the end of the first present section, or a new section before the first item. */
function addAttendee(analysis: Analysis, name: string): { heading: string; edit: TextEdit } | undefined {
  const { text, lineIndex, document } = analysis;
  const eol = lineBreakOf(text);
  // A list on its heading's line that says nobody (`Närvarande: –`) is no list to add to.
  const section = document.sections.find((s) => s.kind === 'present' && !(s.inline && s.attendees.length === 0));
  if (section) {
    const last = section.attendees[section.attendees.length - 1];
    // On the heading's line (`Present: Jane Smith, Omar Khan`), after the last attendee.
    if (section.inline && last) return { heading: section.heading.text, edit: { span: { start: last.span.end, end: last.span.end }, newText: `, ${name}` } };
    if (!last) {
      const at = lineIndex.lineEnd(lineIndex.positionAt(section.heading.span.start).line);
      return { heading: section.heading.text.replace(/:$/, ''), edit: { span: { start: at, end: at }, newText: `${eol}${name}` } };
    }
    const line = lineIndex.positionAt(last.span.start).line;
    const at = lineIndex.lineEnd(line);
    // Write the new line as the last one is written: the same bullet or indentation.
    const lead = text.slice(lineIndex.lineStart(line), last.name.span.start);
    const prefix = /\d/.test(lead) ? lead.replace(/\S.*$/, '') : lead;
    return { heading: section.heading.text.replace(/:$/, ''), edit: { span: { start: at, end: at }, newText: `${eol}${prefix}${name}` } };
  }
  const first = document.items[0];
  if (!first) return undefined;
  const heading = document.language === 'sv' ? 'NÄRVARANDE' : 'PRESENT';
  const at = first.headerSpan.start;
  return { heading, edit: { span: { start: at, end: at }, newText: `${heading}${eol}${name}${eol}${eol}` } };
}

function removeDuplicate(analysis: Analysis, msg: Catalogue, d: MinutesDiagnostic): CodeActionResult | undefined {
  const { lineIndex } = analysis;
  const section = analysis.document.sections.find((s) => s.attendees.some((a) => a.name.span.start === d.span.start));
  const attendee = section?.attendees.find((a) => a.name.span.start === d.span.start);
  if (!section || !attendee) return undefined;
  const line = lineIndex.positionAt(attendee.span.start).line;
  const firstLine = d.data?.firstSpan ? lineIndex.positionAt(d.data.firstSpan.start).line + 1 : line + 1;
  const title = msg.actionRemoveDuplicate(attendee.name.text, firstLine);
  const index = section.attendees.indexOf(attendee);
  const before = section.attendees[index - 1];
  const after = section.attendees[index + 1];
  if (section.inline && (before || after)) {
    // One entry of a list on its heading's line: the entry and the separator before it (after it, for the first).
    const span = before ? { start: before.span.end, end: attendee.span.end } : { start: attendee.span.start, end: (after as Attendee).span.start };
    return { title, kind: 'quickfix', edits: [{ span, newText: '' }], diagnostics: [d], isPreferred: true };
  }
  const span =
    line + 1 < lineIndex.lineCount
      ? { start: lineIndex.lineStart(line), end: lineIndex.lineStart(line + 1) }
      : { start: line > 0 ? lineIndex.lineEnd(line - 1) : 0, end: lineIndex.lineEnd(line) };
  return { title, kind: 'quickfix', edits: [{ span, newText: '' }], diagnostics: [d], isPreferred: true };
}

/**
 * A prose assignment becomes an action line below its paragraph: `Uppdrag: X – task.` (`Action:`
 * when the sentence is English). Two choices are offered where they make sense:
 * - in a paragraph, "rewrite" (preferred) moves the task out of the paragraph — the sentence is
 *   removed and the action line takes its place below the paragraph, as the intended form of the
 *   language writes minutes (`examples/kommunchefsgruppen.minutes`, item 6);
 * - everywhere, "add and keep the text" leaves the sentence as it is. In a decision or a list entry
 *   this is the only choice: the wording of a decision is what was decided and must not change.
 * The hint does not return after either: an action line for the same person in the item answers it.
 */
function proseActions(analysis: Analysis, msg: Catalogue, d: MinutesDiagnostic): CodeActionResult[] {
  const prose = analysis.document.proseAssignments.find((p) => p.span.start === d.span.start && p.span.end === d.span.end);
  if (!prose || prose.task.trim() === '') return [];
  const block = blockOf(analysis, prose);
  if (!block) return [];
  const { text } = analysis;
  const eol = lineBreakOf(text);
  const keyword = /uppdr/i.test(prose.phrase.text) ? 'Uppdrag' : 'Action';
  const period = text.charAt(prose.sentence.end - 1) === '.' ? '.' : '';
  const line = `${keyword}: ${prose.assignee.text} – ${prose.task.trim()}${period}`;
  const name = prose.assignee.text;
  const keep: CodeActionResult = {
    title: msg.actionAddProseAction(name),
    kind: 'quickfix',
    edits: [{ span: { start: block.span.end, end: block.span.end }, newText: `${eol}${line}` }],
    diagnostics: [d],
  };
  if (block.kind !== 'paragraph') return [{ ...keep, isPreferred: true }];
  const rewrite: CodeActionResult = { title: msg.actionRewriteProse(name), kind: 'quickfix', edits: moveSentence(text, block.span, prose.sentence, eol, line), diagnostics: [d], isPreferred: true };
  return [rewrite, keep];
}

function blockOf(analysis: Analysis, prose: ProseAssignment): Block | undefined {
  for (const item of analysis.document.items) {
    if (item.number !== prose.itemNumber) continue;
    const block = item.body.find((b) => b.span.start <= prose.span.start && prose.span.end <= b.span.end);
    if (block) return block;
  }
  return undefined;
}

const isHorizontalSpace = (c: string) => c === ' ' || c === '\t';

/** Removes `sentence` from the paragraph at `block` and puts `line` below the paragraph. */
function moveSentence(text: string, block: Span, sentence: Span, eol: string, line: string): TextEdit[] {
  const insertion = `${eol}${line}`;
  const rest = (text.slice(block.start, sentence.start) + text.slice(sentence.end, block.end)).trim();
  // The sentence is the whole paragraph: the action line replaces it.
  if (rest === '') return [{ span: block, newText: line }];
  let start = sentence.start;
  let end = sentence.end;
  while (end < block.end && isHorizontalSpace(text.charAt(end))) end++;
  const atLineEnd = end >= block.end || text.charAt(end) === '\n' || text.charAt(end) === '\r';
  if (atLineEnd) {
    // Nothing follows on the line: take the white space (and line breaks) before the sentence too,
    // so neither a trailing space nor an empty line is left in the paragraph.
    while (start > block.start && /\s/.test(text.charAt(start - 1))) start--;
    if (end >= block.end) return [{ span: { start, end: block.end }, newText: insertion }];
    if (start === block.start) {
      // The paragraph now starts at its next line.
      while (end < block.end && /\s/.test(text.charAt(end))) end++;
    }
    return [{ span: { start, end }, newText: '' }, { span: { start: block.end, end: block.end }, newText: insertion }];
  }
  return [{ span: { start, end }, newText: '' }, { span: { start: block.end, end: block.end }, newText: insertion }];
}
