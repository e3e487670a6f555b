/*
 * Scroll sync between the minutes source and the preview: maps a source line to a vertical
 * offset in the preview and back, from the `data-line` attributes the renderer puts on every
 * block that comes from source lines. Pure functions, no DOM: media/preview.js measures the
 * elements and calls these. A classic script (no modules) that publishes its functions as
 * `globalThis.MinutesPreviewScroll`, so the webview loads it with a <script> tag and the unit
 * tests (test/extension/previewScroll.test.ts) import it as it is.
 *
 * An entry is `{ line, top }`: a block's first source line (0-based) and the offset of its top
 * edge from the top of the page, in CSS pixels.
 */
(function (global) {
  'use strict';

  /**
   * The entries that can anchor scrolling: in page order, each with a line greater than the one
   * before it. Nested blocks that start on the same line keep the outermost one, and blocks that
   * repeat earlier lines further down (the summary of actions after the items) are left out, so
   * both the lines and the offsets only grow.
   */
  function monotonicEntries(raw) {
    const entries = [];
    let lastLine = -1;
    let lastTop = -Infinity;
    for (const entry of raw) {
      if (!Number.isFinite(entry.line) || !Number.isFinite(entry.top)) continue;
      if (entry.line <= lastLine || entry.top < lastTop) continue;
      entries.push({ line: entry.line, top: entry.top });
      lastLine = entry.line;
      lastTop = entry.top;
    }
    return entries;
  }

  /** The index of the last entry whose `key` is at most `value`, or -1 (entries sorted by `key`). */
  function lastAtMost(entries, key, value) {
    let low = 0;
    let high = entries.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (entries[middle][key] <= value) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /**
   * The preview offset that shows source line `line` (fractional lines allowed) at the top:
   * interpolated between the block that starts at or before the line and the next block.
   * `undefined` when the preview has no blocks.
   */
  function offsetForLine(entries, line) {
    if (entries.length === 0) return undefined;
    const first = entries[0];
    // Up to the first block the page scrolls from its very top, margins included.
    if (line <= first.line) return first.line > 0 ? first.top * Math.max(0, line / first.line) : 0;
    const index = lastAtMost(entries, 'line', line);
    const previous = entries[index];
    const next = entries[index + 1];
    if (!next) return previous.top;
    const progress = (line - previous.line) / (next.line - previous.line);
    return previous.top + progress * (next.top - previous.top);
  }

  /**
   * The source line (fractional) shown at preview offset `offset`: the inverse of
   * {@link offsetForLine}. `undefined` when the preview has no blocks.
   */
  function lineForOffset(entries, offset) {
    if (entries.length === 0) return undefined;
    const index = lastAtMost(entries, 'top', offset);
    if (index < 0) {
      const first = entries[0];
      return first.top > 0 ? first.line * Math.max(0, offset / first.top) : first.line;
    }
    const previous = entries[index];
    const next = entries[index + 1];
    if (!next || next.top === previous.top) return previous.line;
    const progress = (offset - previous.top) / (next.top - previous.top);
    return previous.line + progress * (next.line - previous.line);
  }

  global.MinutesPreviewScroll = Object.freeze({ monotonicEntries, offsetForLine, lineForOffset });
})(globalThis);
