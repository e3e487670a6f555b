import assert from 'node:assert/strict';
import { analyzeMinutes, type MeetingDocument } from '../../server/src/core/index';
import { keywordLang } from '../../server/src/core/syntax/keywordLookup';
import { joinLines } from '../helpers/expect';

/**
 * Keywords new users wrote that the language did not know: each row is a small document and what
 * the model must make of it. Before these words were added, every row read otherwise (a heading
 * as an attendee, `Åtgärd:` as text, a role as an organisation …).
 */
const cases: readonly { name: string; lines: readonly string[]; expect: (doc: MeetingDocument) => unknown; want: unknown }[] = [
  {
    name: '`Dessutom närvarande` heads the officials present',
    lines: ['Protokoll', 'Datum: 2025-03-18', '', 'Närvarande', 'Eva Berg', 'Dessutom närvarande:', 'Ola Ek, nämndsekreterare', '', '1. Öppnande'],
    expect: (doc) => doc.sections.map((s) => [s.kind, s.attendees.map((a) => a.name.text)]),
    want: [['present', ['Eva Berg']], ['others', ['Ola Ek']]],
  },
  {
    name: '`Ej närvarande` and `Not present` head the absent',
    lines: ['Protokoll', 'Datum: 2025-03-18', '', 'Närvarande', 'Eva Berg', 'Ej närvarande', 'Per Ström', 'Not present:', 'Tom Reed', '', '1. Öppnande'],
    expect: (doc) => doc.sections.map((s) => [s.kind, s.attendees.map((a) => a.name.text)]),
    want: [['present', ['Eva Berg']], ['absent', ['Per Ström']], ['absent', ['Tom Reed']]],
  },
  {
    name: 'a protokoll header: `Sammanträdesdatum`, `Utses att justera`, `Protokollförare`',
    lines: ['Protokoll', 'Sammanträdesdatum: 2025-03-18', 'Protokollförare: Ola Ek', 'Utses att justera: Eva Berg', '', '1. Öppnande'],
    expect: (doc) => doc.headerFields.map((f) => [f.kind, f.date?.date ? 'dated' : undefined]),
    want: [['date', 'dated'], ['secretary', undefined], ['adjusters', undefined]],
  },
  {
    name: '`Antecknare:` names the secretary, as a working group writes it',
    lines: ['Minnesanteckningar', 'Datum: 2025-03-18', 'Antecknare: Maja Ekholm', '', '1. Öppnande'],
    expect: (doc) => doc.headerFields.map((f) => [f.kind, f.persons?.map((p) => p.text)]),
    want: [['date', undefined], ['secretary', ['Maja Ekholm']]],
  },
  {
    name: '`Meeting date`, `Chairman`',
    lines: ['Minutes', 'Meeting date: 18 March 2025', 'Chairman: Tom Reed', '', '1. Welcome'],
    expect: (doc) => doc.headerFields.map((f) => f.kind),
    want: ['date', 'chair'],
  },
  {
    name: '`Åtgärd:`, `Action item:` and `Action by:` are actions',
    lines: ['Anteckningar', 'Datum: 2025-03-18', '', 'Närvarande', 'Eva Berg', 'Tom Reed', '', '1. IT', 'Åtgärd: Eva Berg – stäm av med IT-chefen', 'Action item: Tom Reed – book the room', 'Action by: TR – renew the lease'],
    expect: (doc) => doc.items[0]?.body.map((b) => (b.kind === 'action' ? [b.keyword.text, b.assignees.map((a) => a.name.text), b.task?.text] : b.kind)),
    want: [
      ['Åtgärd', ['Eva Berg'], 'stäm av med IT-chefen'],
      ['Action item', ['Tom Reed'], 'book the room'],
      ['Action by', ['TR'], 'renew the lease'],
    ],
  },
  {
    name: '`Agreed:` is a decision',
    lines: ['Minutes', 'Date: 2025-03-18', '', '1. Budget', 'Agreed: the budget is approved.'],
    expect: (doc) => doc.items[0]?.body.map((b) => (b.kind === 'decision' ? b.text.text : b.kind)),
    want: ['the budget is approved.'],
  },
  {
    name: 'the officers of English councils and boards are roles, not organisations',
    lines: ['Minutes', 'Date: 2025-03-18', '', 'Present', 'Linda Martinez, President', 'Tom Grey, Town Clerk', 'Ann Bell, Hillside School, Headteacher', 'Kim Ek, Förvaltningschef', '', '1. Welcome'],
    expect: (doc) => doc.sections[0]?.attendees.map((a) => [a.name.text, a.organisation?.text, a.role?.text]),
    want: [
      ['Linda Martinez', undefined, 'President'],
      ['Tom Grey', undefined, 'Town Clerk'],
      ['Ann Bell', 'Hillside School', 'Headteacher'],
      ['Kim Ek', undefined, 'Förvaltningschef'],
    ],
  },
  {
    name: "Word's Symbol-font bullets before attendees are bullets",
    lines: ['Protokoll', 'Datum: 2025-03-18', '', 'Närvarande', '\uf0b7\tCarina Dahl, Kulturförvaltningen', '\uf0a7 Eva Berg', '', '1. Öppnande'],
    expect: (doc) => doc.sections[0]?.attendees.map((a) => [a.name.text, a.organisation?.text]),
    want: [
      ['Carina Dahl', 'Kulturförvaltningen'],
      ['Eva Berg', undefined],
    ],
  },
];

