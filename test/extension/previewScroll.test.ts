/**
 * The scroll sync of the preview (media/previewScroll.js): the mapping from source lines to
 * offsets in the preview and back. The script is a classic browser script; it runs here in a
 * fresh VM context, as the webview would run it, and the tests call what it publishes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { root } from '../helpers/expect';

interface Entry {
  readonly line: number;
  readonly top: number;
}
interface ScrollMap {
  monotonicEntries(raw: readonly Entry[]): Entry[];
  offsetForLine(entries: readonly Entry[], line: number): number | undefined;
  lineForOffset(entries: readonly Entry[], offset: number): number | undefined;
}

function loadScrollMap(): ScrollMap {
  const context: { MinutesPreviewScroll?: ScrollMap } = {};
  runInNewContext(readFileSync(join(root, 'media/previewScroll.js'), 'utf8'), context, { filename: 'previewScroll.js' });
  assert.ok(context.MinutesPreviewScroll, 'previewScroll.js publishes globalThis.MinutesPreviewScroll');
  return context.MinutesPreviewScroll;
}

const scroll = loadScrollMap();

/** Title at line 0, header at 2, item 1 at line 10 (top 300), a paragraph at 12, item 2 at 20. */
const page: readonly Entry[] = [
  { line: 0, top: 0 },
  { line: 2, top: 60 },
  { line: 10, top: 300 },
  { line: 12, top: 360 },
  { line: 20, top: 600 },
];

function checkEntries(raw: readonly Entry[], expected: readonly Entry[]): void {
  // The VM context has its own Array prototype: compare plain copies.
  assert.deepEqual(JSON.parse(JSON.stringify(scroll.monotonicEntries(raw))), expected);
}

function checkOffset(line: number, expected: number | undefined, entries: readonly Entry[] = page): void {
  assert.equal(scroll.offsetForLine(entries, line), expected, `offset of line ${line}`);
}

function checkLine(offset: number, expected: number | undefined, entries: readonly Entry[] = page): void {
  assert.equal(scroll.lineForOffset(entries, offset), expected, `line at offset ${offset}`);
}

describe('preview scroll sync (media/previewScroll.js)', () => {
  it('keeps the outermost block of a line and drops blocks that go back up (the summary tables)', () => {
    checkEntries(
      [
        { line: 0, top: 0 },
        { line: 10, top: 300 }, // the item's <section>
        { line: 10, top: 300 }, // its heading
        { line: 12, top: 360 },
        { line: 20, top: 600 },
        { line: 12, top: 900 }, // the action again, in the summary of actions
        { line: 25, top: 950 },
      ],
      [
        { line: 0, top: 0 },
        { line: 10, top: 300 },
        { line: 12, top: 360 },
        { line: 20, top: 600 },
        { line: 25, top: 950 },
      ],
    );
    checkEntries([{ line: Number.NaN, top: 0 }, { line: 3, top: Number.POSITIVE_INFINITY }, { line: 4, top: 10 }], [{ line: 4, top: 10 }]);
    checkEntries([], []);
  });

  it('maps a source line to the offset of its block, interpolating inside blocks', () => {
    const cases: [number, number][] = [
      [0, 0],
      [2, 60],
      [6, 180], // halfway between the header (2 → 60) and item 1 (10 → 300)
      [10, 300],
      [11, 330],
      [12.5, 375],
      [20, 600],
      [35, 600], // past the last block: its top
    ];
    for (const [line, offset] of cases) checkOffset(line, offset);
  });

  it('maps an offset back to the source line it shows', () => {
    const cases: [number, number][] = [
      [0, 0],
      [30, 1],
      [180, 6],
      [300, 10],
      [330, 11],
      [600, 20],
      [5000, 20],
    ];
    for (const [offset, line] of cases) checkLine(offset, line);
  });

  it('is its own inverse on every line between the first and the last block', () => {
    for (let line = 0; line <= 20; line += 0.5) {
      const offset = scroll.offsetForLine(page, line);
      assert.ok(offset !== undefined);
      const back = scroll.lineForOffset(page, offset);
      assert.ok(back !== undefined && Math.abs(back - line) < 1e-9, `line ${line} → offset ${offset} → line ${back}`);
    }
  });

  it('handles a page that starts below its first block line, and a page without blocks', () => {
    const late: readonly Entry[] = [
      { line: 4, top: 100 },
      { line: 8, top: 300 },
    ];
    checkOffset(0, 0, late);
    checkOffset(2, 50, late);
    checkLine(50, 2, late);
    checkOffset(3, undefined, []);
    // Line 0 is the top of the page, even when the first block sits below a margin.
    checkOffset(0, 0, [
      { line: 0, top: 24 },
      { line: 2, top: 80 },
    ]);
    checkOffset(1, 52, [
      { line: 0, top: 24 },
      { line: 2, top: 80 },
    ]);
    checkLine(30, undefined, []);
    // Two blocks at the same height (the first one empty): the offset shows the later one.
    checkLine(10, 2, [
      { line: 1, top: 10 },
      { line: 2, top: 10 },
    ]);
    checkOffset(1, 10, [
      { line: 1, top: 10 },
      { line: 2, top: 10 },
    ]);
  });
});
