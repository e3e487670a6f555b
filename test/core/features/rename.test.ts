import assert from 'node:assert/strict';
import { applyTextEdits } from '../../../server/src/core/features/textEdit';
import { analyzeMinutes, prepareRename, renameEdits } from '../../../server/src/core/index';
import { withCursor } from '../../helpers/cursor';
import { joinLines } from '../../helpers/expect';

/** The single call site of `renameEdits`: the renamed document, or `error: <message>`. */
function check(input: string, newName: string, expected: string, locale: 'sv' | 'en' = 'en'): void {
  const { text, offset } = withCursor(input);
  const result = renameEdits(analyzeMinutes(text, { locale }), offset, newName);
  assert.equal('error' in result ? `error: ${result.error}` : applyTextEdits(text, result.edits), expected);
}

/** The single call site of `prepareRename`: `"covered text" → offered name`, or undefined. */
function checkPrepare(input: string, expected: string | undefined): void {
  const { text, offset } = withCursor(input);
  const result = prepareRename(analyzeMinutes(text), offset);
  assert.equal(result && `${JSON.stringify(text.slice(result.span.start, result.span.end))} → ${result.name}`, expected);
}

const lines = [
  'Anteckningar',
  'Ordförande: Gitte Caous',
  'NÄRVARANDE',
  'Gitte Caous, GR',
  'Gustav Berg, Ale',
  '1. Klimat',
  'Gitte Caous får i uppdrag att utreda. Gitte Caous förslag bifalls.',
  'Uppdrag: Gitte – ta reda på syftet.',
  'Enligt @Gitte är det klart.',
  'Antecknat av: Gitte Caous',
];
const doc = joinLines(...lines);
/** The document with the cursor where `*` stands in `needle`. */
const at = (needle: string) => doc.replace(needle.replace('*', ''), needle.replace('*', '|'));

describe('rename: a person everywhere in the document', () => {
  it('renames full names and keeps first-name occurrences when the first name stays', () => {
    check(at('Uppdrag: Gi*tte'), 'Gitte Svensson', doc.replaceAll('Gitte Caous', 'Gitte Svensson'));
  });

  it('leaves initials, a title and surname and a role as written, and renames the rest', () => {
    const english = joinLines('Minutes', 'PRESENT', 'Jane Smith, Clerk', 'Tom Reed', '1. A', 'Action: JS – call the bank.', 'Action: Dr Smith – sign.', 'Action: Clerk – file.', 'Action: Jane – x.', 'Action: Jane Smith – y.');
    check(english.replace('Action: Jane Smith', 'Action: Jane Sm|ith'), 'Janet Smyth', english.replace('Jane Smith, Clerk', 'Janet Smyth, Clerk').replace('Jane – x', 'Janet – x').replace('Jane Smith – y', 'Janet Smyth – y'));
  });

  it('writes the new first name where only the first name was written', () => {
    check(at('Uppdrag: Gi*tte'), 'Birgitta Svensson', doc.replaceAll('Gitte Caous', 'Birgitta Svensson').replaceAll('Gitte', 'Birgitta'));
  });

  it('writes the full name where the new first name would be shared with another attendee', () => {
    check(at('Uppdrag: Gi*tte'), 'Gustav Caous', doc.replaceAll('Gitte Caous', 'Gustav Caous').replaceAll('Gitte', 'Gustav Caous'));
  });

  it('keeps a genitive s and renames names written in NFD or another case', () => {
    const nfd = joinLines('NÄRVARANDE', 'Go\u0308ran Persson', '1. Budget', 'GÖRAN PERSSONs förslag.', 'Uppdrag: Gö|ran – ring.');
    check(nfd, 'Örjan Persson', joinLines('NÄRVARANDE', 'Örjan Persson', '1. Budget', 'Örjan Perssons förslag.', 'Uppdrag: Örjan – ring.'));
  });

  it('renames a double first name and tidies spaces in the new name', () => {
    const input = joinLines('NÄRVARANDE', 'Gull-Britt Eide', '1. Budget', 'Uppdrag: Gull-Britt – ring.', 'Gull-Britt Ei|de informerar.');
    check(input, '  Anna -Karin   Eide ', joinLines('NÄRVARANDE', 'Anna-Karin Eide', '1. Budget', 'Uppdrag: Anna-Karin – ring.', 'Anna-Karin Eide informerar.'));
  });

  it('renames a person listed only in header and footer', () => {
    check(joinLines('Ordförande: Anna Berg', '1. Budget', 'Justeras: Anna B|erg'), 'Anna Lind', joinLines('Ordförande: Anna Lind', '1. Budget', 'Justeras: Anna Lind'));
  });

  it('refuses an empty, multi-line or separating name, another attendee, and a place without a person', () => {
    check(at('Uppdrag: Gi*tte'), '   ', 'error: The new name must not be empty.');
    check(at('Uppdrag: Gi*tte'), 'Gitte\nCaous', 'error: The new name must fit on one line.');
    check(at('Uppdrag: Gi*tte'), 'Caous, Gitte', 'error: A name cannot contain ",": it separates fields or names on the lines.');
    check(at('Uppdrag: Gi*tte'), 'Gitte - Caous', 'error: A name cannot contain "-": it separates fields or names on the lines.');
    check(at('Uppdrag: Gi*tte'), 'gustav  berg', 'error: gustav berg is already an attendee; renaming cannot merge two people.');
    check(at('1. Kli*mat'), 'Vem som helst', 'error: Nothing here names a person to rename.');
  });

  it('writes its refusals in Swedish', () => {
    check(at('Uppdrag: Gi*tte'), '', 'error: Det nya namnet får inte vara tomt.', 'sv');
    check(at('1. Kli*mat'), 'X', 'error: Här står inget namn på en person att byta.', 'sv');
  });

  it('accepts a change of case only', () => {
    check(at('Ordförande: Gi*tte'), 'GITTE CAOUS', doc.replaceAll('Gitte Caous', 'GITTE CAOUS'));
  });
});

describe('rename: prepare', () => {
  it('offers the full name on any occurrence', () => {
    checkPrepare(at('Uppdrag: Gi*tte'), '"Gitte" → Gitte Caous');
    checkPrepare(at('@Gitte*'), '"Gitte" → Gitte Caous');
    checkPrepare(at('Antecknat av: *Gitte'), '"Gitte Caous" → Gitte Caous');
  });

  it('refuses off a person and outside the text', () => {
    checkPrepare(at('1. Kli*mat'), undefined);
    assert.equal(prepareRename(analyzeMinutes(doc), -5), undefined);
    assert.equal(prepareRename(analyzeMinutes(doc), Number.NaN), undefined);
  });
});
