import { numberedWithParagraphSign } from './paragraphSign';
import type { Item } from './types';

/**
 * How the messages and the published minutes name an item: `items` as *anteckningar* do (`punkt
 * 24`, `item 24`), `paragraphs` as a *protokoll* does (`§ 24`, `§§ 2 och 3`, `paragraf`).
 */
export type ItemNaming = 'items' | 'paragraphs';

/**
 * Whether a document is a protokoll: `paragraphs` when more than half of its item headings are
 * written with `§` (`§ 24 Budget`, `§24.`), `items` otherwise — also when half are, and when there
 * are no items. A heading or two in the other form (a slip of the pen, a pasted item) does not
 * change how the document names its items.
 */
export function itemNaming(items: readonly Item[]): ItemNaming {
  let withSign = 0;
  for (const item of items) if (numberedWithParagraphSign(item)) withSign++;
  return withSign * 2 > items.length ? 'paragraphs' : 'items';
}
