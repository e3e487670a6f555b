import assert from 'node:assert/strict';
import { analyzeMinutes } from '../../server/src/core/index';
import { findItemRefs, namesOtherMeeting } from '../../server/src/core/model/itemRefs';
import { joinLines } from '../helpers/expect';
import { seededRandom } from '../helpers/random';

/** The item numbers `findItemRefs` reads in one line of running text. */
function check(text: string, expected: readonly number[]): void {
  assert.deepEqual(
    findItemRefs({ text, span: { start: 0, end: text.length } }).map((r) => r.number),
    expected,
    JSON.stringify(text),
  );
}

describe('item references in running text (itemRefs.ts)', () => {
  it('reads punkt N, item N and § N', () => {
    check('se punkt 4', [4]);
    check('Se punkt 4.', [4]);
    check('enligt §4 och § 5', [4, 5]);
    check('see item 4, which', [4]);
    check('§ 4: beslut', [4]);
    check('Se punkt 4 i sin helhet.', [4]);
    check('punkt 4 i maj', [4]);
  });

  it('not a sub-point or a number with decimals', () => {
    check('Styrelsen hänvisar till punkt 3.2 i avtalet.', []);
    check('enligt punkt 3,2', []);
    check('item 3:1 of the plan', []);
  });

  it('not a point of another document: a definite noun or an article after i/of', () => {
    check('Enligt § 12 i stadgarna ska styrelsen', []);
    check('punkt 4 i revisionsrapporten', []);
    check('punkt 7 i bilaga 5', []);
    check('§ 3 i kommunallagen', []);
    check('item 4 of the report', []);
    check('item 4 in the constitution', []);
    check('item 11 in Appendix 3', []);
    check('item 17 of Appendix 3', []);
  });

  it('not a point of another meeting: the last one, the next one', () => {
    check('Se även punkt 9 i förra veckans anteckningar.', []);
    check('punkt 7 i föregående protokoll och punkt 8 i förra årets budget', []);
    check('Frågan tas upp under § 4 på nästa möte.', []);
    check("See item 12 of last year's minutes.", []);
    check('Deferred to Item 6 at the next meeting.', []);
    check('as in item 3 of the previous minutes', []);
    // Words that name no other meeting leave a reference.
    check('punkt 4 i nästan alla fall', [4]);
    check('item 4 at last', [4]);
  });

  it('not a paragraph of another body\'s or meeting\'s minutes: an abbreviation in capitals or a date just before', () => {
    check('Uppdraget gavs av kommunfullmäktige, KF § 12.', []);
    check('enligt KSAU § 45 och BUN punkt 3', []);
    check('kommunfullmäktige gav kommunstyrelsen den 27 januari 2025, § 12.', []);
    check('beslut 2025-01-27 § 12', []);
    // A word in capitals that is an item word, or a lone capital, leaves the reference.
    check('SE PUNKT § 4', [4]);
    check('enligt punkt 4 och § 5 i protokollet', [4, 5]);
  });

  it('a sentence wrapped after the reference goes on on the next line: another meeting named there is read', () => {
    const source = 'Nätverket ska bidra, se punkt 7 i\nförra veckans anteckningar. Se punkt 8\ni bilaga 2. Se punkt 9\n\nNästa stycke.';
    const line = (start: number, end: number) => findItemRefs({ text: source.slice(start, end), span: { start, end } }, source).map((r) => r.number);
    const first = source.indexOf('\n');
    const second = source.indexOf('\n', first + 1);
    assert.deepEqual(line(0, first), []);
    assert.deepEqual(line(first + 1, second), []);
    assert.deepEqual(line(second + 1, source.indexOf('\n', second + 1)), [9]);
  });

  it('but these minutes\' own agenda and minutes share their numbers', () => {
    check('enligt punkt 4 i dagordningen', [4]);
    check('punkt 4 i dagens protokoll', [4]);
    check('item 4 on the agenda', [4]);
    check('item 4 of the agenda', [4]);
    check('item 4 of this meeting', [4]);
  });

  it('not a point of an attachment named just before', () => {
    check('Se bilaga 5, punkt 7.', []);
    check('Appendix 2 item 3', []);
    check('Se bilaga 5. Se även punkt 7.', [7]);
  });

  it('so such text gives no unknown-item-reference, and a real reference still does', () => {
    const text = joinLines(
      'Protokoll',
      'Datum: 2025-03-11',
      '',
      '1. Budget',
      'Enligt § 12 i stadgarna och punkt 3.2 i avtalet. Se bilaga 5, punkt 7.',
      'Se även punkt 9.',
    );
    const codes = analyzeMinutes(text, { locale: 'sv' }).diagnostics.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`);
    assert.deepEqual(codes, ['unknown-item-reference 9']);
  });
});

describe('the words of the document\'s language (noteworthy.ts, searchLanguage)', () => {
  /** The codes of an analysis of `header` and one item holding `lines`. */
  const codes = (header: readonly string[], lines: readonly string[]) => analyzeMinutes(joinLines(...header, '', '1. A', ...lines), { locale: 'en' }).diagnostics.map((d) => d.code);
  // Each on a line or paragraph of its own: a line that holds one language's word is read whole.
  const body = ['Se punkt 9.', 'See item 9.', '', 'Tom Reed was asked to reply to the letter.', '', 'Eva Berg får i uppdrag att ringa.'];

  it('a Swedish header and attendance: Swedish references and prose assignments are found, English ones are not looked for', () => {
    assert.deepEqual(codes(['Anteckningar', 'Datum: 2025-03-10', 'NÄRVARANDE', 'Eva Berg', 'Tom Reed'], body), ['unknown-item-reference', 'prose-assignment']);
  });

  it('an English header and attendance: English ones are found, Swedish ones are not looked for', () => {
    assert.deepEqual(codes(['Minutes', 'Date: 2025-03-10', 'PRESENT', 'Eva Berg', 'Tom Reed'], body), ['unknown-item-reference', 'prose-assignment']);
  });

  it('a header of both languages, or with no keywords: both are found', () => {
    assert.deepEqual(codes(['Anteckningar', 'Date: 2025-03-10', 'NÄRVARANDE', 'Eva Berg', 'Tom Reed'], body), ['unknown-item-reference', 'unknown-item-reference', 'prose-assignment', 'prose-assignment']);
  });
});

describe('item references without a look-behind (itemRefs.ts)', () => {
  it('finds what the expression with the look-behind finds, over random lines', () => {
    // The plain form: the word start tested by a look-behind at the head of the expression.
    const plain = /(?<![\p{L}\p{N}])(?:punkt|item)\s+(\d{1,6})(?![\p{N}])|§\s*(\d{1,6})(?![\p{N}])/giu;
    const matches = (text: string) => {
      const out: string[] = [];
      plain.lastIndex = 0;
      for (let m = plain.exec(text); m; m = plain.exec(text)) out.push(`${m.index}:${m[1] ?? m[2]}`);
      return out;
    };
    const random = seededRandom(19);
    const pieces = ['punkt', 'PUNKT', 'item', 'Item', '§', ' ', '  ', '4', '12', 'x', 'å', '𝐀', '2', '.', '-', 'upunkt', 'ypunkt 3', '1234567', ' punkt 4', '§ 7', ' item 12', '𝐀punkt 5'];
    let found = 0;
    for (let round = 0; round < 5000; round++) {
      let text = '';
      const length = Math.floor(random() * 10);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)] ?? '';
      // Only the matches: what follows them is judged the same way by both.
      const got = findItemRefs({ text, span: { start: 0, end: text.length } });
      const expected = matches(text).filter((m) => {
        const [index] = m.split(':');
        const at = Number(index);
        const digitsEnd = text.slice(at).search(/\d(?!\d)/u) + at + 1;
        const after = text.slice(digitsEnd, digitsEnd + 60);
        // Another body's minutes named just before (`KF § 12`) are judged alike too.
        return !/^[.,:]\d/.test(after) && !namesOtherMeeting(text, at);
      });
      found += got.length;
      assert.deepEqual(got.map((r) => r.number), expected.map((m) => Number(m.split(':')[1])), JSON.stringify(text));
    }
    assert.ok(found > 500, `only ${found} references`);
  });
});

describe('the message of a reference to an item that does not exist', () => {
  const text = joinLines('Minutes', 'Date: 2025-03-10', '', '1. A', 'See item 3 and item 9.', '2. B', '4. C');
  for (const [locale, gap, beyond] of [
    ['en', 'There is no item 3: the numbering skips it.', 'There is no item 9; the last item is 4.'],
    ['sv', 'Det finns ingen punkt 3: numreringen hoppar över den.', 'Det finns ingen punkt 9; sista punkten är 4.'],
  ] as const) {
    it(`says whether the numbering skips it or ends before it (${locale})`, () => {
      const messages = analyzeMinutes(text, { locale }).diagnostics.filter((d) => d.code === 'unknown-item-reference').map((d) => d.message);
      assert.deepEqual(messages, [gap, beyond]);
    });
  }

  it('says where the numbering begins, for a number below the first (a protokoll whose paragraphs begin at § 40)', () => {
    const protokoll = joinLines('Protokoll', 'Datum: 2025-03-10', '', '§ 40 A', 'Se § 12 och § 43.', '§ 41 B');
    const messages = (locale: 'en' | 'sv') => analyzeMinutes(protokoll, { locale }).diagnostics.filter((d) => d.code === 'unknown-item-reference').map((d) => d.message);
    assert.deepEqual(messages('en'), ['There is no § 12; the first paragraph is § 40.', 'There is no § 43; the last paragraph is § 41.']);
    assert.deepEqual(messages('sv'), ['Det finns ingen § 12; första paragrafen är § 40.', 'Det finns ingen § 43; sista paragrafen är § 41.']);
  });
});
