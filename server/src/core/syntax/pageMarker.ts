/**
 * A page marker that text copied from a PDF leaves between the lines: `Sida 1 av 3`, `Sida 2 (4)`,
 * `Page 1 of 3`, `2 (4)`, `- 2 -`. Anchored and bounded, so it costs one line's length.
 */
const PAGE_MARKER = /^(?:(?:sida|page)\s*\d{1,4}(?:\s*(?:(?:av|of|\/)\s*\d{1,4}|\(\s*\d{1,4}\s*\)))?|\d{1,4}\s*\(\s*\d{1,4}\s*\)|[-–—]\s*\d{1,4}\s*[-–—])$/i;

/** The longest page marker `isPageMarker` reads, in UTF-16 code units: `Sida 1234 av 1234`. */
export const LONGEST_PAGE_MARKER = 'sida 1234 av 1234'.length + 4;

/** Whether the trimmed text of a line is a PDF's page marker (`Sida 2 av 3`): in an attendance list nobody, in an item no text. */
export function isPageMarker(text: string): boolean {
  return text.length <= LONGEST_PAGE_MARKER && PAGE_MARKER.test(text);
}
