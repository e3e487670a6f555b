import assert from 'node:assert/strict';
import { parseMinutes } from '../../server/src/core/index';
import { joinLines } from '../helpers/expect';

/**
 * The footer of `lines` written after one item, read as one line per entry and note:
 * `recorder Name, Role`, `adjusters Name, Role; Name`, `note text`, in the order they are written.
 */
function footerOf(lines: readonly string[]): string[] {
  const text = joinLines('Protokoll', 'Datum: 2025-03-18', '', '1. Test', 'Text.', '', ...lines);
  const footer = parseMinutes(text).document.footer;
  if (!footer) return [];
  const entries = footer.entries.map((e) => ({ at: e.span.start, line: `${e.kind} ${e.persons.map((p) => p.name.text + (p.role ? `, ${p.role.text}` : '')).join('; ')}`.trimEnd() }));
  const notes = footer.notes.map((n) => ({ at: n.span.start, line: `note ${n.text}` }));
  return [...entries, ...notes].sort((a, b) => a.at - b.at).map((x) => x.line);
}

/** Each case: the footer's lines as written → the footer as read. */
type Case = readonly [lines: readonly string[], expected: readonly string[]];

function table(cases: readonly Case[]): void {
  for (const [lines, expected] of cases) assert.deepEqual(footerOf(lines), expected, lines.join(' / '));
}

describe('the footer (buildFooter)', () => {
  it('keywords: Vid anteckningarna, as Vid protokollet, with or without a colon', () => {
    table([
      [['Vid anteckningarna', '', 'Erika Sandahl'], ['recorder Erika Sandahl']],
      [['Vid anteckningarna: Erika Sandahl, sekreterare'], ['recorder Erika Sandahl, sekreterare']],
      [['Vid protokollet', 'Erika Sandahl'], ['recorder Erika Sandahl']],
    ]);
  });
});
