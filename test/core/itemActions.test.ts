import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMinutes, updateAnalysis } from '../../server/src/core/index';
import { analysisState } from '../../server/src/core/analysis/analyze';
import type { ItemPart } from '../../server/src/core/syntax/parts';
import { parseMinutes } from '../../server/src/core/syntax/parse';
import { minutesCorpus } from '../helpers/corpus';
import { root } from '../helpers/expect';

/**
 * An item part lists its action blocks as the body is built (`ItemPart.actions`), and the item
 * checks read that list instead of the body. Held here to the body itself: the same objects, in
 * the same order, for every file, and for the items an edit rebuilt.
 */
function actionsOfBody(part: ItemPart): unknown[] {
  return part.item.body.filter((block) => block.kind === 'action');
}

function assertListed(parts: readonly ItemPart[], where: string): number {
  let count = 0;
  for (const part of parts) {
    const expected = actionsOfBody(part);
    assert.equal(part.actions.length, expected.length, `${where}, item ${part.item.number}`);
    part.actions.forEach((action, i) => assert.equal(action, expected[i], `${where}, item ${part.item.number}, action ${i}`));
    count += expected.length;
  }
  return count;
}

describe('the action blocks an item part lists (ItemPart.actions)', () => {
  it('are the body’s action blocks, the same objects in the same order, in every file', () => {
    let total = 0;
    for (const { path, text } of minutesCorpus()) total += assertListed(parseMinutes(text).parts.items, path);
    // The example alone has nine: the check above compared real lists, not empty ones.
    assert.ok(total >= 9, `only ${total} actions in the files`);
  });

  it('are listed for an item rebuilt after an edit inside it, and its actions are checked', () => {
    const text = readFileSync(join(root, 'examples/kommunchefsgruppen.minutes'), 'utf8');
    const before = analyzeMinutes(text, { locale: 'sv' });
    const line = 'Uppdrag: Okänd Person – ringa runt. Senast: 2024-06-01\n';
    const at = text.indexOf('\n', text.indexOf('\n6. ') + 1) + 1;
    const keptFirst = before.document.items[0];
    const after = updateAnalysis(before, text.slice(0, at) + line + text.slice(at), { start: at, oldEnd: at, newEnd: at + line.length });
    // Rebuilt alone, not analysed again as a whole: the first item is kept as it was.
    assert.equal(after.document.items[0], keptFirst);
    const state = analysisState(after);
    assert.ok(state, 'the update keeps its state');
    assertListed(state.parts.items, 'after the edit');
    const added = state.parts.items.flatMap((p) => p.actions).find((a) => a.assignees[0]?.name.text === 'Okänd Person');
    assert.ok(added, 'the new action is listed');
    assert.ok(after.diagnostics.some((d) => d.code === 'unknown-assignee' && d.span.start >= at), 'the new action’s unknown assignee is reported');
  });
});
