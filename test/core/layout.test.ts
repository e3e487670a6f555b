import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IToken } from 'chevrotain';
import { lineStartsOf, readLayout } from '../../server/src/core/syntax/layout';
import { parseMinutes, readItemRegion } from '../../server/src/core/syntax/parse';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { lineTypeWithoutFooter, minutesLexer } from '../../server/src/core/syntax/lexer';
import { minutesParser } from '../../server/src/core/syntax/parser';
import { itemRegionParser } from '../../server/src/core/syntax/itemRegionParser';
import { countLineBreaks } from '../../server/src/core/syntax/regions';
import { isSignatureLine } from '../../server/src/core/model/footerLine';
import { FieldLine, FooterLine, HeaderFieldLine, ItemLine, TextLine } from '../../server/src/core/syntax/tokens';
import { isVoteLine } from '../../server/src/core/syntax/voteLine';
import { root } from '../helpers/expect';
import { seededRandom } from '../helpers/random';

/**
 * `readLayout` reads the regions from the tokens in one pass; this reads them again, written apart
 * and plainly: the footer begins at the first `FooterLine` below the last `ItemLine`, the item
 * headings are the `ItemLine` tokens, each item's line-break evidence is `countLineBreaks` of its
 * tokens, and the line starts are those `LineIndex` finds — one token per line that is not blank,
 * on that line, the blank lines making none.
 */

function check(source: string, label: string): void {
  const whole = minutesLexer.tokenize(source).tokens;
  // The footer is the first footer line below the last item heading. Below a footer line a heading
  // takes the items up again unless its title starts in lower case or its form (`§` or not)
  // differs from the last item's; then, after a keyword line in words of a sentence, always, and
  // otherwise only as the first item or numbered one past the last. A heading that does not
  // makes the footer stand for good.
  const number = (t: IToken) => Number(/\d+/.exec(t.image)?.[0] ?? 0);
  const sign = (t: IToken) => /^[^\d]*§/.test(t.image);
  const lowerTitle = (t: IToken) => /^\D*\d+\.?\s*\p{Ll}/u.test(t.image);
  const prose = (t: IToken) => {
    const value = t.image.slice(t.image.indexOf(':') + 1);
    return t.image.includes(':') && [...value.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)].filter((m) => !['och', 'and', 'af', 'av', 'von', 'van', 'der', 'den', 'de', 'la', 'le', 'du'].includes(m[0])).length >= 2;
  };
  const headings: number[] = [];
  let footerIndex = -1;
  let locked = false;
  whole.forEach((t, i) => {
    // A footer keyword's line that records a vote (`voteLine.ts`, tested on its own) is never the footer.
    if (t.tokenType === FooterLine && footerIndex < 0 && !isVoteLine(t.image, 0, t.image.length)) footerIndex = i;
    if (t.tokenType !== ItemLine || locked) return;
    if (footerIndex >= 0) {
      const lastIndex = headings[headings.length - 1];
      const last = lastIndex === undefined ? undefined : (whole[lastIndex] as IToken);
      const continues = !lowerTitle(t) && (last === undefined || (sign(t) === sign(last) && (prose(whole[footerIndex] as IToken) || number(t) === number(last) + 1)));
      if (!continues) {
        locked = true;
        return;
      }
    }
    footerIndex = -1;
    headings.push(i);
  });
  // Signature lines of text just above the footer keyword, below the last heading, are the footer's.
  const lastHeading = headings[headings.length - 1];
  if (footerIndex >= 0 && lastHeading !== undefined) {
    const signature = (t: IToken) => [TextLine, FieldLine, HeaderFieldLine].includes(t.tokenType) && isSignatureLine(t.image);
    while (footerIndex - 1 > lastHeading && signature(whole[footerIndex - 1] as IToken)) footerIndex--;
  }
  const beforeFooter = footerIndex < 0 ? whole : whole.slice(0, footerIndex);
  const layout = readLayout(whole, source);
  const lineOf = (i: number) => ((whole[i] as IToken).startLine ?? 0) - 1;
  assert.deepEqual(layout.itemLines, headings.map(lineOf), `${label}: item headings`);
  assert.equal(layout.footerLine, footerIndex < 0 ? undefined : lineOf(footerIndex), `${label}: footer`);
  // Every line that holds more than white space is a token on that line, starting where it starts;
  // a blank line is none.
  const starts = scannedStarts(source);
  const tokenAt = new Map(whole.map((t) => [(t.startLine ?? 0) - 1, t]));
  for (let line = 0; line < starts.length - 1; line++) {
    const text = source.slice(starts[line], starts[line + 1]);
    const token = tokenAt.get(line);
    if (/^[^\S\r\n]*(?:\r\n|\r|\n)$/.test(text)) assert.equal(token, undefined, `${label}: blank line ${line} makes no token`);
    else assert.equal(token?.startOffset, starts[line], `${label}: the token of line ${line}`);
  }
  assert.equal(tokenAt.size, whole.length, `${label}: one token per line at most`);
  assert.equal(layout.footerLinesInItems, beforeFooter.some((t) => t.tokenType === FooterLine), `${label}: footer keywords above an item heading`);
  assert.deepEqual(
    layout.lineBreaks,
    headings.map((first, k) => countLineBreaks(beforeFooter.slice(first + 1, headings[k + 1] ?? beforeFooter.length))),
    `${label}: line-break evidence`,
  );
  assert.deepEqual([...lineStartsOf(layout, source)], scannedStarts(source), `${label}: line starts`);
  // Each item's region, as `parseMinutes` cuts it, reads the same lines with the ungated
  // `itemRegion` rule (itemRegionParser.ts) as with `item`, which stops at the next heading or the
  // footer (footer keywords above a heading read as the lexer reads them without footer keywords,
  // as `parseMinutes` does).
  const retyped = whole.map((t, i) => (t.tokenType === FooterLine && (footerIndex < 0 || i < footerIndex) ? { ...t, tokenType: lineTypeWithoutFooter(t.image), tokenTypeIdx: lineTypeWithoutFooter(t.image).tokenTypeIdx as number } : t));
  headings.forEach((first, k) => {
    const region = retyped.slice(first, headings[k + 1] ?? (footerIndex < 0 ? retyped.length : footerIndex));
    minutesParser.input = region;
    const gated = minutesParser.item();
    assert.deepEqual(minutesParser.errors, [], `${label}: item ${k + 1} by item`);
    const children = gated.children as Record<string, IToken[] | undefined>;
    const byItem = [...(children.ItemLine ?? []), ...(children.AnyLine ?? [])];
    const parser = itemRegionParser();
    parser.input = region;
    const ungated = parser.itemRegion();
    assert.deepEqual(parser.errors, [], `${label}: item ${k + 1} by itemRegion`);
    assert.deepEqual([ungated.heading, ...ungated.lines], byItem, `${label}: item ${k + 1} by itemRegion`);
    // The region as `parseMinutes` reads it, which hands the parser no region that begins with its heading.
    const read = readItemRegion(region, source.length);
    assert.deepEqual([read.problems, read.lines.heading, ...read.lines.lines], [[], ...byItem], `${label}: item ${k + 1} by readItemRegion`);
  });
}

