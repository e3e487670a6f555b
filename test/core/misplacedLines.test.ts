import assert from 'node:assert/strict';
import { analyzeMinutes, type Lang } from '../../server/src/core/index';
import { joinLines } from '../helpers/expect';

/** The diagnostics of `lines` after a header, as `code [covered text]`. */
function check(lines: readonly string[], expected: readonly string[], locale: Lang = 'en'): void {
  const text = joinLines('Minutes', 'Date: 2024-03-08', ...lines);
  assert.deepEqual(
    analyzeMinutes(text, { locale }).diagnostics.map((d) => `${d.code} [${text.slice(d.span.start, d.span.end)}]`),
    expected,
    lines.join(' / '),
  );
}

describe('lines before the first item that were meant as something else (misplacedLines.ts)', () => {
  it('an item heading in another form, in the attendance list or in a document without items', () => {
    check(['PRESENT', 'Jane Smith', '1) Apologies for absence', '2) Matters arising'], ['syntax-error [1)]', 'syntax-error [2)]']);
    // In a document without items, every such heading counts.
    check(['1) Apologies', '2) Budget'], ['syntax-error [1)]', 'syntax-error [2)]']);
    check(['Item 1 – Apologies', 'None.', 'Item 2: Budget'], ['syntax-error [Item 1 –]', 'syntax-error [Item 2:]']);
    check(['Agenda item 3: Budget'], ['syntax-error [Agenda item 3:]']);
    check(['NÄRVARANDE', 'Eva Berg', 'Punkt 4: Ekonomi', 'Ärende 5 Bygglov'], ['syntax-error [Punkt 4:]', 'syntax-error [Ärende 5]'], 'sv');
  });

  it('a British minute reference and a number with no full stop, as new users wrote them', () => {
    check(['Present', 'Cllr Tom Reed', '', '23/045 Apologies for absence', 'None.', '23/046 Minutes'], ['syntax-error [23/045]', 'syntax-error [23/046]']);
    check(['Present', 'Tom Reed', '', '1 Welcome', 'The chair welcomed all.', '2 Minutes of the last meeting'], ['syntax-error [1]', 'syntax-error [2]']);
    // A number and capitalised words only (a date, an address) is no heading; nor is one in lower case.
    check(['Present', 'Tom Reed', '3 April 2025', '10 Downing Street', '2 members sent apologies', '', '1. Budget'], []);
  });

  it('a number and a dash, and a first level numbered as a Word document numbers it (`1.0`)', () => {
    check(['Attending: Tom Reed', '', "1 - Treasurer's update", 'Balance £3,214.', '2 – Summer fair'], ['syntax-error [1 -]', 'syntax-error [2 –]']);
    // In an attendance list `1.0⇥QUORUM` counts, in capitals too; what is numbered below it (`1.1⇥A quorum …`) does not.
    check(['PRESENT', 'Jane Smith', '', '1.0\tQUORUM AND CONFLICTS', '1.1\tA quorum being present, the meeting opened.', '2.0. Minutes of the last meeting'], ['syntax-error [1.0]', 'syntax-error [2.0.]']);
    // A numbered name with a dash stays a name; `1.5 Budget` and `1.0 budget` are no headings.
    check(['PRESENT', '1 - Jane Smith', '2 – Tom Reed', '1.5 Budget', '1.0 budget', '', '1. Budget'], []);
    // Inside an item, the next item's number in that form is reported, and the line stays the item's.
    check(['PRESENT', 'Tom Reed', '', '1. Budget', 'Agreed.', '2.0\tGRANTS'], ['syntax-error [2.0]']);
    const minute = analyzeMinutes(joinLines('Minutes', '23/045 Apologies'), { locale: 'en' }).diagnostics.find((d) => d.code === 'syntax-error')?.message ?? '';
    assert.match(minute, /"23\/045" looks like the heading of item 45, but an item is written "45\. Title"/);
  });

  it('an action or decision line in the header, with or without items below', () => {
    check(['RESOLVED: approved.', 'ACTION: Clerk to submit comments.'], ['syntax-error [RESOLVED:]', 'syntax-error [ACTION:]']);
    check(['Action: Tom – go', '', 'PRESENT', 'Tom Reed', '', '1. Budget'], ['syntax-error [Action:]']);
    const sv = analyzeMinutes(joinLines('Protokoll', 'Uppdrag: Eva – ring'), { locale: 'sv' }).diagnostics.find((d) => d.code === 'syntax-error')?.message ?? '';
    assert.match(sv, /"Uppdrag:" står före första punkten och läses som text i sidhuvudet/);
    const en = analyzeMinutes(joinLines('Minutes', 'Action: Tom – go'), { locale: 'en' }).diagnostics.find((d) => d.code === 'syntax-error')?.message ?? '';
    assert.match(en, /"Action:" stands before the first item and is read as text of the header/);
  });

  it('an action or decision line in the attendance list', () => {
    check(['PRESENT', 'Jane Smith', 'Action: Omar Khan – prepare the budget', 'Decision: approved', '', '1. Budget'], ['syntax-error [Action:]', 'syntax-error [Decision:]']);
    // With a dash in the colon's place, the keyword and its dash.
    check(['PRESENT', 'Jane Smith', 'Action – Omar Khan to prepare the budget', '', '1. Budget'], ['syntax-error [Action –]']);
  });

  it('not a numbered list of names, whose numbers are left out of the names', () => {
    const text = joinLines('Protokoll', 'Datum: 2024-03-08', 'NÄRVARANDE', '1) Inga Lund, kassör', '2) Per von Ström', '', '1. Budget', 'Uppdrag: Inga – räkna');
    const analysis = analyzeMinutes(text, { locale: 'sv' });
    assert.deepEqual(analysis.diagnostics.map((d) => d.code), []);
    assert.deepEqual(analysis.document.sections[0]?.attendees.map((a) => `${a.name.text}|${a.role?.text ?? ''}`), ['Inga Lund|kassör', 'Per von Ström|']);
  });

  it('not an agenda in the header of a document with items, nor lines that are no headings', () => {
    check(['Dagordning', 'Punkt 1 Öppnande', 'Punkt 2: Val av justerare', '', 'NÄRVARANDE', 'Eva Berg', '', '1. Öppnande', '2. Val'], [], 'sv');
    check(['PRESENT', 'Jane Smith', 'Item 3 in the list', '  1) Indented', 'Jane Smith 2) Budget', '', '1. Budget'], []);
  });

  it('an action or decision line in the footer, which a footer keyword in the last item began', () => {
    check(['PRESENT', 'Jane Smith', '', '1. Accounts', 'Approved: the accounts for 2024, subject to audit.', 'Action: Jane Smith – send them to the auditor', 'Decision: noted'], ['syntax-error [Action:]', 'syntax-error [Decision:]']);
    const en = analyzeMinutes(joinLines('Minutes', '1. A', 'Approved: the accounts.', 'Action: Tom – go'), { locale: 'en' }).diagnostics.find((d) => d.code === 'syntax-error')?.message ?? '';
    assert.match(en, /"Action:" stands in the footer and is not read as an action/);
  });

  it('says in the message how to write the item, in Swedish and English', () => {
    const sv = analyzeMinutes(joinLines('Protokoll', 'NÄRVARANDE', 'Eva Berg', '1) Val av justerare'), { locale: 'sv' }).diagnostics.find((d) => d.code === 'syntax-error')?.message ?? '';
    assert.match(sv, /"1\)" ser ut som rubriken till punkt 1, men en punkt skrivs "1\. Rubrik"/);
    const en = analyzeMinutes(joinLines('Minutes', 'PRESENT', 'Jane Smith', 'Action: Tom – go'), { locale: 'en' }).diagnostics.find((d) => d.code === 'syntax-error')?.message ?? '';
    assert.match(en, /"Action:" stands in the attendance list and is read as an attendee/);
  });
});

