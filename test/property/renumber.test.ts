/**
 * Properties of renumbering: it changes only item numbers and item references (in attendance
 * notes and in text), every reference follows the item it pointed at, the items come out
 * numbered 1, 2, 3 … (or from the first `§` number), and renumbering twice changes nothing more.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeMinutes, renumberEdits, type MeetingDocument } from '../../server/src/core/index';
import { applyEdits } from '../helpers/edits';
import { corpus, minutesDocument, runs } from './arbitraries';

const TODAY = { year: 2024, month: 3, day: 1 };
const analyze = (text: string) => analyzeMinutes(text, { locale: 'sv', today: TODAY });

/** Every span renumbering may touch: item numbers and the references of notes and text. */
function numberSpans(document: MeetingDocument): Set<string> {
  const spans = new Set<string>();
  for (const item of document.items) spans.add(`${item.numberNode.span.start}:${item.numberNode.span.end}`);
  for (const ref of [...document.sections.flatMap((s) => s.attendees.flatMap((a) => a.note?.refs ?? [])), ...document.textItemRefs]) spans.add(`${ref.span.start}:${ref.span.end}`);
  return spans;
}

/** The one call site: renumber `text` and check every property. */
function check(text: string): void {
  const { document } = analyze(text);
  const edits = renumberEdits(text, document);
  const allowed = numberSpans(document);
  const first = document.items[0];
  const start = first && first.numberNode.span.start > first.headerSpan.start ? first.number : 1;
  const target = new Map<number, number>();
  document.items.forEach((item, index) => {
    if (!target.has(item.number)) target.set(item.number, start + index);
  });
  for (const edit of edits) {
    const written = text.slice(edit.span.start, edit.span.end);
    assert.ok(allowed.has(`${edit.span.start}:${edit.span.end}`), `an edit outside numbers and references: ${JSON.stringify(written)} → ${JSON.stringify(edit.newText)}`);
    assert.match(written, /^\d+(\s*[-–—]\s*\d+)?$/);
    assert.match(edit.newText, /^\d+((\s*[-–—]\s*|, )\d+)*$/);
    // A single reference follows its item; an item number becomes its position.
    const isItemNumber = document.items.some((item) => item.numberNode.span.start === edit.span.start);
    if (!isItemNumber && /^\d+$/.test(written)) {
      const old = Number(written);
      assert.equal(edit.newText, String(target.get(old) ?? old), `reference ${old}`);
    }
  }
  const renumbered = applyEdits(text, edits);
  const after = analyze(renumbered).document;
  assert.deepEqual(after.items.map((item) => item.number), document.items.map((_, index) => start + index), 'items numbered in order');
  assert.deepEqual(renumberEdits(renumbered, after), [], 'renumbering twice changes nothing more');
}

describe('property: renumbering', () => {
  it('on generated documents (gaps, duplicates, out of order, notes and text references)', function () {
    this.timeout(Math.max(60_000, runs(300) * 100));
    fc.assert(fc.property(minutesDocument, check), { numRuns: runs(300) });
  });

  for (const file of corpus()) {
    it(`on ${file.name}`, () => check(file.text));
  }
});
