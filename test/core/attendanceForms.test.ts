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

describe('roles written after the name', () => {
  /** The organisation and role of `Eva Berg, <field>`, and of `Eva Berg (<field>)`. */
  const read = (line: string): [organisation?: string, role?: string, note?: string] => {
    const attendee = analyse(['Present', line]).document.sections[0]?.attendees[0];
    return [attendee?.organisation?.text, attendee?.role?.text, attendee?.note?.text.text];
  };
  const roles = [
    'ekonomichef', 'HR-chef', 'förvaltningschef', 'planarkitekt', 'controller', 'nämndsekreterare', 'kommundirektör', 'ordf.', 'v. ordf.', 'v.ordf',
    'tf förvaltningschef', 't.f. förvaltningschef', 'biträdande rektor', 'kommunstyrelsens ordförande', 'ordförande i kulturnämnden', 'styrelseledamot',
    'Vice-Chairman', 'Finance Director', 'Parent Governor', 'Foundation Governor', 'Clerk to the Governors', 'Director of Finance', 'Head of Planning', 'Deputy Headteacher',
  ];
  for (const role of roles) {
    it(`"${role}" is a role, after a comma and alone in parentheses`, () => {
      assert.deepEqual(read(`Eva Berg, ${role}`), [undefined, role, undefined]);
      assert.deepEqual(read(`Eva Berg (${role})`), [undefined, role, undefined]);
    });
  }
  const organisations = ['Kulturförvaltningen', 'Stadsbyggnadskontoret', 'Härryda kommun', 'Finance', 'Hillside School', 'Board of Directors', 'University of Leeds', 'Scottish Executive', 'Friends of the Park'];
  for (const organisation of organisations) {
    it(`"${organisation}" stays an organisation`, () => assert.deepEqual(read(`Eva Berg, ${organisation}`), [organisation, undefined, undefined]));
  }

  it('keeps a note that holds more than a role, and the note of a substitute, as notes', () => {
    assert.deepEqual(read('Eva Berg (Finance Director, remote)'), [undefined, undefined, 'Finance Director, remote']);
    assert.deepEqual(read('Eva Berg, Ale (ersättare för Bo Ek)'), ['Ale', undefined, 'ersättare för Bo Ek']);
    assert.deepEqual(read('Eva Berg (ordf. p 3)'), [undefined, undefined, 'ordf. p 3']);
  });

  it('takes a name that ends like a role for the name in a row that starts with the role', () => {
    const a = analyse(['Present', 'Chair\tJames Dean', 'Ledamot\tKim Manager-Ek']);
    assert.deepEqual(a.document.sections[0]?.attendees.map((x) => [x.name.text, x.role?.text]), [['James Dean', 'Chair'], ['Kim Manager-Ek', 'Ledamot']]);
  });

  it('lets an abbreviated or hyphened role name its holder as the full word does', () => {
    const sv = analyse(['Närvarande', 'Bo Ek (ordf.)', 'Eva Berg, v. ordf.'], ['Uppdrag: Ordföranden – kalla till mötet', 'Uppdrag: Vice ordförande – boka lokal'], 'sv');
    assert.deepEqual(sv.diagnostics.map((d) => d.code), []);
    const en = analyse(['Present', 'Mats Ward (Vice-Chairman)', 'Joe Bloggs, Finance Director'], ['Action: Vice Chairman – chair the next meeting', 'Action: Finance Director – circulate the accounts', 'Action: Chair – sign the letter']);
    assert.deepEqual(en.diagnostics.map((d) => [d.code, d.message.slice(0, 7)]), [['unknown-assignee', '"Chair"']]);
  });
});