/** The line starts `LineIndex` finds by scanning the text itself. */
function scannedStarts(text: string): number[] {
  const index = new LineIndex(text);
  return Array.from({ length: index.lineCount }, (_, line) => index.lineStart(line));
}

/** The parser's line starts, for the text as given (with or without a final line break), are the scanned ones. */
function checkLineStarts(text: string, label: string): void {
  assert.deepEqual([...parseMinutes(text).lineStarts], scannedStarts(text), `${label}: line starts of the parse`);
}

const withBreak = (text: string) => (/[\r\n]$/.test(text) ? text : `${text}\n`);

describe('layout: the regions read from the tokens (layout.ts)', () => {
  const files = [
    'examples/kommunchefsgruppen.minutes',
    'examples/klimat.minutes',
    '../shared/reference/000_13f9851aec9c8325.txt',
    ...readdirSync(join(root, 'test/fixtures/parser')).filter((f) => f.endsWith('.minutes')).map((f) => `test/fixtures/parser/${f}`),
  ];
  for (const file of files) {
    it(`finds the regions of ${file}`, () => {
      const text = withBreak(readFileSync(join(root, file), 'utf8'));
      check(text, file);
      check(text.replace(/\n/g, '\r\n'), `${file} (CRLF)`);
      check(text.replace(/\n/g, '\r'), `${file} (CR)`);
    });
  }

  it('finds the regions of random documents', () => {
    const random = seededRandom(2711);
    const lines = [
      'Anteckningar', 'NÄRVARANDE', 'Eva Ström, GR', '1. Inledning', '12. Budget', '§ 3 Val', '§4', '2024 var ett bra år.', '3.14 är pi',
      '  2. indragen punkt', 'Uppdrag: Eva – ring', 'Antecknat av: Per', '  Antecknat av: Per', 'Justerare: Anna', 'Text som slutar mitt i',
      'en mening.', '', '   ', '\t', '// kommentar', '- punkt', 'Recorded by: Ann', 'Approved: 7 in favour, 0 against.', 'Justeras: 5–2', 'Signed ............ Chair', 'Datum: ………', 'Signatur: ........', '- ........', 'Beslut: Ja.', '\ufeff4. Efter BOM', '\u200b5. Efter ZWSP',
    ];
    const breaks = ['\n', '\r\n', '\r'];
    for (let round = 0; round < 400; round++) {
      let text = '';
      const count = 1 + Math.floor(random() * 25);
      const lineBreak = breaks[Math.floor(random() * breaks.length)] ?? '\n';
      for (let i = 0; i < count; i++) text += (lines[Math.floor(random() * lines.length)] ?? '') + (random() < 0.9 ? lineBreak : (breaks[Math.floor(random() * breaks.length)] ?? '\n'));
      check(text, `round ${round}: ${JSON.stringify(text)}`);
      checkLineStarts(text, `round ${round}`);
      checkLineStarts(text.replace(/(?:\r\n|\r|\n)$/, ''), `round ${round} without its final break`);
    }
  });

  it('gives the parser the line starts of texts with and without a final line break', () => {
    for (const text of ['', 'a', '\n', '\r', '\r\n', 'a\n', 'a\r', 'a\r\n', '\n\n', 'a\n\nb', 'a\r\rb\r', '1. X\nAntecknat av: P\nQ\n', '1. X\nAntecknat av: P\r\nQ']) {
      checkLineStarts(text, JSON.stringify(text));
    }
  });
});
