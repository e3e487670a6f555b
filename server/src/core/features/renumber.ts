import type { MeetingDocument } from '../model/types';
import type { Span } from '../text/span';
import type { TextEdit } from './textEdit';
import { numberedWithParagraphSign } from '../model/paragraphSign';

/**
 * The edits that renumber the items 1, 2, 3 … in the order they are written, and move every
 * reference along: attendance notes (`from p 4`, `p 2–3`, `t.o.m. p 5`) and references in text
 * (`punkt 4`, `§ 4`). Items numbered with `§` keep the first item's number as the start, because
 * a protokoll's paragraphs carry on from the previous meeting. Empty when nothing would change.
 *
 * A reference follows the item it pointed at: with duplicates, the first item of that number;
 * a reference to a number no item has is left as written (it is reported anyway).
 */
export function renumberEdits(source: string, document: MeetingDocument): TextEdit[] {
  const items = document.items;
  const first = items[0];
  if (!first) return [];
  const paragraphSign = numberedWithParagraphSign(first);
  const start = paragraphSign ? first.number : 1;
  const edits: TextEdit[] = [];
  const renumbered = new Map<number, number>();
  items.forEach((item, index) => {
    const number = start + index;
    if (!renumbered.has(item.number)) renumbered.set(item.number, number);
    if (item.number !== number || item.numberNode.text !== String(number)) edits.push({ span: item.numberNode.span, newText: String(number) });
  });
  const moved = (n: number) => renumbered.get(n) ?? n;

  // Refs that share a span were written together, as a range (`2–4`): rewrite the range as a whole.
  const spans = new Map<string, Span>();
  const refs = [...document.sections.flatMap((s) => s.attendees.flatMap((a) => a.note?.refs ?? [])), ...document.textItemRefs];
  for (const ref of refs) spans.set(`${ref.span.start}:${ref.span.end}`, ref.span);
  for (const span of spans.values()) {
    const written = source.slice(span.start, span.end);
    const newText = rewriteReference(written, moved);
    if (newText !== undefined && newText !== written) edits.push({ span, newText });
  }
  return edits.sort((a, b) => a.span.start - b.span.start);
}

/** `4` → `3`; `2–4` → `2–4` with each end moved, or a list when the items are no longer consecutive. */
function rewriteReference(written: string, moved: (n: number) => number): string | undefined {
  if (/^\d+$/.test(written)) return String(moved(Number(written)));
  const range = /^(\d+)(\s*[-–—]\s*)(\d+)$/.exec(written);
  if (!range) return undefined;
  const low = Number(range[1]);
  const high = Number(range[3]);
  if (high < low || high - low > 200) {
    // A backwards or very long range was kept as its two ends: move each end.
    return `${moved(low)}${range[2]}${moved(high)}`;
  }
  const covered: number[] = [];
  for (let n = low; n <= high; n++) covered.push(moved(n));
  const after = [...new Set(covered)].sort((a, b) => a - b);
  const lowest = after[0] as number;
  const highest = after[after.length - 1] as number;
  if (highest - lowest + 1 === after.length) return lowest === highest ? String(lowest) : `${lowest}${range[2]}${highest}`;
  return after.join(', ');
}
