import assert from 'node:assert/strict';
import { analyzeMinutes, type Analysis } from '../../server/src/core/index';
import { minutesLexer } from '../../server/src/core/syntax/lexer';
import { joinLines } from '../helpers/expect';

/**
 * Attendance as committee clerks and municipal secretaries write it, beyond one heading and one
 * person per line: the headings their bodies use. Each table row is a small document and what
 * the model must make of it; the rows marked `stays` must not be read as attendance.
 */

/** A document with `lines` before its one item, in the language of `lang`. */
function analyse(lines: readonly string[], body: readonly string[] = [], lang: 'sv' | 'en' = 'en'): Analysis {
  const head = lang === 'sv' ? ['Protokoll', 'Datum: 2025-03-18', ''] : ['Minutes', 'Date: 2025-03-18', ''];
  return analyzeMinutes(joinLines(...head, ...lines, '', lang === 'sv' ? '1. Öppnande' : '1. Welcome', ...body), { locale: lang });
}

/** Each section as its kind, its heading as written, and its attendees' names. */
function sections(a: Analysis): [kind: string, heading: string, names: string[]][] {
  return a.document.sections.map((s) => [s.kind, s.heading.text, s.attendees.map((x) => x.name.text)]);
}

describe('attendance headings clerks and secretaries write', () => {
  const headings: [heading: string, kind: string][] = [
    ['Committee members present:', 'present'],
    ['Board members present:', 'present'],
    ['Members present:', 'present'],
    ['Staff in attendance:', 'others'],
    ['Trustees present:', 'present'],
    ['Trustees:', 'present'],
    ['Councillors:', 'present'],
    ['Councillors present:', 'present'],
    ['Present (Trustees):', 'present'],
    ['PRESENT (COUNCILLORS)', 'present'],
    ['Ledamöter:', 'present'],
    ['Övriga deltagare:', 'others'],
    ['Deltagare:', 'present'],
    ['Närvarande ledamöter:', 'present'],
  ];
  for (const [heading, kind] of headings) {
    it(`"${heading}" alone on its line heads a list of ${kind}`, () => {
      const a = analyse([heading, 'Karen Mitchell', 'James Brennan'], ['Action: James Brennan – circulate the accounts']);
      assert.deepEqual(sections(a), [[kind, heading, ['Karen Mitchell', 'James Brennan']]]);
      assert.deepEqual(a.document.preamble, []);
      assert.deepEqual(a.diagnostics.map((d) => d.code), []);
    });
  }

  it('lexes each of them as a heading, and their words among others as text', () => {
    const kinds = (text: string) => minutesLexer.tokenize(text).tokens.map((t) => t.tokenType.name);
    assert.deepEqual(kinds('Staff in attendance\nTrustees\nPresent (trustees):\n'), ['SectionLine', 'SectionLine', 'SectionLine']);
    assert.deepEqual(kinds('Trustees of the fund\nStaff\nPresent (public)\nCouncillors agreed\n'), ['TextLine', 'TextLine', 'TextLine', 'TextLine']);
  });

  it('leaves a line that only begins with such a word in the header as free text', () => {
    const a = analyse(['Trustees of the Bramley Fund', 'Staff', 'Present', 'Karen Mitchell']);
    assert.deepEqual(a.document.preamble.map((p) => p.text), ['Trustees of the Bramley Fund', 'Staff']);
    assert.deepEqual(sections(a), [['present', 'Present', ['Karen Mitchell']]]);
  });
});
