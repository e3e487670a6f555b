import assert from 'node:assert/strict';
import { analyzeMinutes, documentSymbols, summarizeMinutes, type Block } from '../../server/src/core/index';
import { joinLines } from '../helpers/expect';

/**
 * Actions written as a list under a bare heading (`Actions:` and bullets below it), and keyword
 * lines written as bullets (`- Uppdrag: …`): each row is an item body and the blocks it must
 * give. Before, the entries of such a list were a plain list (no action was followed up and a
 * missing owner went unseen) and a bulleted `Uppdrag:` was a bullet.
 */
const HEAD = ['Minutes', 'Date: 2025-03-10', '', 'Present', 'Tom Reed', 'Anna Berg', '', '1. Budget'];

function blocks(body: readonly Block[]): unknown[] {
  return body.map((b) =>
    b.kind === 'action'
      ? ['action', b.keyword.text, b.listHeading?.text ?? null, b.assignees.map((a) => a.name.text), b.task?.text ?? null, b.deadline?.date.text.text ?? null]
      : b.kind === 'decision'
        ? ['decision', b.keyword.text, b.text.text]
        : [b.kind],
  );
}

const cases: readonly { name: string; body: readonly string[]; want: unknown[]; codes?: string[] }[] = [
  {
    name: 'an `Actions:` heading makes each bullet an action, with its own continuation lines',
    body: ['Actions:', '- Tom Reed – book the venue. Due: 15 March 2025', '- Anna Berg – write the report', '  Due: 20 March 2025', '* Tom Reed & Anna Berg – agree the agenda'],
    want: [
      ['action', '-', 'Actions', ['Tom Reed'], 'book the venue.', '15 March 2025'],
      ['action', '-', 'Actions', ['Anna Berg'], 'write the report', '20 March 2025'],
      ['action', '*', 'Actions', ['Tom Reed', 'Anna Berg'], 'agree the agenda', null],
    ],
  },
  {
    name: 'a bare `Uppdrag:` and numbered entries; an entry with no owner is reported on its marker',
    body: ['Uppdrag:', '  1. Anna Berg – ring kommunen', '  2. boka lokal'],
    want: [
      ['action', '1.', 'Uppdrag', ['Anna Berg'], 'ring kommunen', null],
      ['action', '2.', 'Uppdrag', [], 'boka lokal', null],
    ],
    codes: ['missing-assignee'],
  },
  {
    name: 'the list ends at a blank line; the bullets after it are a list again',
    body: ['Åtgärder:', '- Anna Berg – ring', '', '- a point of discussion'],
    want: [['action', '-', 'Åtgärder', ['Anna Berg'], 'ring', null], ['list']],
  },
  {
    name: 'a bare heading with no entries is an empty action, as before; with an indented line it is that action',
    body: ['Action:', 'Text after it.', '', 'Action:', '  Anna Berg – indented task'],
    want: [['action', 'Action', null, [], null, null], ['paragraph'], ['action', 'Action', null, [], 'Anna Berg – indented task', null]],
    codes: ['empty-action', 'missing-assignee'],
  },
  {
    name: '`Actions: None` and `Uppdrag: Inga` say there are none: text, no diagnostic',
    body: ['Actions: None', '', 'Uppdrag: Inga.'],
    want: [['paragraph'], ['paragraph']],
  },
  {
    name: 'bulleted keyword lines are actions and decisions',
    body: ['- Uppdrag: Anna Berg – ring kommunen. Senast: 2025-04-01', '• Action: Tom Reed – draft the letter', '* Beslut: Godkänt.', '- a bullet'],
    want: [
      ['action', 'Uppdrag', null, ['Anna Berg'], 'ring kommunen.', '2025-04-01'],
      ['action', 'Action', null, ['Tom Reed'], 'draft the letter', null],
      ['decision', 'Beslut', 'Godkänt.'],
      ['list'],
    ],
  },
  {
    name: '`Actions: Tom Reed – task` on one line is one action, as `Action:` is',
    body: ['Actions: Tom Reed – book the venue'],
    want: [['action', 'Actions', null, ['Tom Reed'], 'book the venue', null]],
  },
  {
    name: 'a dash in the colon’s place: `Action – Tom Reed to …`, `ACTION - …`, `Uppdrag – Name – task`, with a deadline; an owner missing is reported',
    body: ['Action – Tom Reed to book the venue.', 'ACTION - Anna Berg to circulate the minutes. Due: 20 March 2025', '  Uppdrag – Anna Berg – ring kommunen', 'Action — book the hall'],
    want: [
      ['action', 'Action', null, ['Tom Reed'], 'book the venue.', null],
      ['action', 'ACTION', null, ['Anna Berg'], 'circulate the minutes.', '20 March 2025'],
      ['action', 'Uppdrag', null, ['Anna Berg'], 'ring kommunen', null],
      ['action', 'Action', null, [], 'book the hall', null],
    ],
    codes: ['missing-assignee'],
  },
  {
    name: 'does not change: `action –` in lower case, `Actions –`, a dash with nothing after it, a hyphen inside a word, and `Action – none` are text',
    body: ['action – book the venue', 'Actions – see below', 'Action –', 'Action-points were reviewed.', 'Action – none'],
    // `Action – none` starts a paragraph of its own, as `Action: none` does.
    want: [['paragraph'], ['paragraph']],
  },
];

