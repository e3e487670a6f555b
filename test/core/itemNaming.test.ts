import assert from 'node:assert/strict';
import { analyzeMinutes, codeActions, complete, hover, parseMinutes, type Lang } from '../../server/src/core/index';
import { itemNaming, type ItemNaming } from '../../server/src/core/model/itemNaming';
import { withCursor } from '../helpers/cursor';
import { joinLines } from '../helpers/expect';

/**
 * How messages name items (`model/itemNaming.ts`, `i18n/itemWords.ts`): a document whose item
 * headings are mostly written with `§` is a protokoll, and every message, hover and completion
 * that names an item says `§ 24`, `§§ 2 och 3` and `paragraf`; other minutes say `punkt 24` /
 * `item 24` as before.
 */

describe('itemNaming: a protokoll is a document whose item headings are mostly written with §', () => {
  const cases: readonly [readonly string[], ItemNaming][] = [
    [[], 'items'],
    [['1. Budget', '2. Övrigt'], 'items'],
    [['§ 45 Budget', '§ 46 Övrigt'], 'paragraphs'],
    [['§45. Budget', '§46 Övrigt'], 'paragraphs'],
    [['§ 1 Budget'], 'paragraphs'],
    // More than half: two of three decide, one of two does not.
    [['§ 45 Budget', '46. Övrigt', '§ 47 Avslutning'], 'paragraphs'],
    [['45. Budget', '§ 46 Övrigt', '47. Avslutning'], 'items'],
    [['§ 45 Budget', '46. Övrigt'], 'items'],
    // A `§` in the title or an indented `§` line is no heading's paragraph sign.
    [['1. Budget enligt § 4', '  § 2 indragen', '2. Övrigt'], 'items'],
  ];
  for (const [headings, expected] of cases) {
    it(`${JSON.stringify(headings)} → ${expected}`, () => {
      const { document } = parseMinutes(joinLines('Protokoll', 'Datum: 2024-03-08', '', ...headings));
      assert.equal(itemNaming(document.items), expected);
      assert.equal(analyzeMinutes(joinLines('Protokoll', 'Datum: 2024-03-08', '', ...headings)).itemNaming, expected);
    });
  }
});

/** A document's header in `lang`, with the attendance lines given, then the items. */
function minutes(lang: Lang, attendance: readonly string[], ...items: string[]): string {
  return lang === 'sv'
    ? joinLines('Protokoll', 'Datum: 2024-03-08', '', 'NÄRVARANDE', 'Eva Hessman, Göteborg', ...attendance, '', ...items)
    : joinLines('Minutes', 'Date: 2024-03-08', '', 'PRESENT', 'Eva Hessman, Göteborg', ...attendance, '', ...items);
}

/** The diagnostics of `text` analysed in `lang`, as `code: message`. */
function messagesOf(text: string, lang: Lang): string[] {
  return analyzeMinutes(text, { locale: lang }).diagnostics.map((d) => `${d.code}: ${d.message}`);
}

