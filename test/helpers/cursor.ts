/** The marker that stands for the cursor in test inputs. */
export const CURSOR = '|';

/**
 * Takes the cursor marker `|` out of a test input: the text as the feature sees it, and the offset
 * where the marker stood. Inputs without a marker are a mistake in the test.
 */
export function withCursor(input: string): { text: string; offset: number } {
  const offset = input.indexOf(CURSOR);
  if (offset < 0 || input.indexOf(CURSOR, offset + 1) >= 0) throw new Error(`the test input needs exactly one cursor marker "${CURSOR}"`);
  return { text: input.slice(0, offset) + input.slice(offset + 1), offset };
}