describe('an item heading in another form without a space or inside an item (misplacedLines.ts)', () => {
  it('a number stuck to its title, before the first item', () => {
    check(['NÄRVARANDE', 'Eva Berg', '1.Inledning', '1.Val av justerare', '1.Inga Lund'], ['syntax-error [1.Inledning]', 'syntax-error [1.Val]'], 'sv');
    check(['1.Apologies', 'None.'], ['syntax-error [1.Apologies]']);
    check(['NÄRVARANDE', 'Eva Berg', '1) Inledning', '2) Budget', '3) Inga Lund'], ['syntax-error [1)]', 'syntax-error [2)]'], 'sv');
  });

  it('a later item written in another form inside an item, which it stays part of', () => {
    const text = joinLines('Minutes', 'Date: 2024-03-08', 'PRESENT', 'Tom Reed', '', '1. Budget', 'Agreed.', 'Item 3 – Grants', 'Action: Tom Reed – write.', '4) Any other business', '5.Closing', 'Punkt 9: Ekonomi', 'A\u0308rende 10 Bygglov', 'Agenda item 11: Budget', 'Paragraf 12 Val');
    const analysis = analyzeMinutes(text, { locale: 'en' });
    assert.deepEqual(
      analysis.diagnostics.map((d) => `${d.code} [${text.slice(d.span.start, d.span.end)}]`),
      // `Item 3` is no reference to an item 3 that does not exist: only the heading is reported.
      ['syntax-error [Item 3 –]', 'syntax-error [4)]', 'syntax-error [5.Closing]', 'syntax-error [Punkt 9:]', 'syntax-error [A\u0308rende 10]', 'syntax-error [Agenda item 11:]', 'syntax-error [Paragraf 12]'],
    );
    assert.equal(analysis.document.items.length, 1);
    assert.match(analysis.diagnostics[0]?.message ?? '', /"Item 3 –" looks like the heading of item 3, .* read as part of item 1\.$/);
    const sv = analyzeMinutes(joinLines('Anteckningar', '1. Budget', 'Punkt 2: Ekonomi'), { locale: 'sv' }).diagnostics.find((d) => d.code === 'syntax-error')?.message ?? '';
    assert.match(sv, /"Punkt 2:" ser ut som rubriken till punkt 2, .* läses nu som en del av punkt 1\.$/);
  });

  it('not a numbered list, an earlier item, a word in lower case or an indented line inside an item', () => {
    check(['1. Budget', '1) Review the figures', '2) Approve them', '2. Grants', 'Item 1 – see above', 'item 3 – written in prose', '  Item 3 – Indented', 'Items 3 and 4 were deferred.', '3. Other'], []);
    check(['1. Budget', '3) Not the next item', '2. Grants'], []);
  });
});
