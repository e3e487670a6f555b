import type { Item } from './types';

/**
 * Whether an item's heading writes its number after something (`§ 46 Budget`, as a protokoll
 * numbers its paragraphs) rather than first (`6. Budget`).
 */
export function numberedWithParagraphSign(item: Item): boolean {
  return item.numberNode.span.start > item.headerSpan.start;
}
