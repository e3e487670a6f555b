/** Text as published: runs of white space (PDF extracts are full of them) become one space. */
export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A keyword the secretary wrote, as a label of the published minutes: an attendance heading, a
 * header key or a footer keyword (`APOLOGIES FOR ABSENCE`, `Also in attendance:`, `Venue:`, `VID
 * PROTOKOLLET`, `Approved by`), in sentence case, without the colon — *Apologies for absence*,
 * *Also in attendance*, *Venue*, *Vid protokollet*, *Approved by* — so that a section, a field or
 * a footer entry keeps its own name rather than the name of its kind. Published in the other
 * language, the caller labels it with the name of its kind instead.
 */
export function writtenLabel(written: string): string {
  const words = written.normalize('NFC').replace(/:\s*$/, '').replace(/\s+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}
