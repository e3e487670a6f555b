/**
 * Where a file stops being UTF-8, so that the message about it can point at the character to fix
 * (typically an `ä` or `ö` saved as Latin-1 or Windows-1252).
 */

/** A 1-based line and column; the column counts UTF-16 code units, as `minutes check` does. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * The offset of the first byte of the first sequence that is not UTF-8, or undefined when all of
 * `bytes` is UTF-8. The rules are those of the WHATWG decoder that `TextDecoder` implements, so
 * overlong forms, encoded surrogates, code points past U+10FFFF and a sequence cut off at the end
 * are all refused, exactly as the fatal decoder refuses them.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let needed = 0;
  let start = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (needed === 0) {
      if (byte <= 0x7f) continue;
      start = i;
      if (byte >= 0xc2 && byte <= 0xdf) {
        needed = 1;
      } else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
      } else {
        return i;
      }
      continue;
    }
    if (byte < lower || byte > upper) return start;
    lower = 0x80;
    upper = 0xbf;
    needed--;
  }
  return needed === 0 ? undefined : start;
}

/**
 * The line and column of the byte at `offset`, which must start a character (the bytes before it
 * being UTF-8). Lines end at `\n`, `\r\n` or a lone `\r`, as the language's lines do; a leading
 * byte-order mark takes no column, as in an editor.
 */
export function positionOfByte(bytes: Uint8Array, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  // The decoder drops a byte-order mark at the start of the file; anywhere else it is a character.
  const before = new TextDecoder('utf-8', { ignoreBOM: lineStart !== 0 }).decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}
