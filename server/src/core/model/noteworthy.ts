/**
 * Where a text may hold an item reference (`punkt 4`, `item 4`, `§ 4`) or part of a prose
 * assignment ("i uppdrag", "tasked", "assigned"): the places where one of the words those need
 * begins. Only lines that hold such a place are searched with the exact patterns
 * (`itemRefs.ts`, `proseAssignments.ts`); elsewhere nothing can be found.
 *
 * The text is searched once, as a whole, when the lexed text is parsed; a line then asks only
 * whether one of the places lies inside it. Asking the expression of every line instead was one
 * call per line, 7 % of an analysis. Spelled-out case classes are measurably faster than the `i`
 * flag; false positives only cost a closer look.
 */
const WORDS = /[pP][uU][nN][kK][tT]|[iI][tT][eE][mM]|§|[uU][pP][pP][dD][rR]|[aA][sS][kK][eE][dD]|[sS][sS][iI][gG][nN]/g;

/** The length of the word of `WORDS` that ends in this character: `§`, `item`, or one of five letters. */
function wordLength(last: number): number {
  if (last === 0xa7) return 1;
  return last === 109 /* m */ || last === 77 /* M */ ? 4 : 5;
}

export class NoteworthyPlaces {
  /** No place anywhere: for a parse that looks for no references or prose assignments. */
  static readonly NONE = new NoteworthyPlaces('');

  /** Start and end of every place, in text order: `[start0, end0, start1, end1, …]`. */
  private readonly places: number[] = [];

  constructor(text: string) {
    // Every place where a word starts, overlapping ones included: the words begin with different
    // characters, so at most one starts at any position, and `holds` is exact for any stretch.
    // `test` rather than `exec`: no match object per place. The word is told by its last letter.
    WORDS.lastIndex = 0;
    while (WORDS.test(text)) {
      const end = WORDS.lastIndex;
      const start = end - wordLength(text.charCodeAt(end - 1));
      this.places.push(start, end);
      WORDS.lastIndex = start + 1;
    }
  }

  /** Whether one of the words stands wholly inside `[start, end)`: what testing that stretch of the text alone would say. */
  holds(start: number, end: number): boolean {
    const places = this.places;
    // The first place starting at or after `start` (binary search over the starts).
    let low = 0;
    let high = places.length >> 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((places[mid * 2] as number) < start) low = mid + 1;
      else high = mid;
    }
    for (let i = low * 2; i < places.length && (places[i] as number) < end; i += 2) {
      if ((places[i + 1] as number) <= end) return true;
    }
    return false;
  }
}
