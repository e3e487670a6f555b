import type { Check, Finding } from './context';
import { numberedWithParagraphSign } from '../../model/paragraphSign';

/**
 * `duplicate-item-number` and `item-number-sequence`. Items numbered with `§` may start anywhere
 * (a protokoll's paragraphs continue from the previous meeting); items numbered `1.` start at 1.
 *
 * The numbers that are in order are the longest run of rising numbers the items hold, in text
 * order (`inSequence`); every other item is out of place and warned once. So one stray number —
 * a mistyped `30.` among `1. 2. 30. 3. 4.`, or a year that a wrapped line put at the start of a
 * line (`2025. Därefter …`) — gives one warning, not one for every item after it. An item in
 * order is warned when numbers are missing before it that no item has and no stray item could stand for
 * (`1. 2. 30. 4.`: the 30 stands where the 3 should; `1. 2. 5.`: 3 and 4 are missing).
 */
export const checkItemNumbers: Check = (ctx) => {
  const out: Finding[] = [];
  const items = ctx.document.items;
  const seen = new Set<number>();
  const duplicate = items.map((item) => {
    const again = seen.has(item.number);
    seen.add(item.number);
    return again;
  });
  const inOrder = inSequence(items.map((item) => item.number), duplicate);
  /** The last number in order so far, the items out of place since it, the number just before. */
  let last: number | undefined;
  let strays = 0;
  let before: number | undefined;
  /** The highest number so far. */
  let highest: number | undefined;
  /** A first item out of place that got no warning of its own (numbered with `§`). */
  let strayFirst: number | undefined;
  items.forEach((item, index) => {
    const n = item.number;
    const span = item.numberNode.span;
    if (duplicate[index]) {
      out.push({ code: 'duplicate-item-number', span, message: ctx.msg.duplicateItemNumber(n) });
    } else if (index === 0) {
      if (n !== 1 && !numberedWithParagraphSign(item)) out.push({ code: 'item-number-sequence', span, message: ctx.msg.itemNumberStart(n) });
      // `§ 30`, then `§ 2 … § 5`: a protokoll may start anywhere, so the first in order says it.
      else if (!inOrder[index]) strayFirst = n;
    } else if (strayFirst !== undefined && last === undefined && inOrder[index]) {
      out.push({ code: 'item-number-sequence', span, message: ctx.msg.itemNumberOrder(n, strayFirst) });
    } else if (!inOrder[index]) {
      // Out of place: lower than the highest number so far, or a jump beyond it.
      const top = highest ?? n;
      out.push(
        n < top
          ? { code: 'item-number-sequence', span, message: ctx.msg.itemNumberOrder(n, top) }
          : { code: 'item-number-sequence', span, message: ctx.msg.itemNumberGap(n, top + 1, before) },
      );
    } else if (last !== undefined && missingBetween(last, n, seen, strays) > strays) {
      // The first number no item has is the one expected. When the numbers before it stand out
      // of place earlier (`2. 4. 3. 9.`: 4 came before 3), the jump is told from the highest so
      // far ("to 9 after item 4, the highest so far; expected 5"); otherwise from the last number
      // in order (`1. 2. 6. 7. 3.` jumps from 2 to 6, and the 3 gets a warning of its own).
      let expected = last + 1;
      while (expected < n && seen.has(expected)) expected++;
      const message =
        expected !== last + 1 && highest !== undefined && expected === highest + 1
          ? ctx.msg.itemNumberGap(n, expected, before)
          : ctx.msg.itemNumberGap(n, last + 1, last);
      out.push({ code: 'item-number-sequence', span, message });
    }
    if (!duplicate[index] && (highest === undefined || n > highest)) highest = n;
    if (!duplicate[index]) {
      if (inOrder[index]) {
        last = n;
        strays = 0;
      } else if (index > 0) {
        strays++;
      }
    }
    before = n;
  });
  return out;
};

/**
 * How many numbers between `last` and `n` no item has, counted up to one more than `enough`: an
 * item out of place may stand for a missing one, and a number that an item elsewhere has is not
 * missing (`1. 2. 3. 5. 4. 6.`: the 5 is there, out of place). Stops early, so a long stretch costs
 * no more than the items that fill it.
 */
function missingBetween(last: number, n: number, present: ReadonlySet<number>, enough: number): number {
  let missing = 0;
  for (let k = last + 1; k < n && missing <= enough; k++) if (!present.has(k)) missing++;
  return missing;
}

/**
 * Which numbers belong to the longest strictly rising run of `numbers` (duplicates left out), by
 * patience sorting with back links: O(n log n). Of several such runs it keeps the one whose
 * numbers are lowest, so a number too high is the one out of place.
 */
function inSequence(numbers: readonly number[], skip: readonly boolean[]): boolean[] {
  /** `tails[k]`: the index of the lowest number that ends a rising run of length k + 1. */
  const tails: number[] = [];
  const back = new Array<number>(numbers.length).fill(-1);
  numbers.forEach((n, i) => {
    if (skip[i]) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((numbers[tails[mid] as number] as number) < n) low = mid + 1;
      else high = mid;
    }
    if (low > 0) back[i] = tails[low - 1] as number;
    tails[low] = i;
  });
  const marked = new Array<boolean>(numbers.length).fill(false);
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = back[i] as number) marked[i] = true;
  return marked;
}
