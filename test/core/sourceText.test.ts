import assert from 'node:assert/strict';
import { parseMinutes } from '../../server/src/core/index';
import type { Block } from '../../server/src/core/model/types';
import { collectSpans, shiftSpans } from '../../server/src/core/text/shiftSpans';
import { SourceText, textNode, type Span } from '../../server/src/core/text/span';
import { joinLines } from '../helpers/expect';

const MINUTES = joinLines(
  'Protokoll',
  'Datum: 2024-03-01',
  '',
  'NÄRVARANDE',
  'Eva Ek, Ale',
  '',
  '1. Budget',
  'Vi går igenom läget.',
  'Mer text här.',
  '- en punkt',
  '- en till',
  '// en kommentar',
  'Uppdrag: Eva Ek – ring kommunen. Senast: 2024-04-01',
  'Beslut: Godkänt.',
  '',
  'Antecknat av: Eva Ek',
);

/** Every span the model keeps outside its text nodes. */
function keptSpans(blocks: readonly Block[]): Span[] {
  return blocks.flatMap((b) => (b.kind === 'action' ? [b.span, b.lineSpan, ...(b.assigneeSpan ? [b.assigneeSpan] : [])] : b.kind === 'comment' ? [b.span] : []));
}

describe('text nodes that are their own spans (span.ts)', () => {
  it('is its own span, and its JSON holds the text and the place', () => {
    const node = textNode('Eva', 4, 7);
    assert.ok(node instanceof SourceText);
    assert.equal(node.span, node);
    assert.deepEqual([node.span.start, node.span.end, node.text], [4, 7, 'Eva']);
    assert.equal(JSON.stringify(node), '{"text":"Eva","start":4,"end":7}');
  });

  it('is moved once by the span walk, however often the model refers to it', () => {
    const node = textNode('Eva', 4, 7);
    const spans = collectSpans([{ name: node, again: node, list: [node, { inner: node.span }] }]);
    assert.equal(spans.length, 1);
    shiftSpans(spans, 10);
    assert.deepEqual([node.span.start, node.span.end], [14, 17]);
  });

  it('keeps no line text alive through the spans of actions, comments, items and the header', () => {
    const { document } = parseMinutes(MINUTES);
    const item = document.items[0];
    assert.ok(item);
    const spans = [item.headerSpan, ...keptSpans(item.body), ...document.headerFields.map((f) => f.span), ...document.sections.flatMap((s) => [s.span, ...s.attendees.map((a) => a.span)]), ...(document.footer?.entries.map((e) => e.span) ?? [])];
    assert.ok(spans.length >= 8, `only ${spans.length} spans`);
    for (const s of spans) assert.ok(!(s instanceof SourceText) && !('text' in s), `a span holding text: ${JSON.stringify(s)}`);
  });

  it('makes paragraphs and lists their own spans, written to JSON as plain spans, moved with their lines', () => {
    const { document } = parseMinutes(MINUTES);
    const blocks = document.items[0]?.body ?? [];
    const paragraph = blocks.find((b) => b.kind === 'paragraph');
    const list = blocks.find((b) => b.kind === 'list');
    assert.ok(paragraph && list);
    for (const block of [paragraph, list]) {
      assert.equal(block.span, block as unknown as Span);
      const json = JSON.parse(JSON.stringify(block)) as { span: unknown };
      assert.deepEqual(json.span, { start: block.span.start, end: block.span.end });
    }
    const firstLine = paragraph.lines[0]?.span.start;
    const spans = collectSpans([paragraph]);
    assert.equal(spans.length, 1);
    shiftSpans(spans, 5);
    assert.equal(paragraph.lines[0]?.span.start, (firstLine ?? 0) + 5);
    assert.equal(paragraph.lines[0]?.text, 'Vi går igenom läget.');
  });
});
