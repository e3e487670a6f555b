import type { Check, Finding } from './context';

/**
 * `duplicate-item-number` and `item-number-sequence`. Items numbered with `§` may start anywhere
 * (a protokoll's paragraphs continue from the previous meeting); items numbered `1.` start at 1.
 */
export const checkItemNumbers: Check = (ctx) => {
  const out: Finding[] = [];
  const seen = new Set<number>();
  const items = ctx.document.items;
  /** The highest number so far, and the number of the item just before. */
  let previous: number | undefined;
  let before: number | undefined;
  items.forEach((item, index) => {
    const n = item.number;
    const span = item.numberNode.span;
    if (seen.has(n)) {
      out.push({ code: 'duplicate-item-number', span, message: ctx.msg.duplicateItemNumber(n) });
    } else if (previous === undefined) {
      const paragraphSign = items[0]?.headerSpan && item.numberNode.span.start > item.headerSpan.start;
      if (n !== 1 && !paragraphSign) out.push({ code: 'item-number-sequence', span, message: ctx.msg.itemNumberStart(n) });
    } else if (n < previous) {
      out.push({ code: 'item-number-sequence', span, message: ctx.msg.itemNumberOrder(n, previous) });
    } else if (n > previous + 1) {
      out.push({ code: 'item-number-sequence', span, message: ctx.msg.itemNumberGap(n, previous + 1, before) });
      // One mistyped number (`1. 2. 30. 4.`): the next item goes on from where this one should
      // have stood, so the numbers after it are in order and get no warning of their own.
      if (items[index + 1]?.number === previous + 2) {
        seen.add(n);
        previous += 1;
        before = n;
        return;
      }
    }
    seen.add(n);
    if (previous === undefined || n > previous) previous = n;
    before = n;
  });
  return out;
};
