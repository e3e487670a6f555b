import assert from 'node:assert/strict';
import { analyzeMinutes, documentSymbols, type MinutesSymbol } from '../../../server/src/core/index';
import { joinLines } from '../../helpers/expect';

/**
 * The outline as indented lines: `kind name — detail [lines a-b, selects "text"]`. The single call
 * site of the API in this suite.
 */
function check(input: string, expected: readonly string[], locale: 'sv' | 'en' = 'sv'): void {
  const analysis = analyzeMinutes(input, { locale });
  const lines: string[] = [];
  const line = (offset: number) => analysis.lineIndex.positionAt(offset).line + 1;
  const walk = (symbol: MinutesSymbol, depth: number) => {
    const selected = input.slice(symbol.selectionSpan.start, symbol.selectionSpan.end);
    assert.ok(symbol.span.start <= symbol.selectionSpan.start && symbol.selectionSpan.end <= symbol.span.end, `${symbol.name}: selection outside the range`);
    lines.push(
      `${'  '.repeat(depth)}${symbol.kind} ${symbol.name}${symbol.detail ? ` — ${symbol.detail}` : ''} [${line(symbol.span.start)}-${line(symbol.span.end)} ${JSON.stringify(selected)}]`,
    );
    for (const child of symbol.children) walk(child, depth + 1);
  };
  for (const symbol of documentSymbols(analysis)) walk(symbol, 0);
  assert.deepEqual(lines, expected);
}

describe('document symbols: the outline', () => {
  it('shows header, attendance, items with actions and decisions, and footer', () => {
    check(
      joinLines(
        'Anteckningar',
        'Möte: Kommunchefsgruppen',
        'Datum: 2024-03-08',
        '',
        'NÄRVARANDE',
        'Gitte Caous, GR',
        'Pia Alhäll, Härryda, ordförande (digitalt from p 2)',
        'FRÅNVARANDE:',
        'Gull-Britt Eide, Lerum',
        '',
        '6. Klimatanpassning',
        'Göteborg arbetar med en plan.',
        'Uppdrag: Gitte – ta reda på syfte och funktion för klimatanpassningsnätverket inom GR. Senast: 2024-05-15',
        'Beslut: Frågan',
        '  bordläggs.',
        '',
        '§ 7 Övrigt',
        '',
        'Antecknat av: Gitte Caous',
        'Justeras: Pia Alhäll',
      ),
      [
        'header Anteckningar [1-3 "Anteckningar"]',
        '  field Möte — Kommunchefsgruppen [2-2 "Möte"]',
        '  field Datum — 2024-03-08 [3-3 "Datum"]',
        'section NÄRVARANDE — 2 [5-7 "NÄRVARANDE"]',
        '  attendee Gitte Caous — GR [6-6 "Gitte Caous"]',
        '  attendee Pia Alhäll — Härryda, ordförande (digitalt from p 2) [7-7 "Pia Alhäll"]',
        'section FRÅNVARANDE — 1 [8-9 "FRÅNVARANDE:"]',
        '  attendee Gull-Britt Eide — Lerum [9-9 "Gull-Britt Eide"]',
        'item 6. Klimatanpassning [11-15 "6. Klimatanpassning"]',
        '  action Uppdrag: Gitte – ta reda på syfte och funktion för … — Senast: 2024-05-15 [13-13 "Uppdrag"]',
        '  decision Beslut: Frågan bordläggs. [14-15 "Beslut"]',
        'item § 7 Övrigt [17-17 "§ 7 Övrigt"]',
        'footer Sidfot [19-20 "Antecknat av"]',
        '  footerEntry Antecknat av — Gitte Caous [19-19 "Antecknat av"]',
        '  footerEntry Justeras — Pia Alhäll [20-20 "Justeras"]',
      ],
    );
  });

  it('names an action without assignee or task by what it has', () => {
    check(joinLines('1. Budget', 'Action: review the budget', 'Uppdrag: Eva –', '  Owner: Tina'), [
      'item 1. Budget [1-4 "1. Budget"]',
      '  action Action: review the budget [2-2 "Action"]',
      '  action Uppdrag: Eva, Tina [3-4 "Uppdrag"]',
    ]);
  });

  it('puts comments in the part they stand in and names a header without title in the user language', () => {
    const input = joinLines('Datum: 2024-03-08', '// före listan', 'Plats: Ale', 'NÄRVARANDE', 'Eva', '// sist i listan', '1. Budget', '// i punkten');
    check(input, [
      'header Header [1-3 "Datum"]',
      '  field Datum — 2024-03-08 [1-1 "Datum"]',
      '  comment // före listan [2-2 "// före listan"]',
      '  field Plats — Ale [3-3 "Plats"]',
      'section NÄRVARANDE — 1 [4-5 "NÄRVARANDE"]',
      '  attendee Eva [5-5 "Eva"]',
      'comment // sist i listan [6-6 "// sist i listan"]',
      'item 1. Budget [7-8 "1. Budget"]',
      '  comment // i punkten [8-8 "// i punkten"]',
    ], 'en');
  });

  it('shows a decision as written where its keyword runs into its sentence, with a colon where it is a label', () => {
    check(joinLines('1. Minutes', 'RESOLVED – that the minutes be approved.', 'Beslut', 'Antas.'), [
      'item 1. Minutes [1-4 "1. Minutes"]',
      '  decision RESOLVED – that the minutes be approved. [2-2 "RESOLVED"]',
      '  decision Beslut: Antas. [3-4 "Beslut"]',
    ]);
  });

  it('gives nothing for an empty document and never an empty name', () => {
    check('', []);
    check('\n\n', []);
    check(joinLines('1.', 'Beslut:'), ['item 1. [1-2 "1."]', '  decision Beslut: [2-2 "Beslut"]']);
  });
});
