import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticReports } from '../../server/src/lsp/diagnosticReports';

function diagnostic(line: number, message = 'Okänd ansvarig'): Diagnostic {
  return { range: { start: { line, character: 0 }, end: { line, character: 5 } }, severity: 2, code: 'unknown-assignee', source: 'minutes', message };
}

describe('pull diagnostic reports', () => {
  it('answers "unchanged" only to the last report of the document, when it said the same', () => {
    const reports = new DiagnosticReports();
    const first = reports.report('file:///a', [diagnostic(1), diagnostic(4)], undefined);
    assert.equal(first.kind, 'full');
    // Equal diagnostics, new objects (the item was read again): still unchanged.
    assert.deepEqual(reports.report('file:///a', [diagnostic(1), diagnostic(4)], first.resultId), { kind: 'unchanged', resultId: first.resultId });
    // No previous report named, or another one: everything.
    assert.equal(reports.report('file:///a', [diagnostic(1), diagnostic(4)], undefined).kind, 'full');
    assert.equal(reports.report('file:///a', [diagnostic(1), diagnostic(4)], 'elsewhere').kind, 'full');
  });

  it('answers in full when a diagnostic moved, changed, came or went', () => {
    const reports = new DiagnosticReports();
    let last = reports.report('file:///a', [diagnostic(1), diagnostic(4)], undefined);
    for (const next of [[diagnostic(2), diagnostic(4)], [diagnostic(2), diagnostic(4, 'Annat')], [diagnostic(2)], []]) {
      const report = reports.report('file:///a', next, last.resultId);
      assert.equal(report.kind, 'full', JSON.stringify(next));
      assert.notEqual(report.resultId, last.resultId);
      assert.deepEqual(report.kind === 'full' ? report.items : undefined, next);
      last = report;
    }
  });

  it('keeps documents apart, and forgets a closed one', () => {
    const reports = new DiagnosticReports();
    const a = reports.report('file:///a', [diagnostic(1)], undefined);
    const b = reports.report('file:///b', [diagnostic(1)], undefined);
    assert.notEqual(a.resultId, b.resultId);
    assert.equal(reports.report('file:///a', [diagnostic(1)], a.resultId).kind, 'unchanged');
    assert.equal(reports.report('file:///b', [diagnostic(1)], a.resultId).kind, 'full');
    reports.forget('file:///a');
    assert.equal(reports.report('file:///a', [diagnostic(1)], a.resultId).kind, 'full');
  });
});
