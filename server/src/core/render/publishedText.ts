/** Text as published: runs of white space (PDF extracts are full of them) become one space. */
export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
