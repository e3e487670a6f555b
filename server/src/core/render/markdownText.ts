/**
 * Escaping for CommonMark that keeps ordinary text readable: only characters that could start or
 * end inline markup are escaped everywhere (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|`, `~`,
 * and `&` before something that reads as an entity); characters that only mean something at the
 * start of a block (`#`, `-`, `+`, `=`, `1.`) are escaped only there. Line breaks become spaces.
 */
export function markdownText(text: string): string {
  return markdownInline(text).replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d{1,9})([.)])/, '$1\\$2');
}

/**
 * Text that stands where no block can start (after a heading's `## `, inside emphasis): only the
 * characters that could start or end inline markup are escaped, as in `markdownText`.
 */
export function markdownInline(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** Text inside a table cell: like `markdownText`, never starting a block, never empty. */
export function markdownCell(text: string): string {
  return text === '' ? ' ' : markdownText(text);
}
