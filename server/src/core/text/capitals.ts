/** Whether `code` is a capital letter of ASCII or Latin-1 (`A`–`Z`, `À`–`Þ` but `×`: `Å`, `Ä`, `Ö`). */
export function isCapital(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}
