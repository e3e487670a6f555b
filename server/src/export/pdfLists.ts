import type { Content } from 'pdfmake/interfaces';
import { listRuns, type ListRun, type PublishedListEntry } from '../core/render/index';

/**
 * A published list as pdfmake content: bullet lists as `ul`, numbered lists as `ol` with every
 * number as written (each list starts at its first number, and `listRuns` starts a new list
 * wherever a number does not follow the one before it) and the delimiter as written (`2.`, `2)`).
 * A nested list stands under its entry's text, indented one step further.
 */
export function listContent(entries: readonly PublishedListEntry[]): Content {
  return { stack: listRuns(entries).map(runContent), margin: [0, 0, 0, 6] };
}

function runContent(run: ListRun): Content {
  const items = run.entries.map((node): Content =>
    node.children.length === 0 ? { text: node.entry.value } : { stack: [{ text: node.entry.value }, ...node.children.map(runContent)] },
  );
  if (run.style === 'bullet') return { ul: items };
  return { ol: items, start: Math.max(0, Math.trunc(run.start)), separator: run.style };
}
