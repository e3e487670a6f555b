import assert from 'node:assert/strict';
import { analyzeMinutes, definitionAt, highlightsAt, referencesAt, type Analysis, type Span } from '../../../server/src/core/index';
import { withCursor } from '../../helpers/cursor';
import { joinLines } from '../../helpers/expect';

type Query = 'definition' | 'references' | 'references-without-declaration' | 'highlights';

/** `line:column "covered text"` (1-based), the form every expectation of this suite takes. */
function describeSpan(analysis: Analysis, span: Span, suffix = ''): string {
  const { line, character } = analysis.lineIndex.positionAt(span.start);
  return `${line + 1}:${character + 1} ${JSON.stringify(analysis.text.slice(span.start, span.end))}${suffix}`;
}

/** The single call site of the API in this suite. */
function check(query: Query, input: string, expected: readonly string[]): void {
  const { text, offset } = withCursor(input);
  const analysis = analyzeMinutes(text, { locale: 'sv' });
  const actual =
    query === 'definition'
      ? definitionAt(analysis, offset).map((s) => describeSpan(analysis, s))
      : query === 'highlights'
        ? highlightsAt(analysis, offset).map((h) => describeSpan(analysis, h.span, ` ${h.kind}`))
        : referencesAt(analysis, offset, query === 'references').map((s) => describeSpan(analysis, s));
  assert.deepEqual(actual, expected);
}

const doc = (...body: string[]) =>
  joinLines(
    'Anteckningar',
    'Ordförande: Gitte Caous',
    'NÄRVARANDE',
    'Gitte Caous, GR',
    'Pia Alhäll, Härryda (digitalt från p 2)',
    'Bengt Randén, Partille (p 1–2)',
    '',
    '1. Budget',
    'Se punkt 2.',
    '',
    '2. Klimatanpassning',
    ...body,
    '',
    'Antecknat av: Gitte Caous',
  );

describe('navigation: go to definition', () => {
  it('goes from a first-name assignee to the attendee line', () => {
    check('definition', doc('Uppdrag: Git|te – ta reda på syfte och funktion.'), ['4:1 "Gitte Caous"']);
  });

  it('goes from the header, the footer, a mention and a name in text', () => {
    check('definition', doc().replace('Ordförande: Gitte', 'Ordförande: Gi|tte'), ['4:1 "Gitte Caous"']);
    check('definition', doc().replace('Antecknat av: Gitte Caous', 'Antecknat av: Gitte Caous|'), ['4:1 "Gitte Caous"']);
    check('definition', doc('Enligt @Gi|tte är det klart.'), ['4:1 "Gitte Caous"']);
    check('definition', doc('Pia Al|häll redovisar.'), ['5:1 "Pia Alhäll"']);
  });

  it('stays on the definition itself', () => {
    check('definition', doc().replace('\nGitte Caous, GR', '\n|Gitte Caous, GR'), ['4:1 "Gitte Caous"']);
  });

  it('goes from item references in notes and text to the item heading', () => {
    check('definition', doc().replace('från p 2', 'från p |2'), ['11:1 "2. Klimatanpassning"']);
    check('definition', doc().replace('Se punkt 2', 'Se punkt 2|'), ['11:1 "2. Klimatanpassning"']);
    check('definition', doc().replace('(p 1–2)', '(p |1–2)'), ['8:1 "1. Budget"']);
    check('definition', doc().replace('(p 1–2)', '(p 1–|2)'), ['11:1 "2. Klimatanpassning"']);
  });

  it('offers every item that has a duplicated number', () => {
    check('definition', joinLines('NÄRVARANDE', 'Eva (p |2)', '1. A', '2. B', '2. C'), ['4:1 "2. B"', '5:1 "2. C"']);
  });

  it('finds nothing off a name or number, for unknown items and for offsets outside the text', () => {
    check('definition', doc('Det |regnar.'), []);
    check('definition', doc().replace('Se punkt 2', 'Se punkt |9'), []);
    const analysis = analyzeMinutes(doc('Uppdrag: Gitte – ring.'));
    for (const offset of [-1, analysis.text.length + 5, Number.NaN, Number.POSITIVE_INFINITY, 1.5]) {
      assert.doesNotThrow(() => [definitionAt(analysis, offset), referencesAt(analysis, offset, true), highlightsAt(analysis, offset)]);
    }
    assert.deepEqual(definitionAt(analysis, -1), []);
  });
});

describe('navigation: references and highlights', () => {
  const body = ['Gitte Caous får i uppdrag att utreda frågan.', 'Uppdrag: Gitte – ta reda på syfte och funktion.'];

  it('lists every occurrence, with or without the declaration', () => {
    check('references', doc(...body).replace('Uppdrag: Gitte', 'Uppdrag: Gi|tte'), [
      '2:13 "Gitte Caous"',
      '4:1 "Gitte Caous"',
      '12:1 "Gitte Caous"',
      '13:10 "Gitte"',
      '15:15 "Gitte Caous"',
    ]);
    check('references-without-declaration', doc(...body).replace('Uppdrag: Gitte', 'Uppdrag: Gi|tte'), [
      '2:13 "Gitte Caous"',
      '12:1 "Gitte Caous"',
      '13:10 "Gitte"',
      '15:15 "Gitte Caous"',
    ]);
  });

  it('lists an item heading and the references to it', () => {
    check('references', doc().replace('Se punkt 2', 'Se punkt |2'), ['5:38 "2"', '6:29 "2"', '9:10 "2"', '11:1 "2"']);
    check('references-without-declaration', doc().replace('2. Klimat', '|2. Klimat'), ['5:38 "2"', '6:29 "2"', '9:10 "2"']);
  });

  it('marks the definition as write and the rest as read', () => {
    check('highlights', doc(...body).replace('Gitte Caous får', 'Gitte Ca|ous får'), [
      '2:13 "Gitte Caous" read',
      '4:1 "Gitte Caous" write',
      '12:1 "Gitte Caous" read',
      '13:10 "Gitte" read',
      '15:15 "Gitte Caous" read',
    ]);
    check('highlights', doc().replace('från p 2', 'från p 2|'), ['5:38 "2" read', '6:29 "2" read', '9:10 "2" read', '11:1 "2" write']);
  });
});