describe('action lists and bulleted keyword lines', () => {
  for (const c of cases) {
    it(c.name, () => {
      const text = joinLines(...HEAD, ...c.body);
      const analysis = analyzeMinutes(text, { locale: 'en', today: { year: 2025, month: 3, day: 1 } });
      assert.deepEqual(blocks(analysis.document.items[0]?.body ?? []), c.want);
      assert.deepEqual(analysis.diagnostics.map((d) => d.code), c.codes ?? []);
      // The workspace index reads the same actions from its reduced text.
      const summary = summarizeMinutes('x.minutes', text, { today: { year: 2025, month: 3, day: 1 } });
      assert.equal(summary.actions.length, c.want.filter((b) => (b as unknown[])[0] === 'action').length);
    });
  }

  it('says where an entry of a list has no owner, in both languages, on the entry’s marker', () => {
    const text = joinLines(...HEAD, 'Actions:', '- book the venue');
    const at = text.indexOf('- book');
    for (const [locale, words] of [['en', 'in the list under "Actions:"'], ['sv', 'i listan under "Actions:"']] as const) {
      const d = analyzeMinutes(text, { locale }).diagnostics.find((x) => x.code === 'missing-assignee');
      assert.ok(d?.message.includes(words), d?.message);
      assert.deepEqual(d?.span, { start: at, end: at + 1 });
    }
  });

  it('reads the entries of an item titled as a list of actions (`4. Att göra`) as actions, in the editor and the workspace', () => {
    const read = (title: string, ...body: string[]) => {
      const text = joinLines('Anteckningar', 'Datum: 2025-05-20', '', 'Närvarande', 'Reza Ali', 'Maja Ek', '', `1. ${title}`, ...body, '');
      const analysis = analyzeMinutes(text, { locale: 'sv' });
      const summary = summarizeMinutes('x.minutes', text, {});
      return { blocks: blocks(analysis.document.items[0]?.body ?? []), codes: analysis.diagnostics.map((d) => d.code), workspace: summary.actions.map((a) => a.task) };
    };
    assert.deepEqual(read('Att göra till nästa möte', '', '- Reza Ali – påminna enhetscheferna. Senast: 2025-05-15', '- Skriva instruktion för redaktörer', '', 'Mötet avslutades.'), {
      blocks: [
        ['action', '-', 'Att göra till nästa möte', ['Reza Ali'], 'påminna enhetscheferna.', '2025-05-15'],
        ['action', '-', 'Att göra till nästa möte', [], 'Skriva instruktion för redaktörer', null],
        ['paragraph'],
      ],
      codes: ['deadline-before-meeting', 'missing-assignee'],
      workspace: ['påminna enhetscheferna.', 'Skriva instruktion för redaktörer'],
    });
    assert.deepEqual(read('Action items:', '* Maja Ek – send the slides').blocks, [['action', '*', 'Action items:', ['Maja Ek'], 'send the slides', null]]);
    // A line of text first ends the list; a title that only begins so is another item's.
    assert.deepEqual(read('Att göra', 'Följande ska göras:', '- Reza Ali – ring').blocks, [['paragraph'], ['list']]);
    assert.deepEqual(read('Uppdrag och bemanning', '- Reza Ali – ring').blocks, [['list']]);
  });

  it('names an entry in the outline by its list’s heading', () => {
    const analysis = analyzeMinutes(joinLines(...HEAD, 'Actions:', '- Tom Reed – book the venue'), { locale: 'en' });
    const item = documentSymbols(analysis).find((s) => s.kind === 'item');
    assert.equal(item?.children?.find((s) => s.kind === 'action')?.name, 'Actions: Tom Reed – book the venue');
  });
});
