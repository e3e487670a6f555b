import assert from 'node:assert/strict';
import { analyzeMinutes, parseMinutes, type Block } from '../../server/src/core/index';
import { keywordLang } from '../../server/src/core/syntax/keywordLookup';
import { minutesLexer } from '../../server/src/core/syntax/lexer';
import { joinLines } from '../helpers/expect';

/**
 * The forms of a decision written without a colon, as real users wrote them: `Beslut` alone on its
 * line in a Swedish protokoll, and `RESOLVED that …` in British minutes. Each row is the body of
 * one item and what the model makes of it, block by block: `decision KEYWORD | TEXT`, `paragraph
 * TEXT`, `subheading TEXT`, with a decision's points as `- TEXT` below it.
 */
const cases: readonly { name: string; body: readonly string[]; want: readonly string[] }[] = [
  // ── Swedish: the heading `Beslut` alone on its line ──
  {
    name: '`Beslut` alone on its line heads the decision below it',
    body: ['Ärendebeskrivning', 'Förvaltningen har tagit fram ett förslag …', '', 'Beslut', 'Nämnden beslutar att anta budgeten.'],
    want: ['subheading Ärendebeskrivning', 'paragraph Förvaltningen har tagit fram ett förslag …', 'decision Beslut | Nämnden beslutar att anta budgeten.'],
  },
  {
    name: '`BESLUT` in capitals, indented, with white space after it',
    body: ['  BESLUT  ', 'Nämnden beslutar', 'att anta budgeten.'],
    want: ['decision BESLUT | Nämnden beslutar att anta budgeten.'],
  },
  {
    name: '`Beslut:` alone, as before, up to the blank line',
    body: ['Beslut:', 'Nämnden beslutar att anta budgeten.', '', 'Nästa stycke.'],
    want: ['decision Beslut | Nämnden beslutar att anta budgeten.', 'paragraph Nästa stycke.'],
  },
  {
    name: 'a blank line between `Beslut` and its text: the decision takes the text below it',
    body: ['Beslut', '', 'Informationen noteras.', '', 'Nästa stycke.'],
    want: ['decision Beslut | Informationen noteras.', 'paragraph Nästa stycke.'],
  },
  {
    name: '`Förslag till beslut` is a sub-heading, not a decision',
    body: ['Förslag till beslut', 'Nämnden föreslås anta budgeten.'],
    want: ['subheading Förslag till beslut', 'paragraph Nämnden föreslås anta budgeten.'],
  },
  {
    name: '`Beslutsunderlag` is a sub-heading, not a decision; `Beslutsunderlag:` with text is text',
    body: ['Beslutsunderlag', 'Tjänsteskrivelse 2025-02-01', '', 'Beslutsunderlag: bilaga 1'],
    want: ['subheading Beslutsunderlag', 'paragraph Tjänsteskrivelse 2025-02-01', 'paragraph Beslutsunderlag: bilaga 1'],
  },
  {
    name: '`beslut` in lower case, `Beslut.`, `Beslutet` are text',
    body: ['Frågan gick till', 'beslut', 'Beslut.', 'Beslutet'],
    want: ['paragraph Frågan gick till beslut Beslut. Beslutet'],
  },
  // ── Swedish: the decision headed by the body that made it ──
  {
    name: '`Kommunstyrelsens beslut` alone on its line heads the decision below it, after text without a blank line too',
    body: ['Ärendet har beretts av förvaltningen.', 'Kommunstyrelsens beslut', 'Kommunstyrelsen beslutar att anta budgeten.', '', 'Nästa stycke.'],
    want: ['paragraph Ärendet har beretts av förvaltningen.', 'decision Kommunstyrelsens beslut | Kommunstyrelsen beslutar att anta budgeten.', 'paragraph Nästa stycke.'],
  },
  {
    name: '`Nämndens beslut:` with its text after the colon, or alone with a colon; in capitals; `Barn- och utbildningsnämndens beslut`',
    body: [
      'Nämndens beslut: att återremittera ärendet.', '',
      'Styrelsens beslut:', 'att notera informationen.', '',
      '  KOMMUNFULLMÄKTIGES BESLUT', 'Fullmäktige antar planen.', '',
      'Barn- och utbildningsnämndens beslut', '- att godkänna förslaget,', '- att lägga rapporten till handlingarna.', '',
      'A\u0308rsmo\u0308tets beslut', 'Årsmötet beviljar ansvarsfrihet.',
    ],
    want: [
      'decision Nämndens beslut | att återremittera ärendet.',
      'decision Styrelsens beslut | att notera informationen.',
      'decision KOMMUNFULLMÄKTIGES BESLUT | Fullmäktige antar planen.',
      'decision Barn- och utbildningsnämndens beslut | att godkänna förslaget, att lägga rapporten till handlingarna.',
      '- att godkänna förslaget,',
      '- att lägga rapporten till handlingarna.',
      'decision A\u0308rsmo\u0308tets beslut | Årsmötet beviljar ansvarsfrihet.',
    ],
  },
  {
    name: '`Nämnden beslutar` alone on its line heads the decision below it: `beslutade`, `beslöt`, `har beslutat`, with a colon, in capitals',
    body: [
      'Förvaltningen redogör för ärendet.', 'Nämnden beslutar', 'att lägga informationen till handlingarna.', '',
      'Årsmötet beslutade', 'att välja Eva Berg till ordförande,', 'att uppdra åt styrelsen att se över stadgarna.', '',
      'Styrelsen beslöt:', 'att anta planen.', '',
      'Mötet har beslutat: att skjuta upp frågan.', '',
      'KOMMUNFULLMÄKTIGE BESLUTAR', 'att anta budgeten.', '',
      'Barn- och utbildningsnämnden beslutar', '- att godkänna förslaget.',
    ],
    want: [
      'paragraph Förvaltningen redogör för ärendet.',
      'decision Nämnden beslutar | att lägga informationen till handlingarna.',
      'decision Årsmötet beslutade | att välja Eva Berg till ordförande, att uppdra åt styrelsen att se över stadgarna.',
      'decision Styrelsen beslöt | att anta planen.',
      'decision Mötet har beslutat | att skjuta upp frågan.',
      'decision KOMMUNFULLMÄKTIGE BESLUTAR | att anta budgeten.',
      'decision Barn- och utbildningsnämnden beslutar | att godkänna förslaget.',
      '- att godkänna förslaget.',
    ],
  },
  {
    name: '`Nämnden beslutar att …` on one line is a decision where a block begins: after a blank line, after a decision or an action, in capitals, wrapped onto a line in lower case',
    body: [
      'Nämnden beslutar att anta budgeten.', '',
      'Förvaltningen redogör för ärendet.', '', 'Styrelsen beslutade att skjuta upp frågan', 'till nästa möte.', 'STYRELSEN BESLÖT ATT AVSLÅ.', '',
      'Bygg- och miljönämnden har beslutat att bevilja lovet.', '',
      'Uppdrag: Eva Berg – boka lokal', 'Årsmötet beslutade att välja Eva Berg.',
    ],
    want: [
      'decision Nämnden beslutar | att anta budgeten.',
      'paragraph Förvaltningen redogör för ärendet.',
      'decision Styrelsen beslutade | att skjuta upp frågan till nästa möte.',
      'decision STYRELSEN BESLÖT | ATT AVSLÅ.',
      'decision Bygg- och miljönämnden har beslutat | att bevilja lovet.',
      'action',
      'decision Årsmötet beslutade | att välja Eva Berg.',
    ],
  },
  {
    name: 'on a paragraph\'s line, in a list entry, without `att`, or with `att` at the line\'s end, `Nämnden beslutar` and more is text',
    body: [
      'Efter en lång diskussion', 'Nämnden beslutar att anta budgeten.', '',
      'Förvaltningen redogör för ärendet.', 'Nämnden beslutar att anta riktlinjerna först när remissvaren kommit in.', '',
      '- Nämnden beslutar att vänta.', '', 'Nämnden beslutar attityden.', '', 'Nämnden beslutar att',
    ],
    want: [
      'paragraph Efter en lång diskussion Nämnden beslutar att anta budgeten.',
      'paragraph Förvaltningen redogör för ärendet. Nämnden beslutar att anta riktlinjerna först när remissvaren kommit in.',
      'list', 'paragraph Nämnden beslutar attityden.', 'paragraph Nämnden beslutar att',
    ],
  },
  {
    name: 'a body and its verb in lower case, in mixed case, with more words on the line, or ending a line of prose is text',
    body: ['Frågan är vad', 'nämnden beslutar', 'NÄMNDEN beslutar', 'Nämnden beslutar om budgeten i maj.', 'Det är oklart vad Nämnden beslutar', 'Nämnden beslutade att avvakta.', 'Nämnden beslutarna'],
    want: ['paragraph Frågan är vad nämnden beslutar NÄMNDEN beslutar Nämnden beslutar om budgeten i maj. Det är oklart vad Nämnden beslutar Nämnden beslutade att avvakta. Nämnden beslutarna'],
  },
  {
    name: 'a body’s `beslut` in lower case, in mixed case, with more words, or not in the genitive is text',
    body: ['Frågan gäller', 'nämndens beslut', 'NÄMNDENS beslut', 'Nämndens beslut blev att vänta.', 'Nämndens beslutsunderlag', 'Nämnden beslut', 'Kommunens Beslut', 'Nämndens beslut i korthet: inga ändringar.'],
    want: ['paragraph Frågan gäller nämndens beslut NÄMNDENS beslut Nämndens beslut blev att vänta. Nämndens beslutsunderlag Nämnden beslut Kommunens Beslut Nämndens beslut i korthet: inga ändringar.'],
  },
  // ── What ends a decision whose keyword stands alone ──
  {
    name: 'a reservation ends the decision: `Reservation` alone, `Reservation: …`, `(M) reserverar sig …`, `Eva Berg (M) reserverade sig …`',
    body: ['Beslut', 'Nämnden beslutar att anta budgeten.', 'Reservation', '(M) reserverar sig.', '', 'Beslut', 'Antas.', 'Reservation: (SD) mot beslutet.', '', 'Beslut:', 'Antas.', '(M) reserverar sig mot beslutet.', '', 'Beslut:', 'Antas.', 'Eva Berg (M) reserverade sig.'],
    want: [
      'decision Beslut | Nämnden beslutar att anta budgeten.',
      'subheading Reservation',
      'paragraph (M) reserverar sig.',
      'decision Beslut | Antas.',
      'paragraph Reservation: (SD) mot beslutet.',
      'decision Beslut | Antas.',
      'paragraph (M) reserverar sig mot beslutet.',
      'decision Beslut | Antas.',
      'paragraph Eva Berg (M) reserverade sig.',
    ],
  },
  {
    name: 'every protokoll sub-heading ends the decision and stands alone, in capitals and with a colon too',
    body: [
      'Beslut', 'Antas.', 'Beslutsunderlag', 'Bilaga 1',
      'Beslut', 'Antas.', 'Yrkanden', 'Eva Berg (S) yrkar bifall.',
      'Beslut', 'Antas.', 'Protokollsanteckning', 'Per Ström (M) lämnar en anteckning.',
      'Beslut', 'Antas.', 'BESLUTET SKICKAS TILL', 'Ekonomiavdelningen',
      'Beslut', 'Antas.', 'Ärendebeskrivning:', 'Text.',
      'Beslut', 'Antas.', 'Sammanfattning', 'Text.',
      'Beslut', 'Antas.', 'Omedelbar justering', 'Paragrafen justeras omedelbart.',
    ],
    want: [
      'decision Beslut | Antas.', 'subheading Beslutsunderlag', 'paragraph Bilaga 1',
      'decision Beslut | Antas.', 'subheading Yrkanden', 'paragraph Eva Berg (S) yrkar bifall.',
      'decision Beslut | Antas.', 'subheading Protokollsanteckning', 'paragraph Per Ström (M) lämnar en anteckning.',
      'decision Beslut | Antas.', 'subheading BESLUTET SKICKAS TILL', 'paragraph Ekonomiavdelningen',
      'decision Beslut | Antas.', 'subheading Ärendebeskrivning:', 'paragraph Text.',
      'decision Beslut | Antas.', 'subheading Sammanfattning', 'paragraph Text.',
      'decision Beslut | Antas.', 'subheading Omedelbar justering', 'paragraph Paragrafen justeras omedelbart.',
    ],
  },
  {
    name: 'below `Beslutsunderlag`, `Expedieras till` and the like, each line is a paragraph of its own; below another sub-heading the lines are one paragraph',
    body: [
      'Beslutsunderlag', 'Tjänsteskrivelse 2025-03-24', 'Ekonomisk rapport februari 2025', '',
      'Beslut', 'Nämnden beslutar att godkänna.', '',
      'Expedieras till:', 'Ekonomiavdelningen', 'Akten', '',
      'PROTOKOLLSUTDRAG TILL', 'Kommunstyrelsen', '',
      'Yrkanden', 'Eva Berg (S) yrkar bifall', 'till förslaget.',
    ],
    want: [
      'subheading Beslutsunderlag', 'paragraph Tjänsteskrivelse 2025-03-24', 'paragraph Ekonomisk rapport februari 2025',
      'decision Beslut | Nämnden beslutar att godkänna.',
      'subheading Expedieras till:', 'paragraph Ekonomiavdelningen', 'paragraph Akten',
      'subheading PROTOKOLLSUTDRAG TILL', 'paragraph Kommunstyrelsen',
      'subheading Yrkanden', 'paragraph Eva Berg (S) yrkar bifall till förslaget.',
    ],
  },
  {
    name: 'a PDF\'s page markers among the lines (`Sida 2 av 3`, `Page 4 of 5`, `3 (4)`) are no text: dropped from a paragraph, and no paragraph alone',
    body: ['Nätverket diskuterade', 'Sida 2 av 3', 'underlaget för våren.', '', 'Sida 3 av 3', '', 'Page 4 of 5', '3 (4)', '', 'Sida 12 i rapporten är viktig.'],
    want: ['paragraph Nätverket diskuterade underlaget för våren.', 'paragraph Sida 12 i rapporten är viktig.'],
  },
  {
    name: 'a case number above the text (`Dnr BN 2025/0019`) is a paragraph of its own; further down, or as a word of the text, it is text',
    body: ['Dnr BN 2025/0019', 'Följande delegationsbeslut anmäls.', 'Dnr-numret saknas i ärendet.'],
    want: ['paragraph Dnr BN 2025/0019', 'paragraph Följande delegationsbeslut anmäls. Dnr-numret saknas i ärendet.'],
  },
  {
    name: 'a sub-heading in the middle of a paragraph stands alone; one in lower case, or with more words, does not',
    body: ['Text före.', 'Yrkanden', 'Text efter.', '', 'Inga', 'yrkanden', 'framfördes.', 'Yrkanden framfördes inte.'],
    want: ['paragraph Text före.', 'subheading Yrkanden', 'paragraph Text efter.', 'paragraph Inga yrkanden framfördes. Yrkanden framfördes inte.'],
  },
  // ── A decision's points ──
  {
    name: 'bulleted `att`-clauses under a bare decision are its points, a wrapped line continuing the last',
    body: ['Beslut', 'Nämnden beslutar', '- att godkänna förslaget,', '- att ge förvaltningen i uppdrag att', '  teckna avtal.'],
    want: ['decision Beslut | Nämnden beslutar att godkänna förslaget, att ge förvaltningen i uppdrag att teckna avtal.', '- att godkänna förslaget,', '- att ge förvaltningen i uppdrag att teckna avtal.'],
  },
  {
    name: 'indented numbers under a decision with text are its points; the text keeps the numbers',
    body: ['Beslut: Nämnden beslutar att', '  1. höja taxorna,', '  2. se över avgifterna.'],
    want: ['decision Beslut | Nämnden beslutar att 1. höja taxorna, 2. se över avgifterna.', '1. höja taxorna,', '2. se över avgifterna.'],
  },
  {
    name: 'bullets under a decision with text are a list of their own, as before',
    body: ['Beslut: Budgeten antas.', '- En punkt.'],
    want: ['decision Beslut | Budgeten antas.', 'list'],
  },
  {
    name: '`RESOLVED` alone, and the resolution on the lines below it',
    body: ['RESOLVED', 'That the minutes of the meeting held on 4 March', 'be approved.', '', 'Next paragraph.'],
    want: ['decision RESOLVED | That the minutes of the meeting held on 4 March be approved.', 'paragraph Next paragraph.'],
  },
  {
    name: '`Agreed` alone, `resolved` in lower case and `Resolved.` stay text',
    body: ['Agreed', 'by all present.', '', 'resolved', '', 'Resolved.'],
    want: ['paragraph Agreed by all present.', 'paragraph resolved', 'paragraph Resolved.'],
  },
  // ── English: the keyword runs into its sentence ──
  {
    name: '`RESOLVED that …` in capitals and in sentence case',
    body: ['RESOLVED that the minutes be approved.', 'Resolved that the budget is adopted.'],
    want: ['decision RESOLVED | that the minutes be approved.', 'decision Resolved | that the budget is adopted.'],
  },
  {
    name: '`RESOLVED to …`, `AGREED to …`, `It was agreed to …`: the resolution as a verb after `to`',
    body: ['RESOLVED to object on heritage grounds.', 'AGREED to defer the item.', 'It was agreed to write to the bank.', '', 'Resolved topics were listed.', 'Agreed tomorrow.'],
    want: ['decision RESOLVED | to object on heritage grounds.', 'decision AGREED | to defer the item.', 'decision It was agreed | to write to the bank.', 'paragraph Resolved topics were listed. Agreed tomorrow.'],
  },
  {
    name: '`IT WAS RESOLVED THAT …`, `It was agreed that …`',
    body: ['IT WAS RESOLVED THAT the Clerk obtains quotes.', 'It was agreed that the Clerk writes to the bank.'],
    want: ['decision IT WAS RESOLVED | THAT the Clerk obtains quotes.', 'decision It was agreed | that the Clerk writes to the bank.'],
  },
  {
    name: '`It was RESOLVED that …`, `It was AGREED that …`: the keyword\'s last word in capitals, as British councils write it',
    body: ['It was RESOLVED that the minutes of 10 December be approved.', 'It was AGREED that the hall is repainted.'],
    want: ['decision It was RESOLVED | that the minutes of 10 December be approved.', 'decision It was AGREED | that the hall is repainted.'],
  },
  {
    name: '`RESOLVED – that …`, `RESOLVED - That …`, `AGREED, that …`: the dash or comma belongs to neither',
    body: ['RESOLVED – that item 1 is closed.', 'RESOLVED - That the report is noted.', 'AGREED, that the date stands.', 'AGREED that the accounts be signed.'],
    want: ['decision RESOLVED | that item 1 is closed.', 'decision RESOLVED | That the report is noted.', 'decision AGREED | that the date stands.', 'decision AGREED | that the accounts be signed.'],
  },
  {
    name: 'a decision whose sentence wraps onto a line in lower case goes on there; after a full stop, or in capitals, a paragraph starts',
    body: ['RESOLVED that the minutes of the last meeting', 'be approved and signed', 'by the Chairman.', 'the Clerk will file them.', '', 'Beslut: Styrelsen beslutar att', 'anta budgeten.', 'Nästa stycke.'],
    want: [
      'decision RESOLVED | that the minutes of the last meeting be approved and signed by the Chairman.',
      'paragraph the Clerk will file them.',
      'decision Beslut | Styrelsen beslutar att anta budgeten.',
      'paragraph Nästa stycke.',
    ],
  },
  {
    name: '`Resolved:` and `Agreed:` with a colon, as before',
    body: ['Resolved: That the payments be approved.', 'AGREED: the next date.'],
    want: ['decision Resolved | That the payments be approved.', 'decision AGREED | the next date.'],
  },
  {
    name: 'running prose that begins with the words is text: no `that`, lower case, or `that` inside a word',
    body: ['Resolved issues were discussed.', 'The council', 'resolved that nothing be done.', 'Agreed actions are listed below.', 'RESOLVED thatched roofs are exempt.', 'AGREED unanimously.', 'It was resolved.'],
    want: ['paragraph Resolved issues were discussed. The council resolved that nothing be done. Agreed actions are listed below. RESOLVED thatched roofs are exempt. AGREED unanimously. It was resolved.'],
  },
];