describe('messages name items as the document does', () => {
  const cases: readonly { name: string; lang: Lang; text: string; expected: readonly string[] }[] = [
    {
      name: 'an assignee not present, with attendance from a paragraph',
      lang: 'sv',
      text: minutes('sv', ['Pia Alhäll, Härryda (från § 46)'], '§ 45 Val', 'Uppdrag: Pia Alhäll – ring kommunen', '§ 46 Budget'),
      expected: ['assignee-not-present: Pia Alhäll var inte närvarande vid § 45 (från § 46).'],
    },
    {
      name: 'the same in anteckningar',
      lang: 'sv',
      text: minutes('sv', ['Pia Alhäll, Härryda (från p 2)'], '1. Val', 'Uppdrag: Pia Alhäll – ring kommunen', '2. Budget'),
      expected: ['assignee-not-present: Pia Alhäll var inte närvarande vid punkt 1 (från punkt 2).'],
    },
    {
      name: 'an assignee present only at several paragraphs',
      lang: 'sv',
      text: minutes('sv', ['Pia Alhäll, Härryda (p 46, 47)'], '§ 45 Val', 'Uppdrag: Pia Alhäll – ring kommunen', '§ 46 Budget', '§ 47 Övrigt'),
      expected: ['assignee-not-present: Pia Alhäll var inte närvarande vid § 45 (endast §§ 46 och 47).'],
    },
    {
      name: 'an assignee present only at several paragraphs, in English',
      lang: 'en',
      text: minutes('en', ['Tom Reed, Ops (items 46, 47)'], '§ 45 Apologies', 'Action: Tom Reed – call the council', '§ 46 Budget', '§ 47 Any other business'),
      expected: ['assignee-not-present: Tom Reed was not present at § 45 (only §§ 46 and 47).'],
    },
    {
      name: 'an assignee not present, up to and including a paragraph, in English',
      lang: 'en',
      text: minutes('en', ['Tom Reed, Ops (until item 45)'], '§ 45 Apologies', '§ 46 Budget', 'Action: Tom Reed – call the council'),
      expected: ['assignee-not-present: Tom Reed was not present at § 46 (up to and including § 45).'],
    },
    {
      name: 'a repeated paragraph number',
      lang: 'sv',
      text: minutes('sv', [], '§ 45 Val', '§ 46 Budget', '§ 46 Lokaler'),
      expected: ['duplicate-item-number: § 46 finns redan.'],
    },
    {
      name: 'a repeated paragraph number, in English',
      lang: 'en',
      text: minutes('en', [], '§ 45 Apologies', '§ 46 Budget', '§ 46 Premises'),
      expected: ['duplicate-item-number: There is already a § 46.'],
    },
    {
      name: 'a repeated item number, in English anteckningar',
      lang: 'en',
      text: minutes('en', [], '1. Apologies', '2. Budget', '2. Premises'),
      expected: ['duplicate-item-number: There is already an item 2.'],
    },
    {
      name: 'a gap in the paragraphs',
      lang: 'sv',
      text: minutes('sv', [], '§ 45 Val', '§ 47 Budget'),
      expected: ['item-number-sequence: Paragraferna hoppar från § 45 till § 47; § 46 borde komma här.'],
    },
    {
      name: 'a gap in the paragraphs, in English',
      lang: 'en',
      text: minutes('en', [], '§ 45 Apologies', '§ 47 Budget'),
      expected: ['item-number-sequence: Paragraphs jump from § 45 to § 47; expected § 46.'],
    },
    {
      name: 'a paragraph out of order, in English',
      lang: 'en',
      text: minutes('en', [], '§ 30 Apologies', '§ 2 Budget', '§ 3 Premises', '§ 4 Any other business'),
      expected: ['item-number-sequence: § 2 comes after § 30; paragraphs should be in numerical order.'],
    },
    {
      name: 'a first item that is not 1, in a protokoll whose first heading has no §',
      lang: 'sv',
      text: minutes('sv', [], '45. Val', '§ 46 Budget', '§ 47 Övrigt'),
      expected: ['item-number-sequence: Första paragrafen har nummer 45; väntade 1.'],
    },
    {
      name: 'a reference past the last paragraph',
      lang: 'sv',
      text: minutes('sv', [], '§ 45 Val', 'Se § 49.', '§ 46 Budget'),
      expected: ['unknown-item-reference: Det finns ingen § 49; sista paragrafen är § 46.'],
    },
    {
      name: 'a reference past the last paragraph, in English',
      lang: 'en',
      text: minutes('en', [], '§ 45 Apologies', 'See item 49.', '§ 46 Budget'),
      expected: ['unknown-item-reference: There is no § 49; the last paragraph is § 46.'],
    },
    {
      name: 'an attendance note that names a paragraph the numbering skips',
      lang: 'sv',
      text: minutes('sv', ['Pia Alhäll, Härryda (från § 46)'], '§ 45 Val', '§ 47 Budget'),
      expected: ['unknown-item-reference: Det finns ingen § 46: numreringen hoppar över den.', 'item-number-sequence: Paragraferna hoppar från § 45 till § 47; § 46 borde komma här.'],
    },
    {
      name: 'a heading in another form inside a paragraph',
      lang: 'sv',
      text: minutes('sv', [], '§ 45 Val', 'Ärendet bordläggs.', '46) Budget'),
      expected: [
        'syntax-error: "46)" ser ut som rubriken till § 46, men en paragraf skrivs "§ 46 Rubrik" (eller "46. Rubrik") först på raden; raden och allt under den läses nu som en del av § 45.',
      ],
    },
    {
      name: 'a heading in another form inside a paragraph, in English',
      lang: 'en',
      text: minutes('en', [], '§ 45 Apologies', 'None.', '46) Budget'),
      expected: [
        'syntax-error: "46)" looks like the heading of § 46, but a paragraph is written "§ 46 Title" (or "46. Title") at the start of a line; this line and everything below it are read as part of § 45.',
      ],
    },
    {
      name: 'an action line in the attendance list of a protokoll',
      lang: 'sv',
      text: minutes('sv', ['Uppdrag: Eva Hessman – ring'], '§ 45 Val', '§ 46 Budget'),
      expected: ['syntax-error: "Uppdrag:" står i närvarolistan och läses som en deltagare. Listan räcker till första paragrafen ("§ 1 Rubrik"): skriv uppdrag och beslut under en paragraf.'],
    },
    {
      name: 'an action line in the footer of a protokoll, in English',
      lang: 'en',
      text: minutes('en', [], '§ 45 Apologies', '§ 46 Budget', '', 'Minutes taken by: Eva Hessman', 'Action: Eva Hessman – send the minutes'),
      expected: [
        'syntax-error: "Action:" stands in the footer and is not read as an action or decision: the footer begins at a footer keyword (Minutes taken by:, Approved: …) below the last paragraph. Move the line above it, or word that line differently.',
      ],
    },
  ];
  for (const { name, lang, text, expected } of cases) {
    it(name, () => assert.deepEqual(messagesOf(text, lang), expected));
  }
});

