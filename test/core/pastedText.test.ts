import assert from 'node:assert/strict';
import { analyzeMinutes } from '../../server/src/core/analysis/analyze';

/**
 * Minutes pasted from a word processor or a PDF: non-breaking spaces inside keywords, invisible
 * characters, tabs between fields, notes wrapped onto a line of their own. Each reads as the
 * plain text it looks like.
 */
function analyse(text: string) {
  return analyzeMinutes(text, { locale: 'en' });
}

describe('text pasted from word processors and PDFs', () => {
  it('reads keywords of several words with a non-breaking space between them', () => {
    const a = analyse('Protokoll\nDatum: 2024-03-08\n\nÖVRIGA\u00a0NÄRVARANDE\nEva Berg, GR\n\n1. A\nUppdrag: Eva Berg – ring.\n\nAntecknat\u00a0av: Eva Berg\n');
    assert.equal(a.document.sections.length, 1);
    assert.equal(a.document.sections[0]?.attendees[0]?.name.text, 'Eva Berg');
    assert.equal(a.document.footer?.entries[0]?.kind, 'recorder');
    assert.equal(a.document.footer?.entries[0]?.persons[0]?.name.text, 'Eva Berg');
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });
});
