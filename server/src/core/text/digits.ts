/** Whether a character code is an ASCII digit, `0` to `9`. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
