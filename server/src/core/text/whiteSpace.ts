/** Whether a UTF-16 code unit is one of the characters of JavaScript's `\s` (line breaks included). */
export function isWhiteSpace(code: number): boolean {
  // Printable ASCII first: most characters asked about are letters or punctuation.
  if (code > 32 && code < 127) return false;
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 11 || code === 12 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000 || code === 0x1680 || code === 0x205f || code === 0x2028 || code === 0x2029;
}

/** Whether a UTF-16 code unit is white space other than a line break (`\r`, `\n`): what the patterns write as `[^\S\r\n]`. */
export function isHorizontalWhiteSpace(code: number): boolean {
  return code !== 10 && code !== 13 && isWhiteSpace(code);
}