describe('keywords and roles new users wrote', () => {
  for (const c of cases) {
    it(c.name, () => {
      const analysis = analyzeMinutes(joinLines(...c.lines), { locale: 'en' });
      assert.deepEqual(c.expect(analysis.document), c.want);
      assert.deepEqual(analysis.diagnostics.filter((d) => d.code === 'syntax-error' || d.code === 'missing-date' || d.code === 'unknown-header-field').map((d) => d.code), []);
    });
  }

  it('counts the new English words as English and the Swedish as Swedish', () => {
    for (const word of ['Not present', 'Meeting date:', 'Chairman:', 'Action item:', 'Action by:', 'Agreed:', 'Date and time:', 'Date/time:']) assert.equal(keywordLang(word), 'en', word);
    for (const word of ['Dessutom närvarande', 'Ej närvarande', 'Sammanträdesdatum:', 'Utses att justera:', 'Protokollförare:', 'Åtgärd:', 'Sammanträdesdag:', 'Datum och tid:', 'Datum/tid:']) assert.equal(keywordLang(word), 'sv', word);
  });
});

describe('a role in parentheses, as British lists write it', () => {
  it('`Joan Ellis (Clerk)` holds the role Clerk; with a Town Clerk present too, `Action: Clerk` could be either', () => {
    const text = joinLines('Minutes', 'Date: 2025-03-18', '', 'Present', 'Cllr Tom Reed (Chair)', 'Mrs Joan Ellis (Clerk)', 'Ann Bell (remote)', 'Mr Tom Grey, Town Clerk', '', '1. Budget', 'Action: Clerk – write to the county', 'Action: Chair – sign the letter');
    const analysis = analyzeMinutes(text, { locale: 'en' });
    const attendees = analysis.document.sections[0]?.attendees ?? [];
    assert.deepEqual(attendees.map((a) => [a.name.text, a.role?.text, a.note?.text.text]), [
      ['Cllr Tom Reed', 'Chair', undefined],
      ['Mrs Joan Ellis', 'Clerk', undefined],
      ['Ann Bell', undefined, 'remote'],
      ['Mr Tom Grey', 'Town Clerk', undefined],
    ]);
    // Two clerks: `Clerk` is ambiguous between them, not unknown; `Chair` is the one chair.
    assert.deepEqual(analysis.diagnostics.map((d) => d.code), ['unknown-assignee']);
    assert.match(analysis.diagnostics[0]?.message ?? '', /"Clerk" could be several people: Mrs Joan Ellis or Mr Tom Grey/);
    // With her the only clerk, `Action: Clerk` is hers.
    const alone = analyzeMinutes(text.replace('Mr Tom Grey, Town Clerk', 'Mr Tom Grey'), { locale: 'en' });
    assert.deepEqual(alone.diagnostics.map((d) => d.code), []);
  });
});
