import assert from 'node:assert/strict';
import { partiesOf } from '../../server/src/core/model/party';
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
    ['Attending:', 'present'],
    ['By invitation:', 'others'],
    ['ALSO ATTENDING', 'others'],
    ['Adjungerad:', 'others'],
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
    assert.deepEqual(kinds('Attending\nApols:\nBy invitation\nAdjungerad\n'), ['SectionLine', 'SectionLine', 'SectionLine', 'SectionLine']);
    assert.deepEqual(kinds('Attending the meeting were\nApols were sent\n'), ['TextLine', 'TextLine']);
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
    'kyrkoherde', 'komminister', 'specialpedagog', 'projektledare', 'huvudtränare', 'Captain', 'Vice-Captain', 'Club Captain', 'Head Coach', 'Faculty Finance Partner', 'Churchwarden',
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
    // After a comma, the substitute's role and whom they stand in for is the line's role, not an organisation.
    assert.deepEqual(read('Rolf Hägg (KD), tjänstgörande ersättare för Lena Björk (L)'), [undefined, 'tjänstgörande ersättare för Lena Björk (L)', 'KD']);
    assert.deepEqual(read('Tom Reed, Ale, substitute for Jane Smith'), ['Ale', 'substitute for Jane Smith', undefined]);
    assert.deepEqual(read('Eva Berg, Centrum för Lärande'), ['Centrum för Lärande', undefined, undefined]);
    assert.deepEqual(read('Eva Berg (ordf. p 3)'), [undefined, undefined, 'ordf. p 3']);
  });

  it('takes a name that ends like a role for the name in a row that starts with the role', () => {
    const a = analyse(['Present', 'Chair\tJames Dean', 'Ledamot\tKim Manager-Ek']);
    assert.deepEqual(a.document.sections[0]?.attendees.map((x) => [x.name.text, x.role?.text]), [['James Dean', 'Chair'], ['Kim Manager-Ek', 'Ledamot']]);
  });

  it('reads a role written before the name in its field (`Rektor Helena Sjöberg`), and leaves a name that begins with a role word', () => {
    const a = analyse(['Närvarande', 'Rektor Helena Sjöberg', 'Biträdande rektor Omid Rahimi', 'Headteacher Jane Smith, Oakfield', 'Dean Smith', 'Kassör Bo Ek, ordförande'], ['Uppdrag: Helena Sjöberg – kalla', 'Uppdrag: Omid – skriv', 'Uppdrag: Rektor – ring'], 'sv');
    assert.deepEqual(
      a.document.sections[0]?.attendees.map((x) => [x.name.text, x.role?.text, x.organisation?.text]),
      [['Helena Sjöberg', 'Rektor', undefined], ['Omid Rahimi', 'Biträdande rektor', undefined], ['Jane Smith', 'Headteacher', 'Oakfield'], ['Dean Smith', undefined, undefined], ['Kassör Bo Ek', 'ordförande', undefined]],
    );
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('reads a group and its people after a colon in a list (`Elevrådet: Alva Lindqvist (6A), Theo Karimi (6B)`)', () => {
    const a = analyse(['Närvarande', 'Eva Berg', 'Föräldrarepresentanter: Anna Wik (3B), Fredrik Ström (5A)', 'Elevrådet: Alva Lindqvist (6A)', 'Gäster: Per Ek', 'Obs: Per kom sent', 'Anna Wik', 'Övriga: inga'], [], 'sv');
    assert.deepEqual(
      a.document.sections[0]?.attendees.map((x) => [x.name.text, x.organisation?.text, x.note?.text.text]),
      [
        ['Eva Berg', undefined, undefined],
        ['Anna Wik', 'Föräldrarepresentanter', '3B'],
        ['Fredrik Ström', 'Föräldrarepresentanter', '5A'],
        ['Alva Lindqvist', 'Elevrådet', '6A'],
        ['Per Ek', 'Gäster', undefined],
        ['Obs: Per kom sent', undefined, undefined],
        ['Anna Wik', undefined, undefined],
      ],
    );
    assert.deepEqual(a.diagnostics.map((d) => d.code), ['duplicate-attendee']);
  });

  it('gives the party after `för Name` to that person, not to the substitute (`Ulf Sandberg (KD), tjänstgörande ersättare för Maria Ek (L)`)', () => {
    const a = analyse(['Beslutande', 'Ulf Sandberg (KD), tjänstgörande ersättare för Maria Ek (L)', 'Bo Ek, ersättare för Eva Berg (S) (digitalt)', 'Per Ström (M), Ale (S)'], [], 'sv');
    assert.deepEqual(
      a.document.sections[0]?.attendees.map((x) => [x.name.text, x.organisation?.text, x.role?.text, x.note?.text.text, partiesOf(x.note)]),
      [
        // The substitute's role and whom they stand in for is the line's role (`standsInFor`).
        ['Ulf Sandberg', undefined, 'tjänstgörande ersättare för Maria Ek (L)', 'KD', ['KD']],
        ['Bo Ek', undefined, 'ersättare för Eva Berg (S)', 'digitalt', []],
        // Not after `för Name`: both parentheses are the attendee's, as before.
        ['Per Ström', 'Ale', undefined, 'M', ['M', 'S']],
      ],
    );
  });

  it('keeps people counted rather than named as counts, not attendees (`2 members of the public`)', () => {
    const a = analyse(
      ['In attendance: Mrs A. Whitcombe (Clerk), 2 members of the public.', 'Present', 'Tom Reed', 'approx. 35 (sign-in sheet held by the Secretary)', '1 Jane Smith', 'Närvarande: 27 röstberättigade medlemmar enligt bifogad närvarolista.'],
      ['Action: Tom Reed – write'],
    );
    assert.deepEqual(
      a.document.sections.map((s) => [s.heading.text, s.attendees.map((x) => x.name.text), (s.counts ?? []).map((c) => c.text)]),
      [
        ['In attendance', ['Mrs A. Whitcombe'], ['2 members of the public']],
        ['Present', ['Tom Reed', '1 Jane Smith'], ['approx. 35 (sign-in sheet held by the Secretary)']],
        ['Närvarande', [], ['27 röstberättigade medlemmar enligt bifogad närvarolista']],
      ],
    );
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('reads the items a person was there for, written as a field of its own (`Emil Roos, fritidschef, §§ 23-24`)', () => {
    const a = analyse(['Närvarande', 'Emil Roos, fritidschef, §§ 1-2', 'Eva Berg, Ale, p 2', 'Bo Ek, Ale (digitalt), p 2'], ['Uppdrag: Emil Roos – ta fram underlag', 'Uppdrag: Eva Berg – ring', 'Uppdrag: Bo Ek – skriv', '2. Budget'], 'sv');
    assert.deepEqual(
      a.document.sections[0]?.attendees.map((x) => [x.name.text, x.organisation?.text, x.role?.text, x.note?.text.text, x.note?.only?.map((r) => r.number)]),
      [['Emil Roos', undefined, 'fritidschef', '§§ 1-2', [1, 2]], ['Eva Berg', 'Ale', undefined, 'p 2', [2]], ['Bo Ek', 'Ale', undefined, 'digitalt', [2]]],
    );
    // Present at items 1 and 2, or at 2 only: the actions at item 1 of Eva Berg and Bo Ek say so.
    assert.deepEqual(a.diagnostics.map((d) => d.code), ['assignee-not-present', 'assignee-not-present']);
    // Beside a role in parentheses, the field is the note and the parentheses the role.
    const clerk = analyse(['Present', 'Joan Ellis (Clerk), item 2'], ['Action: Clerk – write', '2. Budget']).document.sections[0]?.attendees[0];
    assert.deepEqual([clerk?.role?.text, clerk?.note?.text.text, clerk?.note?.only?.map((r) => r.number)], ['Clerk', 'item 2', [2]]);
    // A range written with an en dash, as a word processor makes it, spaced or not: a range, not two fields.
    const dashed = analyse(['Närvarande', 'Sara Öhman, ekonomichef, §§ 1–2', 'Per Ek, Ale, §§ 1 – 2', 'Bo Ek, Ale – Lerum'], ['Uppdrag: Sara Öhman – skicka', '2. Budget'], 'sv');
    assert.deepEqual(
      dashed.document.sections[0]?.attendees.map((x) => [x.name.text, x.organisation?.text, x.role?.text, x.note?.only?.map((r) => r.number)]),
      [['Sara Öhman', undefined, 'ekonomichef', [1, 2]], ['Per Ek', 'Ale', undefined, [1, 2]], ['Bo Ek', 'Ale', 'Lerum', undefined]],
    );
    assert.deepEqual(dashed.diagnostics.map((d) => d.code), []);
  });

  it('reads two roles held at once, parted by a slash, each naming the holder (`Clerk/RFO`)', () => {
    const en = analyse(['Present', 'Mrs A. Whitcombe (Clerk/RFO)', 'Bo Ek, ordförande/kassör'], ['Action: Clerk – circulate the minutes', 'Action: RFO – pay the invoices', 'Action: Kassör – betala', 'Action: Clerk/RFO – file the returns']);
    assert.deepEqual(en.document.sections[0]?.attendees.map((x) => [x.name.text, x.role?.text, x.note?.text.text]), [['Mrs A. Whitcombe', 'Clerk/RFO', undefined], ['Bo Ek', 'ordförande/kassör', undefined]]);
    assert.deepEqual(en.diagnostics.map((d) => d.code), []);
    // A slash between a role and something else is no role.
    const other = analyse(['Present', 'Tom Reed (Clerk/on leave)'], ['Action: Clerk – circulate the minutes']);
    assert.deepEqual(other.diagnostics.map((d) => d.code), ['unknown-assignee']);
  });

  it('lets an abbreviated or hyphened role name its holder as the full word does', () => {
    const sv = analyse(['Närvarande', 'Bo Ek (ordf.)', 'Eva Berg, v. ordf.'], ['Uppdrag: Ordföranden – kalla till mötet', 'Uppdrag: Vice ordförande – boka lokal'], 'sv');
    assert.deepEqual(sv.diagnostics.map((d) => d.code), []);
    const en = analyse(['Present', 'Mats Ward (Vice-Chairman)', 'Joe Bloggs, Finance Director'], ['Action: Vice Chairman – chair the next meeting', 'Action: Finance Director – circulate the accounts', 'Action: Chair – sign the letter']);
    assert.deepEqual(en.diagnostics.map((d) => [d.code, d.message.slice(0, 7)]), [['unknown-assignee', '"Chair"']]);
  });
});

describe("an attendance list on its heading's line", () => {
  /** What a one-line list must read as: the sections with their people, or `stays` for what must not be a list. */
  const cases: { line: string; lang?: 'sv' | 'en'; want: [kind: string, heading: string, names: string[]][] }[] = [
    { line: 'Närvarande: Eva Berg, Ola Ek (digitalt), Nils-Erik Holm', lang: 'sv', want: [['present', 'Närvarande', ['Eva Berg', 'Ola Ek', 'Nils-Erik Holm']]] },
    { line: 'Present: Karen Mitchell (Chair), James Brennan, Priya Sharma', want: [['present', 'Present', ['Karen Mitchell', 'James Brennan', 'Priya Sharma']]] },
    { line: 'Apologies: Tom Reed, Ann Bell', want: [['absent', 'Apologies', ['Tom Reed', 'Ann Bell']]] },
    { line: 'Apologies: Tom Reed and Ann Bell.', want: [['absent', 'Apologies', ['Tom Reed', 'Ann Bell']]] },
    { line: 'Apologies: received from Tom Reed and Ann Bell.', want: [['absent', 'Apologies', ['Tom Reed', 'Ann Bell']]] },
    { line: 'Apologies: were received from Tom Reed', want: [['absent', 'Apologies', ['Tom Reed']]] },
    { line: 'Present: Jane Smith, Omar Khan, and Lucy Brown', want: [['present', 'Present', ['Jane Smith', 'Omar Khan', 'Lucy Brown']]] },
    { line: 'Present: Jane Smith; Omar Khan (remote, from item 1) & Lucy Brown', want: [['present', 'Present', ['Jane Smith', 'Omar Khan', 'Lucy Brown']]] },
    { line: 'Närvarande: Eva Berg, Ola Ek och Nils Holm samt Bo Al', lang: 'sv', want: [['present', 'Närvarande', ['Eva Berg', 'Ola Ek', 'Nils Holm', 'Bo Al']]] },
    { line: 'Närvarande: Bo Ek – Miljö och hälsa, Eva Berg', lang: 'sv', want: [['present', 'Närvarande', ['Bo Ek', 'Eva Berg']]] },
    { line: 'Committee members present: Karen Mitchell, James Brennan', want: [['present', 'Committee members present', ['Karen Mitchell', 'James Brennan']]] },
    { line: 'Board members present: Karen Mitchell', want: [['present', 'Board members present', ['Karen Mitchell']]] },
    { line: 'Members present: Karen Mitchell', want: [['present', 'Members present', ['Karen Mitchell']]] },
    { line: 'Staff in attendance: Peter Novak (Finance Director)', want: [['others', 'Staff in attendance', ['Peter Novak']]] },
    { line: 'Attending: Sarah Doyle (chair), Dan Whitley (treasurer), Priya Nair', want: [['present', 'Attending', ['Sarah Doyle', 'Dan Whitley', 'Priya Nair']]] },
    { line: 'Apols: Gemma Rowe, Rob Kent', want: [['absent', 'Apols', ['Gemma Rowe', 'Rob Kent']]] },
    { line: 'Adjungerad: Lars Grip (fr o m § 4)', lang: 'sv', want: [['others', 'Adjungerad', ['Lars Grip']]] },
    { line: 'Trustees: Karen Mitchell, James Brennan', want: [['present', 'Trustees', ['Karen Mitchell', 'James Brennan']]] },
    { line: 'Trustees present: Karen Mitchell', want: [['present', 'Trustees present', ['Karen Mitchell']]] },
    { line: 'Councillors: Karen Mitchell and James Brennan', want: [['present', 'Councillors', ['Karen Mitchell', 'James Brennan']]] },
    { line: 'Councillors present: Karen Mitchell', want: [['present', 'Councillors present', ['Karen Mitchell']]] },
    { line: 'Present (Trustees): Karen Mitchell, James Brennan', want: [['present', 'Present (Trustees)', ['Karen Mitchell', 'James Brennan']]] },
    { line: 'Ledamöter: Eva Berg, Ola Ek', lang: 'sv', want: [['present', 'Ledamöter', ['Eva Berg', 'Ola Ek']]] },
    { line: 'Övriga deltagare: Eva Berg, nämndsekreterare, Ola Ek', lang: 'sv', want: [['others', 'Övriga deltagare', ['Eva Berg', 'Ola Ek']]] },
    { line: 'Deltagare: Eva Berg och Ola Ek', lang: 'sv', want: [['present', 'Deltagare', ['Eva Berg', 'Ola Ek']]] },
    { line: 'Närvarande ledamöter: Eva Berg (S), Ola Ek (M)', lang: 'sv', want: [['present', 'Närvarande ledamöter', ['Eva Berg', 'Ola Ek']]] },
    { line: 'Frånvarande: Inga', lang: 'sv', want: [['absent', 'Frånvarande', []]] },
    // Not lists: a key that is no heading, a heading with other words, text with parentheses.
    { line: 'Presentation: Karen Mitchell', want: [] },
    { line: 'Närvarande vid sammanträdet: Eva Berg', lang: 'sv', want: [] },
    { line: 'Present (public): three residents', want: [] },
    { line: 'Present Karen Mitchell, James Brennan', want: [] },
  ];
  for (const { line, lang = 'en', want } of cases) {
    it(`${want.length > 0 ? 'reads' : 'does not read'} "${line}"${want.length > 0 ? '' : ' as attendance'}`, () => {
      assert.deepEqual(sections(analyse([line], [], lang)), want);
    });
  }

  it('reads each entry as an attendee line: note, role, organisation, absence', () => {
    const a = analyse(['Present: Karen Mitchell (Chair), Bo Ek – Parks, Ola Ek (remote, from item 2), Ann Bell (apologies), Tom Grey, Finance Director'], ['2. Budget']);
    assert.deepEqual(
      a.document.sections[0]?.attendees.map((x) => [x.name.text, x.organisation?.text, x.role?.text, x.note?.text.text, x.note?.remote, x.note?.from?.number, x.section]),
      [
        ['Karen Mitchell', undefined, 'Chair', undefined, undefined, undefined, 'present'],
        ['Bo Ek', 'Parks', undefined, undefined, undefined, undefined, 'present'],
        ['Ola Ek', undefined, undefined, 'remote, from item 2', true, 2, 'present'],
        ['Ann Bell', undefined, undefined, 'apologies', false, undefined, 'absent'],
        // A comma parts people here, but a role alone between commas is the role of the one before.
        ['Tom Grey', undefined, 'Finance Director', undefined, undefined, undefined, 'present'],
      ],
    );
    assert.equal(a.text.slice(a.document.sections[0]?.attendees[4]?.span.start, a.document.sections[0]?.attendees[4]?.span.end), 'Tom Grey, Finance Director');
  });

  it('keeps every name at its exact place, and each attendee to its entry', () => {
    const a = analyse(['Närvarande: Eva Berg, Ola Ek (digitalt) och  Nils-Erik Holm.'], [], 'sv');
    const section = a.document.sections[0];
    const slice = (s: { start: number; end: number } | undefined) => (s ? a.text.slice(s.start, s.end) : undefined);
    assert.deepEqual(section?.attendees.map((x) => [slice(x.name.span), slice(x.span)]), [
      ['Eva Berg', 'Eva Berg'],
      ['Ola Ek', 'Ola Ek (digitalt)'],
      ['Nils-Erik Holm', 'Nils-Erik Holm'],
    ]);
    assert.equal(slice(section?.heading.span), 'Närvarande');
    assert.equal(slice(section?.span), 'Närvarande: Eva Berg, Ola Ek (digitalt) och  Nils-Erik Holm.');
    assert.equal(section?.inline, true);
  });

  it('goes on on the next line when its line ends in a comma, as a long list wraps; the people there are attendees', () => {
    const a = analyse(['Present: Jane Smith, Omar Khan, Lucy Brown,', 'Tom Reed, Sara Lee (remote),', 'Ann Bell', 'Apologies: Tim Cole;', 'Eva Berg', 'Location: Town Hall'], ['Action: Sara Lee – book the hall']);
    assert.deepEqual(sections(a), [
      ['present', 'Present', ['Jane Smith', 'Omar Khan', 'Lucy Brown', 'Tom Reed', 'Sara Lee', 'Ann Bell']],
      ['absent', 'Apologies', ['Tim Cole', 'Eva Berg']],
    ]);
    const present = a.document.sections[0];
    assert.equal(a.text.slice(present?.span.start, present?.span.end), 'Present: Jane Smith, Omar Khan, Lucy Brown,\nTom Reed, Sara Lee (remote),\nAnn Bell');
    assert.equal(present?.attendees[4]?.note?.remote, true);
    assert.deepEqual(a.document.headerFields.map((f) => f.key.text), ['Date', 'Location']);
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('goes on on the next line inside a list of names too, which then goes on below it', () => {
    const a = analyse(['PRESENT', 'Karen Mitchell', 'Apologies: Tom Reed,', 'Ann Bell', 'James Brennan']);
    assert.deepEqual(sections(a), [['present', 'PRESENT', ['Karen Mitchell', 'James Brennan']], ['absent', 'Apologies', ['Tom Reed', 'Ann Bell']]]);
  });

  it('does not go on after a line that ends in a name, nor into a field or an item', () => {
    const a = analyse(['Present: Jane Smith, Omar Khan', 'The meeting was quorate.', 'Apologies: Tom Reed,', 'Location: Town Hall']);
    assert.deepEqual(sections(a), [['present', 'Present', ['Jane Smith', 'Omar Khan']], ['absent', 'Apologies', ['Tom Reed']]]);
    assert.deepEqual(a.document.preamble.map((p) => p.text), ['The meeting was quorate.']);
    assert.deepEqual(a.document.headerFields.map((f) => f.key.text), ['Date', 'Location']);
  });

  it('stands among the header fields, which go on below it', () => {
    const a = analyse(['Present: Karen Mitchell, James Brennan', 'Apologies: Tom Reed', 'Location: Town Hall', 'Attachments: 2']);
    assert.deepEqual(sections(a), [['present', 'Present', ['Karen Mitchell', 'James Brennan']], ['absent', 'Apologies', ['Tom Reed']]]);
    assert.deepEqual(a.document.headerFields.map((f) => f.key.text), ['Date', 'Location', 'Attachments']);
    assert.deepEqual(a.diagnostics.map((d) => d.code), ['unknown-header-field']);
  });

  it('is a section of its own inside a list of names, which goes on below it', () => {
    const a = analyse(['PRESENT', 'Karen Mitchell', 'Apologies: Tom Reed, Ann Bell', 'James Brennan']);
    assert.deepEqual(sections(a), [['present', 'PRESENT', ['Karen Mitchell', 'James Brennan']], ['absent', 'Apologies', ['Tom Reed', 'Ann Bell']]]);
  });

  it('answers for its people: actions resolve, absence and notes are checked, duplicates and unclosed notes reported', () => {
    const a = analyse(
      ['Närvarande: Eva Berg, Ola Ek (från p 2), Nils-Erik Holm', 'Frånvarande: Per Ström', 'Närvarande: Eva Berg, Bo Al (digitalt'],
      ['Uppdrag: Eva Berg – boka lokal', 'Uppdrag: Ola Ek – skriv protokollet', 'Uppdrag: Per Ström – ring', 'Uppdrag: Nils-Erik Holm – läs', '2. Budget'],
      'sv',
    );
    const text = a.text;
    assert.deepEqual(a.diagnostics.map((d) => [d.code, text.slice(d.span.start, d.span.end)]), [
      ['duplicate-attendee', 'Eva Berg'],
      ['syntax-error', 'digitalt'],
      ['assignee-not-present', 'Ola Ek'],
      ['absent-assignee', 'Per Ström'],
    ]);
  });

  it('leaves a body line that begins with a heading and a colon as text of its item', () => {
    const a = analyse(['Present: Karen Mitchell'], ['Present: the plans were shown to the committee.', 'Apologies: none were needed.']);
    assert.deepEqual(sections(a), [['present', 'Present', ['Karen Mitchell']]]);
    assert.deepEqual(a.document.items[0]?.body.map((b) => b.kind), ['paragraph']);
  });

  it('leaves such a line in the footer to the footer', () => {
    const a = analyzeMinutes(joinLines('Minutes', 'Date: 2025-03-18', '', 'Present: Karen Mitchell', '', '1. Welcome', '', 'Minutes taken by: Ann Bell', 'Present: all trustees'), { locale: 'en' });
    assert.deepEqual(sections(a), [['present', 'Present', ['Karen Mitchell']]]);
  });

  it('counts its heading word for the language of the document', () => {
    assert.equal(analyzeMinutes(joinLines('Protokoll', 'Närvarande: Eva Berg, Ola Ek', 'Frånvarande: Per Ström', '', '1. Öppnande'), {}).document.language, 'sv');
  });
});

describe('`Role: Name` lines in an attendance list', () => {
  /** The attendees of the first section as `name|role|organisation|note`, and the header fields as `kind key=value`. */
  const read = (lines: readonly string[], lang: 'sv' | 'en' = 'en') => {
    const a = analyse(lines, [], lang);
    return {
      attendees: (a.document.sections[0]?.attendees ?? []).map((x) => [x.name.text, x.role?.text ?? '', x.organisation?.text ?? '', x.note?.text.text ?? ''].join('|')),
      fields: a.document.headerFields.slice(1).map((f) => `${f.kind} ${f.key.text}=${f.value.text}`),
    };
  };
  const cases: { name: string; lines: readonly string[]; lang?: 'sv' | 'en'; attendees: string[]; fields?: string[] }[] = [
    { name: 'a known field of a role names an attendee with that role', lines: ['PRESENT', 'Chair: Karen Mitchell', 'James Brennan'], attendees: ['Karen Mitchell|Chair||', 'James Brennan|||'] },
    { name: 'Swedish too', lines: ['Närvarande', 'Ordförande: Maria Lind (S)', 'Sekreterare: Eva Berg'], lang: 'sv', attendees: ['Maria Lind|Ordförande||S', 'Eva Berg|Sekreterare||'] },
    { name: 'any role word before the colon', lines: ['PRESENT', 'Treasurer: Peter Novak – Finance', 'Vice Chair: James Brennan (remote)', '1:e vice ordförande: Eva Berg', 'Parent Governor: Sam Hill'], attendees: ['Peter Novak|Treasurer|Finance|', 'James Brennan|Vice Chair||remote', 'Eva Berg|1:e vice ordförande||', 'Sam Hill|Parent Governor||'] },
    { name: 'with a bullet, and with a note wrapped onto the next line', lines: ['PRESENT', '- Secretary: Ann Bell', 'Treasurer: Peter Novak', '(remote)'], attendees: ['Ann Bell|Secretary||', 'Peter Novak|Treasurer||remote'] },
    {
      name: 'a chair or secretary also listed by name stays the header field it was',
      lines: ['Närvarande', 'Maria Lind', 'Per Holm', 'Ordförande: Maria Lind', 'Sekreterare: Per Holm'],
      lang: 'sv',
      attendees: ['Maria Lind|||', 'Per Holm|||'],
      fields: ['chair Ordförande=Maria Lind', 'secretary Sekreterare=Per Holm'],
    },
    { name: 'the adjusters stay a header field', lines: ['Närvarande', 'Per Holm', 'Justerare: Per Holm'], lang: 'sv', attendees: ['Per Holm|||'], fields: ['adjusters Justerare=Per Holm'] },
    { name: 'a secretary field naming two stays a header field', lines: ['PRESENT', 'Ann Bell', 'Secretary: Ann Bell and Tom Grey'], attendees: ['Ann Bell|||'], fields: ['secretary Secretary=Ann Bell and Tom Grey'] },
    { name: 'a key that is no role stays an attendee as written', lines: ['Närvarande', 'Bilagor: 3', 'Eva Berg: ordförande'], lang: 'sv', attendees: ['Bilagor: 3|||', 'Eva Berg: ordförande|||'] },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(read(c.lines, c.lang), { attendees: c.attendees, fields: c.fields ?? [] }));
  }

  it('lets the role name its holder as an assignee, with no did-you-mean of the line', () => {
    const en = analyse(['PRESENT', 'Chair: Karen Mitchell', 'Treasurer: Peter Novak', 'James Brennan'], ['Action: Treasurer – review the accounts', 'Action: Chair – sign the letter', 'Action: Secretary – write']);
    assert.deepEqual(en.diagnostics.map((d) => d.message), ['"Secretary" is not an attendee, a known member or an organisation.']);
    const sv = analyse(['Närvarande', 'Ordförande: Maria Lind', 'Sekreterare: Eva Berg'], ['Uppdrag: Ordföranden – kalla till mötet', 'Uppdrag: Sekreteraren – skriv protokollet'], 'sv');
    assert.deepEqual(sv.diagnostics.map((d) => d.code), []);
  });

  it('reports a person listed by name and on a role line that is no header field as listed twice', () => {
    const a = analyse(['PRESENT', 'Peter Novak', 'Treasurer: Peter Novak']);
    assert.deepEqual(a.diagnostics.map((d) => d.code), ['duplicate-attendee']);
  });

  it('leaves such lines alone outside the lists: in the header and in an item', () => {
    const a = analyse(['Chair: Karen Mitchell', 'Treasurer: Peter Novak', 'PRESENT', 'Karen Mitchell'], ['Chair: Karen Mitchell opened the meeting.']);
    assert.deepEqual(a.document.headerFields.map((f) => `${f.kind} ${f.key.text}`), ['date Date', 'chair Chair', 'other Treasurer']);
    assert.deepEqual(sections(a), [['present', 'PRESENT', ['Karen Mitchell']]]);
    assert.deepEqual(a.document.items[0]?.body.map((b) => b.kind), ['paragraph']);
  });
});

describe("a protokoll's first page: the signature and notice blocks after the attendance", () => {
  const page = [
    'Beslutande',
    'Eva Berg (S), ordförande',
    'Ola Ek (M)',
    '',
    'Underskrifter',
    'Sekreterare\t.........................\tParagrafer 1–4',
    '\tLisa Holm',
    'Ordförande\t.........................',
    '\tEva Berg',
    '',
    'ANSLAG/BEVIS',
    'Protokollet är justerat.',
    'Organ: Socialnämndens arbetsutskott',
    '',
    'Övriga närvarande',
    'Lisa Holm, sekreterare',
  ];

  it('ends the list at `Underskrifter` or `ANSLAG/BEVIS`: their lines are header text, kept as written, and the next heading starts a list again', () => {
    const a = analyse(page, [], 'sv');
    assert.deepEqual(sections(a), [
      ['present', 'Beslutande', ['Eva Berg', 'Ola Ek']],
      ['others', 'Övriga närvarande', ['Lisa Holm']],
    ]);
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
    const preamble = a.document.preamble.map((p) => p.text);
    for (const line of ['Underskrifter', 'Sekreterare\t.........................\tParagrafer 1–4', 'Lisa Holm', 'ANSLAG/BEVIS', 'Organ: Socialnämndens arbetsutskott']) assert.ok(preamble.includes(line), `${line} in ${JSON.stringify(preamble)}`);
  });

  it('reads such a block before any list the same way; a line that only begins with its word stays an attendee', () => {
    const before = analyse(['Signatures:', 'Chair ........', '', 'Present', 'Karen Mitchell'], []);
    assert.deepEqual(sections(before), [['present', 'Present', ['Karen Mitchell']]]);
    assert.deepEqual(before.document.preamble.map((p) => p.text), ['Signatures:', 'Chair ........']);
    const name = analyse(['Present', 'Karen Mitchell', 'Signatures Smith'], []);
    assert.deepEqual(sections(name), [['present', 'Present', ['Karen Mitchell', 'Signatures Smith']]]);
  });
});
