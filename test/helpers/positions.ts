import type { Position } from 'vscode-languageserver-protocol';

/** The LSP position of `offset` in `text`: lines end at `\r\n`, `\r` or `\n`; characters are UTF-16 code units, as in LSP. */
export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}
