import type { TextNode } from '../text/span';

/**
 * Joins wrapped lines the way a reader reads them: with a space, except where a word was
 * hyphenated across the line break ("bredbandsupp-" + "koppling" → "bredbandsuppkoppling"). A
 * hyphen after a capital or digit is kept ("AI-" + "frågan" → "AI-frågan").
 */
export function joinLines(lines: readonly TextNode[]): string {
  return joinWithMap(lines).text;
}

/**
 * The joined text with a map back to source offsets: `sourceOffset(i)` is where character `i` of
 * the joined text stands in the document. Used to place findings made in joined text precisely.
 */
export interface JoinedText {
  readonly text: string;
  sourceOffset(index: number): number;
}

export function joinWithMap(lines: readonly TextNode[]): JoinedText {
  // Segments: [joinedStart, sourceStart, length] for each line's contribution.
  const segments: [number, number, number][] = [];
  let out = '';
  // The joined text's last character, kept apart: asking `out` would flatten it on every line.
  let last = '';
  for (const line of lines) {
    const text = line.text;
    const sourceStart = line.span.start;
    if (out !== '') {
      if (last === '-' && /^\p{Ll}/u.test(text)) {
        const before = out.charAt(out.length - 2);
        if (/\p{Ll}/u.test(before)) {
          out = out.slice(0, -1);
          const lastSegment = segments[segments.length - 1];
          if (lastSegment) lastSegment[2] = Math.max(0, lastSegment[2] - 1);
        }
      } else {
        out += ' ';
        last = ' ';
      }
    }
    segments.push([out.length, sourceStart, text.length]);
    out += text;
    if (text !== '') last = text.charAt(text.length - 1);
  }
  return {
    text: out,
    sourceOffset(index: number): number {
      let low = 0;
      let high = segments.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((segments[mid]?.[0] ?? 0) <= index) low = mid;
        else high = mid - 1;
      }
      const segment = segments[low];
      if (!segment) return 0;
      const [joinedStart, sourceStart, length] = segment;
      return sourceStart + Math.min(index - joinedStart, length);
    },
  };
}
