import assert from 'node:assert/strict';
import { analyzeMinutes, foldingRanges } from '../../../server/src/core/index';
import { joinLines } from '../../helpers/expect';

/** The folding ranges as `first-last` 1-based lines, `c` after a comment run. The single call site of the API. */
function check(input: string, expected: readonly string[]): void {
  const analysis = analyzeMinutes(input);
  const line = (offset: number) => analysis.lineIndex.positionAt(offset).line + 1;
  assert.deepEqual(
    foldingRanges(analysis).map((f) => `${line(f.span.start)}-${line(f.span.end)}${f.kind === 'comment' ? 'c' : ''}`),
    expected,
  );
}

describe('folding ranges', () => {
  it('folds header, sections, items to their last non-blank line, blocks and footer', () => {
    check(
      joinLines(
        'Anteckningar', //  1
        'Datum: 2024-03-08', //  2
        '', //  3
        'NÄRVARANDE', //  4
        'Eva Hessman', //  5
        'Pia Alhäll', //  6
        '', //  7
        '1. Budget', //  8
        'Förvaltningen redovisar', //  9
        'budgetläget.', // 10
        '- en punkt', // 11
        '  som fortsätter', // 12
        '- en till', // 13
        'Uppdrag: Eva – ring', // 14
        '  Senast: 2024-04-01', // 15
        'Beslut: Godkänt.', // 16
        '', // 17
        '', // 18
        '2. Övrigt', // 19
        'Inget.', // 20
        '', // 21
        'Antecknat av:', // 22
        'Eva Hessman', // 23
      ),
      ['1-2', '4-6', '8-16', '9-10', '11-13', '14-15', '19-20', '22-23'],
    );
  });

  it('folds a run of consecutive comment lines, not single ones', () => {
    check(joinLines('Anteckningar', '// ett', '// två', '', '// tre', '1. Budget', '  // fyra', '  // fem'), ['1-5', '2-3c', '6-8', '7-8c']);
  });

  it('keeps the longer range when two start on the same line', () => {
    // A one-entry list spanning two lines has the same range as its entry.
    check(joinLines('1. Budget', '- en punkt', '  som fortsätter'), ['1-3', '2-3']);
  });

  it('gives nothing for an empty or one-line document', () => {
    check('', []);
    check('1. Budget', []);
  });
});
