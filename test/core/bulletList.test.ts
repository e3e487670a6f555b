import assert from 'node:assert/strict';
import { analyzeMinutes } from '../../server/src/core/analysis/analyze';
import type { ListBlock } from '../../server/src/core/model/types';
import { seededRandom } from '../helpers/random';

/**
 * A list's entries are kept as offsets and made when read (`bulletList.ts`). Held here to a plain
 * reading of the same lines: an entry starts at a bullet or an indented number, its marker is
 * `-`, `•`, `*` or `2.`/`2)`, its text is the rest of the line trimmed, and a line of text below
 * it continues it.
 */
interface Expected {
  marker: { text: string; start: number };
  lines: { text: string; start: number }[];
}

function plainEntries(text: string, bodyStart: number): Expected[] {
  const entries: Expected[] = [];
  let at = bodyStart;
  for (const line of text.slice(bodyStart).split('\n')) {
    const m = /^([^\S\n]*)([-•*]|\d{1,4}[.)])(?!\S)([^\S\n]*)(.*?)[^\S\n]*$/u.exec(line);
    if (m && (m[2]?.length === 1 && /[-•*]/.test(m[2]) ? true : (m[1] ?? '').length > 0)) {
      const markerStart = at + (m[1] ?? '').length;
      const textStart = markerStart + (m[2] ?? '').length + (m[3] ?? '').length;
      entries.push({ marker: { text: m[2] ?? '', start: markerStart }, lines: m[4] ? [{ text: m[4], start: textStart }] : [] });
    } else if (line.trim() && entries.length > 0) {
      const lead = line.length - line.trimStart().length;
      entries[entries.length - 1]?.lines.push({ text: line.trim(), start: at + lead });
    }
    at += line.length + 1;
  }
  return entries;
}

describe('bullet lists kept as offsets (bulletList.ts)', () => {
  it('reads every entry, marker and line where a plain reading finds them', () => {
    const random = seededRandom(31);
    const bullets = ['- ', '• ', '* ', '  2. ', '  10) ', '-\t', '  - '];
    const words = ['Budget', 'uppföljning', 'se punkt 1', 'och', 'Eva', 'å', 'x'];
    for (let round = 0; round < 150; round++) {
      let body = '';
      const count = 1 + Math.floor(random() * 6);
      for (let i = 0; i < count; i++) {
        const bullet = bullets[Math.floor(random() * bullets.length)] ?? '- ';
        const n = Math.floor(random() * 4);
        body += `${bullet}${Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ')}${random() < 0.3 ? '  ' : ''}\n`;
        if (random() < 0.3) body += `  ${words[Math.floor(random() * words.length)]} fortsätter\n`;
      }
      const heading = '1. Punkt\n';
      const text = `${heading}${body}`;
      const lists = analyzeMinutes(text).document.items[0]?.body.filter((b): b is ListBlock => b.kind === 'list') ?? [];
      const got = lists.flatMap((list) => list.entries.map((e) => ({ marker: { text: e.marker.text, start: e.marker.span.start }, lines: e.lines.map((l) => ({ text: l.text, start: l.span.start })) })));
      assert.deepEqual(got, plainEntries(text, heading.length), JSON.stringify(text));
      for (const list of lists) {
        const first = list.entries[0];
        const last = list.entries[list.entries.length - 1];
        assert.ok(first && last);
        assert.deepEqual([list.span.start, list.span.end], [first.span.start, last.span.end], JSON.stringify(text));
        for (const e of list.entries) {
          assert.equal(e.span.end, e.lines[e.lines.length - 1]?.span.end ?? e.marker.span.end);
          assert.equal(text.slice(e.marker.span.start, e.marker.span.end), e.marker.text);
          for (const l of e.lines) assert.equal(text.slice(l.span.start, l.span.end), l.text);
        }
      }
    }
  });

  it('reports a reference in an entry while the list is built, without reading its entries', () => {
    const analysis = analyzeMinutes('1. Inledning\n\n2. Budget\n- Ärendet återkommer, se punkt 1.\n- Inget mer.\n');
    assert.deepEqual(analysis.document.textItemRefs.map((r) => r.number), [1]);
  });
});
