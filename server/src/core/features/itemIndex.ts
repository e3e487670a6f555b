import type { Analysis } from '../analysis/analyze';
import type { Item } from '../model/types';
import type { Span } from '../text/span';
import type { TextSource } from '../text/textSource';
import { elementAt } from './spanSearch';
import { perAnalysis } from './perAnalysis';

/** An item number in the text: the number of an item's heading, or a reference to it (`p 4`, `punkt 4`). */
export interface ItemNumberOccurrence {
  readonly number: number;
  /** The digits. */
  readonly span: Span;
  readonly kind: 'heading' | 'reference';
}

/** Every item number of a document, and the items by number. */
export interface ItemIndex {
  /** Headings and references in document order. */
  readonly occurrences: readonly ItemNumberOccurrence[];
  /** The items with a number, in document order (two when the number is duplicated). */
  itemsNumbered(number: number): readonly Item[];
  /** The occurrence under `offset` (a cursor just after the digits is on them), if any. */
  at(offset: number): ItemNumberOccurrence | undefined;
}

/**
 * The item numbers of an analysis: headings, the item references of attendance notes
 * (`from p 4`) and those of running text (`se punkt 4`). Built once per analysis.
 */
export const itemIndex: (analysis: Analysis) => ItemIndex = perAnalysis((analysis) => buildIndex(analysis));

function buildIndex({ document, source }: Analysis): ItemIndex {
  const occurrences: ItemNumberOccurrence[] = [];
  const byNumber = new Map<number, Item[]>();
  for (const item of document.items) {
    if (item.numberNode.text === '') continue;
    occurrences.push({ number: item.number, span: item.numberNode.span, kind: 'heading' });
    const list = byNumber.get(item.number) ?? [];
    list.push(item);
    byNumber.set(item.number, list);
  }
  const refs = [...document.sections.flatMap((s) => s.attendees.flatMap((a) => a.note?.refs ?? [])), ...document.textItemRefs];
  const seen = new Set<number>();
  for (const ref of refs) {
    // The items of a range (`p 2–5`) share its span; only its two written numbers can be pointed at.
    if (seen.has(ref.span.start)) continue;
    seen.add(ref.span.start);
    occurrences.push(...writtenNumbers(source, ref.span, ref.number));
  }
  occurrences.sort((a, b) => a.span.start - b.span.start);
  return {
    occurrences,
    itemsNumbered: (number) => byNumber.get(number) ?? [],
    at: (offset) => elementAt(occurrences, offset),
  };
}

/** The numbers written in a reference's span: one, or the two ends of a range `2–3`. */
function writtenNumbers(text: TextSource, span: Span, number: number): ItemNumberOccurrence[] {
  const written = text.slice(span.start, span.end);
  const range = /^(\d+)(\s*[-–—]\s*)(\d+)$/.exec(written);
  if (!range?.[1] || range[2] === undefined || !range[3]) return [{ number, span, kind: 'reference' }];
  const lastStart = span.start + range[1].length + range[2].length;
  return [
    { number: Number(range[1]), span: { start: span.start, end: span.start + range[1].length }, kind: 'reference' },
    { number: Number(range[3]), span: { start: lastStart, end: span.end }, kind: 'reference' },
  ];
}
