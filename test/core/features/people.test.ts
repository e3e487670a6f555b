import assert from 'node:assert/strict';
import { analyzeMinutes, peopleIndex } from '../../../server/src/core/index';
import { withCursor } from '../../helpers/cursor';
import { joinLines } from '../../helpers/expect';

/**
 * The single call site of the API in this suite: every occurrence of the person under the cursor,
 * as `kind:covered text`, with ` (def)` on the defining attendance line and ` (first)` where only
 * the first name is written.
 */
function check(input: string, expected: readonly string[]): void {
  const { text, offset } = withCursor(input);
  const index = peopleIndex(analyzeMinutes(text, { locale: 'sv' }));
  const occurrence = index.at(offset);
  const person = occurrence && index.persons.get(occurrence.key);
  const actual = (person?.occurrences ?? []).map(
    (o) => `${o.kind}:${text.slice(o.span.start, o.span.end)}${o.isDefinition ? ' (def)' : ''}${o.firstNameOnly ? ' (first)' : ''}`,
  );
  assert.deepEqual(actual, expected);
}

const meeting = (...body: string[]) =>
  joinLines(
    'Anteckningar',
    'Datum: 2024-03-08',
    'Ordförande: Gitte Caous',
    'Justerare: Eva Hessman och Pia Alhäll',
    '',
    'NÄRVARANDE',
    'Gitte Caous, GR',
    'Eva Hessman, Göteborg',
    'Pia Alhäll, Härryda (digitalt from p 2)',
    'Gull-Britt Eide, Lerum',
    '',
    ...body,
    '',
    'Antecknat av: Gitte Caous, förbundssekreterare',
    'Justeras: Pia Alhäll',
  );

describe('people: every occurrence of a person', () => {
  it('finds the attendee line, header, assignees (full and first name), mentions, text and footer', () => {
    check(
      meeting(
        '1. Klimat',
        'Gitte Caous får i uppdrag att ta reda på syftet.',
        '- Enligt @Gitte finns ett nätverk.',
        'Uppdrag: G|itte – ta reda på syfte och funktion.',
        'Uppdrag: Gitte Caous och Eva Hessman – återkom med en tidpunkt.',
        'Beslut: Gruppen tackar gitte caous för arbetet.',
      ),
      [
        'header:Gitte Caous',
        'attendee:Gitte Caous (def)',
        'text:Gitte Caous',
        'mention:Gitte (first)',
        'assignee:Gitte (first)',
        'assignee:Gitte Caous',
        'text:gitte caous',
        'footer:Gitte Caous',
      ],
    );
  });

  it('takes a header person with Swedish letters to the attendee', () => {
    check(meeting('1. Budget', 'Uppdrag: Pia Alhäll – läs förslaget.').replace('Justerare: Eva Hessman och Pia', 'Justerare: Eva Hessman och P|ia'), [
      'header:Pia Alhäll',
      'attendee:Pia Alhäll (def)',
      'assignee:Pia Alhäll',
      'footer:Pia Alhäll',
    ]);
  });

  it('is the same person whether written in NFC or NFD, in any case', () => {
    const nfd = 'Go\u0308ran Persson';
    check(joinLines('NÄRVARANDE', `${nfd}, Ale`, '1. Budget', 'GÖRAN PERSSON presenterar budgeten.', 'Uppdrag: Gör|an – skicka ut den.'), [
      `attendee:${nfd} (def)`,
      'text:GÖRAN PERSSON',
      'assignee:Göran (first)',
    ]);
    check(joinLines('NÄRVARANDE', 'Göran Persson, Ale', '1. Budget', `Enligt ${nfd} och @Go\u0308ran är allt klart.`, 'Uppdrag: Göran Pers|son – skicka ut den.'), [
      'attendee:Göran Persson (def)',
      `text:${nfd}`,
      'mention:Go\u0308ran (first)',
      'assignee:Göran Persson',
    ]);
  });

  it('treats a double first name with a hyphen as one first name', () => {
    check(meeting('1. Budget', 'Gull - Britt Eide redovisar.', 'Uppdrag: Gull-Britt – skicka ut underlaget.', 'Enligt @Gull-Britt|.'), [
      'attendee:Gull-Britt Eide (def)',
      'text:Gull - Britt Eide',
      'assignee:Gull-Britt (first)',
      'mention:Gull-Britt (first)',
    ]);
  });

  it('reads a name with a Swedish genitive s and stops at whole words', () => {
    check(meeting('1. Budget', 'Eva Hessmans förslag bifalls. Eva Hessmansson är någon annan.', 'Hon heter inte xEva Hessman heller.', 'Uppdrag: Eva| – ring.'), [
      'header:Eva Hessman',
      'attendee:Eva Hessman (def)',
      'text:Eva Hessman',
      'assignee:Eva (first)',
    ]);
  });

  it('does not count a bare first name in text, nor names in titles and comments', () => {
    check(meeting('1. Eva Hessman informerar', '// Eva Hessman kommer sent', 'Eva berättar om läget.', 'Beslut: Eva| Hessman återkommer.'), [
      'header:Eva Hessman',
      'attendee:Eva Hessman (def)',
      'text:Eva Hessman',
    ]);
  });

  it('links a person who is not an attendee through header and footer', () => {
    check(joinLines('Protokoll', 'Ordförande: Anna Berg', 'NÄRVARANDE', 'Eva Hessman', '1. Budget', 'Justeras: Anna| Berg'), ['header:Anna Berg', 'footer:Anna Berg']);
  });

  it('does not resolve a first name that two attendees share', () => {
    check(joinLines('NÄRVARANDE', 'Maria Standar', 'Maria Jonsson', '1. Budget', 'Uppdrag: Maria – ring.', 'Enligt @Maria är det klart.', 'Maria| Standar håller med.'), [
      'attendee:Maria Standar (def)',
      'text:Maria Standar',
    ]);
    check(joinLines('NÄRVARANDE', 'Maria Standar', 'Maria Jonsson', '1. Budget', 'Uppdrag: Mar|ia – ring.'), []);
  });

  it('counts a second listing of the same person as an occurrence, not the definition', () => {
    check(joinLines('NÄRVARANDE', 'Eva Hessman', 'FRÅNVARANDE', 'eva hessman', '1. Budget', 'Uppdrag: Eva Hess|man – ring.'), [
      'attendee:Eva Hessman (def)',
      'attendee:eva hessman',
      'assignee:Eva Hessman',
    ]);
  });

  it('finds every occurrence among thousands of attendees', () => {
    // Its speed is a benchmark's business (a single alternation of every name took minutes; names
    // are now looked up word by word); this pins only the result.
    const names = Array.from({ length: 3000 }, (_, i) => `Person${i} Efternamn${i}`);
    const text = joinLines('NÄRVARANDE', ...names, '1. Punkt', ...names.map((n, i) => `${n} håller med @Person${(i * 7) % 3000}.`));
    const index = peopleIndex(analyzeMinutes(text));
    assert.equal(index.occurrences.length, 9000);
  });

  it('finds nothing off a name', () => {
    check(meeting('1. Bud|get'), []);
    check(meeting('1. Budget', 'Uppdrag: Göte|borg – ring.'), []);
  });
});
