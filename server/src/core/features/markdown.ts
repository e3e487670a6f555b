/**
 * Escapes text for Markdown (CommonMark): every ASCII punctuation character may be escaped with a
 * backslash, so escaping all of those that can start or end markup is always correct. Names such
 * as `Anna *Maja* Berg` or `[Ordf.]` then show as written, never as emphasis or links.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&"]/g, '\\$&').replace(/\r?\n|\r/g, ' ');
}
