import type { TextNode } from '../text/span';
import type { ItemRef } from './types';

const ITEM_REFERENCE = /(?<![\p{L}\p{N}])(?:punkt|item)\s+(\d{1,6})(?![\p{N}])|§\s*(\d{1,6})(?![\p{N}])/giu;

/** Rules out most lines cheaply: the full pattern needs Unicode classes and look-behind. */
const MAYBE = /punkt|item|§/i;

/** References to items in running text: `punkt 4`, `item 4`, `§ 4`. */
export function findItemRefs(line: TextNode): ItemRef[] {
  const refs: ItemRef[] = [];
  if (!MAYBE.test(line.text)) return refs;
  ITEM_REFERENCE.lastIndex = 0;
  for (let m = ITEM_REFERENCE.exec(line.text); m; m = ITEM_REFERENCE.exec(line.text)) {
    const digits = m[1] ?? m[2] ?? '';
    const at = line.span.start + m.index + m[0].lastIndexOf(digits);
    refs.push({ number: Number(digits), span: { start: at, end: at + digits.length } });
  }
  return refs;
}
