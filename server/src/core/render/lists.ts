import type { PublishedListEntry } from './publishedModel';

/**
 * The nesting of a list as the secretary laid it out: each entry's depth from how far its marker
 * is indented. An entry indented further than the entry before it is nested under that entry; one
 * indented less goes back out to the level it lines up with (or, if none does, to the nearest one
 * further out that is indented less). `indents` are the widths before each marker, in order.
 */
export function listDepths(indents: readonly number[]): number[] {
  const levels: number[] = [];
  return indents.map((indent) => {
    while (levels.length > 1 && indent < (levels[levels.length - 1] ?? 0)) levels.pop();
    const deepest = levels[levels.length - 1];
    if (deepest === undefined || indent > deepest) levels.push(indent);
    else if (indent < deepest) levels[levels.length - 1] = indent;
    return levels.length - 1;
  });
}

/** The width of the white space before a marker: a tab reaches the next multiple of four. */
export function indentWidth(before: string): number {
  let width = 0;
  for (let i = 0; i < before.length; i++) width = before.charCodeAt(i) === 9 ? width + 4 - (width % 4) : width + 1;
  return width;
}

/**
 * One list as a format lays it out: entries of one kind whose numbers run on by one. `style` is
 * `bullet`, or the delimiter of a numbered list as written (`.` in `2.`, `)` in `2)`).
 */
export interface ListRun {
  readonly style: 'bullet' | '.' | ')';
  /** The number of the first entry (1 for a bullet list). */
  readonly start: number;
  readonly line: number;
  readonly entries: readonly ListNode[];
}

export interface ListNode {
  readonly entry: PublishedListEntry;
  /** The lists nested under this entry. */
  readonly children: readonly ListRun[];
}

interface OpenRun {
  style: ListRun['style'];
  start: number;
  line: number;
  entries: OpenNode[];
}

interface OpenNode {
  entry: PublishedListEntry;
  children: OpenRun[];
}

/**
 * The entries of a published list as nested lists. A new list starts where the kind of entry
 * changes (bullet, `2.`, `2)`) or where a number does not follow the one before it by one, so
 * that every format can show each number exactly as written: a list says only where it starts.
 */
export function listRuns(entries: readonly PublishedListEntry[]): readonly ListRun[] {
  const top: OpenRun[] = [];
  /** The lists receiving entries at each depth, outermost first. */
  const levels: OpenRun[][] = [top];
  /** The last entry placed at each depth. */
  const parents: OpenNode[] = [];
  for (const entry of entries) {
    const depth = Math.max(0, Math.min(entry.depth, parents.length));
    levels.length = Math.min(levels.length, depth + 1);
    parents.length = depth;
    const runs = levels[depth] ?? parents[depth - 1]?.children ?? top;
    levels[depth] = runs;
    const style = styleOf(entry);
    const number = entry.number ?? 1;
    const run = runs[runs.length - 1];
    const node: OpenNode = { entry, children: [] };
    const previous = run?.entries[run.entries.length - 1]?.entry.number;
    if (run && run.style === style && (style === 'bullet' || (previous !== undefined && number === previous + 1))) run.entries.push(node);
    else runs.push({ style, start: style === 'bullet' ? 1 : number, line: entry.line, entries: [node] });
    parents[depth] = node;
  }
  return top;
}

function styleOf(entry: PublishedListEntry): ListRun['style'] {
  if (entry.number === undefined) return 'bullet';
  return entry.marker.endsWith(')') ? ')' : '.';
}
