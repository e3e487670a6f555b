/**
 * What the preview renders and how fast it follows typing (client/src/preview/renderForPreview.ts,
 * updateDelay.ts). An update reaches the webview `updateDelay(last rendering time)` after the last
 * keystroke plus one rendering; on a 100 KiB document that must stay within 100 ms.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderForPreview } from '../../client/src/preview/renderForPreview';
import { MAX_UPDATE_DELAY_MS, MIN_UPDATE_DELAY_MS, updateDelay } from '../../client/src/preview/updateDelay';
import { root } from '../helpers/expect';

const example = readFileSync(join(root, 'examples/kommunchefsgruppen.minutes'), 'utf8');

/** The example's header and attendance, then its items again and again, renumbered, to `bytes` UTF-8 bytes. */
function longMinutes(bytes: number): string {
  const lines = example.split('\n');
  const firstItem = lines.findIndex((line) => /^1\. /.test(line));
  const footer = lines.findIndex((line) => line.startsWith('Antecknat av:'));
  const head = lines.slice(0, firstItem);
  const items = lines.slice(firstItem, footer);
  const out = [...head];
  let number = 0;
  let size = Buffer.byteLength(out.join('\n'));
  while (size < bytes) {
    for (const line of items) {
      const heading = /^(\d+)\. (.*)$/.exec(line);
      const text = heading ? `${++number}. ${heading[2]}` : line;
      out.push(text);
      size += Buffer.byteLength(text) + 1;
    }
  }
  out.push(...lines.slice(footer));
  return out.join('\n');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

describe('the preview rendering', () => {
  it('renders the example as the published minutes, with source lines on the blocks', () => {
    const rendering = renderForPreview(example, []);
    assert.equal(rendering.lang, 'sv');
    assert.match(rendering.html, /^<article class="minutes"/);
    assert.ok(!/<script/i.test(rendering.html));
    for (const text of ['Kommunchefsgruppen', 'Gitte Caous', 'Välkomnande av ny kommunchef i Stenungsund']) assert.ok(rendering.html.includes(text), text);
    const lines = [...rendering.html.matchAll(/data-line="(\d+)"/g)].map((m) => Number(m[1]));
    assert.ok(lines.length > 20, `${lines.length} blocks carry data-line`);
    // Item 6 starts on the line of its heading.
    const item6 = example.split('\n').findIndex((line) => line.startsWith('6. Klimatanpassning'));
    assert.ok(lines.includes(item6), `a block starts at line ${item6}`);
  });

  it('shows a hostile document as text: no element, attribute or script of its own reaches the page', () => {
    const hostile = [
      'Anteckningar <img src=x onerror=alert(1)>',
      'Möte: </script><script>alert(2)</script>',
      'Datum: 2024-03-08',
      '',
      'NÄRVARANDE',
      'Eva "><svg onload=alert(3)>, Göteborg',
      '',
      '1. <iframe src=javascript:alert(4)>',
      'Uppdrag: Eva "><svg onload=alert(3)> – <b onmouseover=alert(5)>klicka</b>',
      '',
    ].join('\n');
    const { html } = renderForPreview(hostile, []);
    for (const tag of ['<img', '<script', '</script', '<svg', '<iframe', '<b ']) assert.ok(!html.toLowerCase().includes(tag), `${tag} in ${html}`);
    assert.ok(!/<[^>]*\son\w+\s*=/i.test(html), 'no event-handler attribute in any tag');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the title is shown as text');
  });

  it('waits 25 ms after a keystroke for quick documents, longer for slow ones', () => {
    const cases: [number | undefined, number][] = [
      [undefined, MIN_UPDATE_DELAY_MS],
      [0, MIN_UPDATE_DELAY_MS],
      [50, MIN_UPDATE_DELAY_MS],
      [60, MIN_UPDATE_DELAY_MS + 20],
      [400, MIN_UPDATE_DELAY_MS + 700],
      [5000, MAX_UPDATE_DELAY_MS],
      [Number.NaN, MIN_UPDATE_DELAY_MS],
    ];
    assert.equal(MIN_UPDATE_DELAY_MS, 25);
    for (const [renderMs, delay] of cases) assert.equal(updateDelay(renderMs), delay, `after a ${renderMs} ms rendering`);
  });

  it('follows typing within 100 ms on a 100 KiB document (wait + rendering)', function () {
    this.timeout(60_000);
    const text = longMinutes(100 * 1024);
    assert.ok(Buffer.byteLength(text) >= 100 * 1024);
    // The first renderings compile the hot paths; an editor has done that long before.
    for (let i = 0; i < 5; i++) renderForPreview(text, []);
    const samples: number[] = [];
    for (let i = 0; i < 21; i++) {
      // A keystroke: one more character at the end of item 1's paragraph.
      const edited = text.replace('välkomnas till gruppen.', `välkomnas till gruppen${'!'.repeat(i)}.`);
      samples.push(renderForPreview(edited, []).millis);
    }
    // The assertion takes the fastest rendering: the test machines are shared, and other work
    // (other test runs, builds) slows single samples down by whole time slices. The median is
    // printed for the record (docs/preview.md).
    const fastest = Math.min(...samples);
    const typical = median(samples);
    const latency = (renderMs: number) => updateDelay(renderMs) + renderMs;
    console.log(
      `      100 KiB: rendering ${fastest.toFixed(1)} ms fastest, ${typical.toFixed(1)} ms median of ${samples.length}; ` +
        `update ${latency(fastest).toFixed(1)} ms / ${latency(typical).toFixed(1)} ms after the last keystroke`,
    );
    assert.ok(latency(fastest) <= 100, `the preview follows ${latency(fastest).toFixed(1)} ms after the last keystroke`);
  });
});