describe('hover, completion and code actions name items as the document does', () => {
  const protokoll = (...items: string[]) => minutes('sv', ['Pia Alhäll, Härryda (från § 46)'], ...items);

  it('a hover on a person: presence at the paragraph and the actions by paragraph', () => {
    const { text, offset } = withCursor(protokoll('§ 45 Val', 'Uppdrag: Pia Al|häll – ring kommunen', '§ 46 Budget'));
    assert.equal(
      hover(analyzeMinutes(text, { locale: 'sv' }), offset)?.markdown,
      '**Pia Alhäll**  \nOrganisation: Härryda  \nNärvaro: Från § 46  \nVid § 45: inte närvarande\n\nUppdrag i det här mötet:\n\n- § 45: ring kommunen',
    );
  });

  it('a hover on a reference names the paragraph; in anteckningar the item', () => {
    const on = (text: string, lang: Lang) => {
      const at = withCursor(text);
      return hover(analyzeMinutes(at.text, { locale: lang }), at.offset)?.markdown;
    };
    assert.equal(on(protokoll('§ 45 Val', 'Se § 4|6.', '§ 46 Budget'), 'sv'), '**§ 46** Budget');
    assert.equal(on(minutes('en', [], '§ 45 Apologies', 'See item 4|6.', '§ 46 Budget'), 'en'), '**§ 46** Budget');
    assert.equal(on(minutes('en', [], '1. Apologies', 'See item |2.', '2. Budget'), 'en'), '**Item 2** Budget');
  });

  it('completion of the next heading offers a new paragraph', () => {
    const at = withCursor(minutes('en', [], '§ 45 Apologies', '§ 46 Budget', '|'));
    const entry = complete(analyzeMinutes(at.text, { locale: 'en' }), at.offset).items.find((e) => e.kind === 'itemNumber');
    assert.deepEqual(entry && [entry.label, entry.description], ['§ 47', 'new paragraph']);
  });

  it('the renumbering quick fix renumbers paragraphs', () => {
    for (const [lang, text, title] of [
      ['sv', protokoll('§ 45 Val', '§ 47 Budget'), 'Numrera om paragraferna'],
      ['en', minutes('en', [], '§ 45 Apologies', '§ 47 Budget'), 'Renumber paragraphs'],
      ['en', minutes('en', [], '1. Apologies', '3. Budget'), 'Renumber items'],
    ] as const) {
      const analysis = analyzeMinutes(text, { locale: lang });
      const numbering = analysis.diagnostics.find((d) => d.code === 'item-number-sequence');
      assert.ok(numbering);
      assert.deepEqual(codeActions(analysis, numbering.span).map((a) => a.title), [title]);
    }
  });
});