/** One line per block of the first item's body, as in the table above. */
function read(body: readonly string[]): string[] {
  const { document } = parseMinutes(joinLines('Protokoll', 'Datum: 2025-03-18', '', '§ 12 Budget', ...body));
  return (document.items[0]?.body ?? []).flatMap(blockLines);
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'decision':
      return [`decision ${block.keyword.text} | ${block.text.text}`, ...(block.points?.entries ?? []).map((e) => `${e.marker.text} ${e.text}`)];
    case 'paragraph':
      return [`${block.subheading ? 'subheading' : 'paragraph'} ${block.text}`];
    default:
      return [block.kind];
  }
}

describe('decisions written without a colon (`Beslut`, `RESOLVED that …`)', () => {
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(read(c.body), c.want));
  }

  it('keeps the place of the keyword and of the text', () => {
    const text = joinLines('Minutes', '', '1. Budget', 'IT WAS RESOLVED – THAT the budget be approved.', 'Beslut', 'Antas.');
    const [resolved, beslut] = parseMinutes(text).document.items[0]?.body ?? [];
    assert.ok(resolved?.kind === 'decision' && beslut?.kind === 'decision');
    assert.equal(text.slice(resolved.keyword.span.start, resolved.keyword.span.end), 'IT WAS RESOLVED');
    assert.equal(text.slice(resolved.text.span.start, resolved.text.span.end), 'THAT the budget be approved.');
    assert.equal(text.slice(resolved.span.start, resolved.span.end), 'IT WAS RESOLVED – THAT the budget be approved.');
    assert.equal(text.slice(beslut.keyword.span.start, beslut.keyword.span.end), 'Beslut');
    assert.equal(text.slice(beslut.span.start, beslut.span.end), 'Beslut\nAntas.');
  });

  it('keeps the place of a decision’s points and of the text before them', () => {
    const text = joinLines('Protokoll', '', '§ 1 A', 'Beslut', 'Nämnden beslutar', '- att anta,', '  1. att höja.');
    const decision = parseMinutes(text).document.items[0]?.body[0];
    assert.ok(decision?.kind === 'decision' && decision.points?.lead);
    assert.equal(text.slice(decision.points.lead.span.start, decision.points.lead.span.end), 'Nämnden beslutar');
    assert.deepEqual(decision.points.entries.map((e) => text.slice(e.span.start, e.span.end)), ['- att anta,', '1. att höja.']);
  });

  it('lexes the keyword lines as decisions and the sub-headings as text of their own', () => {
    const type = (line: string) => minutesLexer.tokenize(`${line}\n`).tokens[0]?.tokenType.name;
    for (const line of ['Beslut', 'BESLUT', ' Beslut ', 'RESOLVED', 'Resolved', 'RESOLVED that x', 'It was resolved that x', 'It was RESOLVED that x', 'It was AGREED that x', 'AGREED – that x', 'Agreed, THAT x']) assert.equal(type(line), 'DecisionWordLine', line);
    for (const line of ['Beslut:', 'beslut: x', 'Resolved: x']) assert.equal(type(line), 'DecisionLine', line);
    for (const line of ['Yrkanden', 'YRKANDEN:', 'Förslag till beslut', 'A\u0308rendebeskrivning']) assert.equal(type(line), 'SubheadingLine', line);
    for (const line of ['beslut', 'Beslut.', 'Beslutet', 'resolved that x', 'resolved', 'RESOLVED.', 'Agreed', 'Resolved issues', 'It WAS RESOLVED that x', 'it was RESOLVED that x', 'yrkanden', 'Yrkanden framfördes']) assert.equal(type(line), 'TextLine', line);
  });

  it('counts the English keywords as English, `Beslut` as Swedish', () => {
    for (const word of ['RESOLVED', 'It was resolved', 'IT WAS AGREED', 'It was RESOLVED', 'Agreed']) assert.equal(keywordLang(word), 'en', word);
    assert.equal(keywordLang('Beslut'), 'sv');
    const text = joinLines('Finance Committee', '', '1. Budget', 'RESOLVED that the budget is approved.', 'IT WAS AGREED THAT the audit is deferred.');
    assert.equal(analyzeMinutes(text, { locale: 'sv' }).document.language, 'en');
  });

  it('is out of place in the attendance list and the header, named by its keyword', () => {
    const text = joinLines('Minutes', 'Date: 2025-03-18', 'RESOLVED that x.', '', 'PRESENT', 'Jane Smith', 'IT WAS RESOLVED THAT y.', 'Beslut', '', '1. Budget');
    assert.deepEqual(
      analyzeMinutes(text, { locale: 'en' }).diagnostics.map((d) => `${d.code} [${text.slice(d.span.start, d.span.end)}]`),
      ['syntax-error [RESOLVED]', 'syntax-error [IT WAS RESOLVED]', 'syntax-error [Beslut]'],
    );
  });

  it('a sub-heading may be the title', () => {
    assert.equal(parseMinutes(joinLines('Sammanfattning', 'Datum: 2025-03-18')).document.title?.text, 'Sammanfattning');
  });
});
