import assert from 'node:assert/strict';
import { analyzeMinutes } from '../../server/src/core/index';
import { nameKey } from '../../server/src/core/text/names';
import { joinLines } from '../helpers/expect';

/** Two spellings compare as one name, or not. */
function same(a: string, b: string, expected = true): void {
  assert.equal(nameKey(a) === nameKey(b), expected, `${JSON.stringify(a)} vs ${JSON.stringify(b)}: ${nameKey(a)} / ${nameKey(b)}`);
}

describe('names as they are compared (text/names.ts)', () => {
  it('one kind of apostrophe and hyphen, as word processors write them', () => {
    same('O’Neill', "O'Neill");
    same('Dʼarcy', "D'arcy");
    same('Davies‐Hughes', 'Davies-Hughes');
    same('Davies‑Hughes', 'Davies - Hughes');
    same('Anna-Karin', 'Anna Karin', false);
  });

  it('without courtesy titles before the name', () => {
    same('Mrs Helen Smith-Jones', 'Helen Smith-Jones');
    same('Dr. Priya Raman', 'Priya Raman');
    same('Cllr Dr Jane Smith', 'jane smith');
    same('Dr', 'dr');
    same('Lady', 'Lady Jane', false);
    // A title is a word of its own: `Drake Hall` keeps its first name.
    same('Drake Hall', 'Hall', false);
  });
});

describe('assignees written as English minutes write them', () => {
  const text = joinLines(
    'Minutes',
    'Date: 2024-03-08',
    '',
    'Present:',
    'Mrs Helen Smith-Jones, Clerk',
    'Dr Priya Raman',
    'Cllr Tom Raman',
    'Mr Sean O’Neill',
    'Apologies:',
    'Cllr Rebecca Ashdown',
    '',
    '1. Budget',
    'Action: Helen Smith-Jones – draft the budget',
    'Action: Helen – call the bank',
    "Action: Sean O'Neill – sign",
    'Action: Rebecca Ashdown – read the report',
    'Action: Dr Raman – write',
    'Action: Mrs Smith-Jones – file',
  );

  it('find the attendee without the title, a first name after a title, a title and a surname', () => {
    const analysis = analyzeMinutes(text, { locale: 'en' });
    assert.deepEqual(
      analysis.diagnostics.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`),
      // Two Ramans are present: `Dr Raman` names either.
      ['absent-assignee Rebecca Ashdown', 'unknown-assignee Dr Raman'],
    );
  });

  it('find the one attendee whose initials are written (JS, J.S.), or say that several fit', () => {
    const minutes = joinLines(
      'Minutes',
      'Date: 2024-03-08',
      '',
      'Present:',
      'Jane Smith, Finance',
      'Omar Khan',
      'Olivia Kent',
      'Helen Smith-Jones',
      'Neil Burrows',
      'PCSO Gary Whitlock',
      '',
      '1. Budget',
      'Action: JS – circulate the minutes',
      'Action: NB – check the hedges',
      'Action: GW – patrol the car park',
      'Action: J.S. – file the papers',
      'Action: HSJ – book the room',
      'Action: OK – draft a reply',
      'Action: Finance – pay',
    );
    const analysis = analyzeMinutes(minutes, { locale: 'en' });
    assert.deepEqual(
      analysis.diagnostics.map((d) => `${d.code} ${minutes.slice(d.span.start, d.span.end)}`),
      ['unknown-assignee OK'],
    );
    const hsj = analysis.document.items[0]?.body[4];
    assert.equal(hsj?.kind === 'action' ? analysis.resolutions.get(hsj.assignees[0]!)?.kind : undefined, 'attendee');
  });

  it('resolve the same whatever order the spellings come in, and take no word in capitals for initials', () => {
    const lines = (...actions: string[]) =>
      joinLines('Minutes', 'Date: 2024-03-08', '', 'Present:', 'Dr Priya Raman', 'Anna Lisa Lind', '', '1. Budget', ...actions);
    const codes = (text: string) => analyzeMinutes(text, { locale: 'en' }).diagnostics.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`);
    const first = lines('Action: Raman – check', 'Action: Dr Raman – circulate');
    const second = lines('Action: Dr Raman – circulate', 'Action: Raman – check');
    assert.deepEqual(codes(first), ['unknown-assignee Raman']);
    assert.deepEqual(codes(second), ['unknown-assignee Raman']);
    // `ALL` fits Anna Lisa Lind's initials, but is a word: everyone, no one person.
    const all = lines('Action: ALL – read the papers', 'Action: ALL – read the papers again');
    const allAnalysis = analyzeMinutes(all, { locale: 'en' });
    assert.deepEqual([...allAnalysis.resolutions.values()].map((r) => r.kind), ['unknown', 'unknown']);
    assert.deepEqual(codes(all), []);
  });
});


describe('an assignee written with "and others" after the name', () => {
  it('is the one named: m.fl., med flera, et al.', () => {
    const text = joinLines('Anteckningar', 'Datum: 2024-03-08', '', 'NÄRVARANDE', 'Ola Ek', 'Jane Smith', '', '1. Budget', 'Uppdrag: Ola Ek m.fl. – se över taxan', 'Uppdrag: Ola Ek med flera – läsa', 'Action: Jane Smith et al. – review', 'Action: Jane Smith et al – call', 'Uppdrag: Olle m.fl. – skriva');
    const analysis = analyzeMinutes(text, { locale: 'sv' });
    const resolved = [...analysis.resolutions.values()].map((r) => (r.kind === 'attendee' ? r.attendee.name.text : r.kind));
    assert.deepEqual(resolved, ['Ola Ek', 'Ola Ek', 'Jane Smith', 'Jane Smith', 'unknown']);
  });
});

describe('assignees named by their role', () => {
  const check = (lines: readonly string[], expected: readonly string[]) => {
    const text = joinLines(...lines);
    const analysis = analyzeMinutes(text, { locale: 'en' });
    const shown = [...analysis.resolutions].map(([a, r]) => `${a.name.text} → ${r.kind === 'attendee' ? r.attendee.name.text : r.kind}`);
    assert.deepEqual(shown, expected);
  };

  it('finds the one attendee whose attendance line holds the role, in any case, with "the" before it', () => {
    check(
      ['Minutes', 'Date: 2025-03-14', 'PRESENT', 'Peter Fenwick, Clerk', 'Ann Lee, Treasurer', 'Tom Reed', '', '1. Grants', 'Action: Clerk – write to the bank', 'Action: the clerk – file', 'Action: Treasurer to pay the invoice', 'Action: Tom Reed – sign'],
      ['Clerk → Peter Fenwick', 'the clerk → Peter Fenwick', 'Treasurer → Ann Lee', 'Tom Reed → Tom Reed'],
    );
  });

  it('takes the words for a chair and a secretary for each other, in both languages, and the Swedish definite form', () => {
    check(
      ['Anteckningar', 'Datum: 2025-03-14', 'NÄRVARANDE', 'Eva Berg, Ale, ordförande', 'Per Ström, Lerum, sekreterare', 'Bo Ek, Ale, kassör', '', '1. Budget', 'Uppdrag: Ordföranden – kalla till möte', 'Uppdrag: Chair – sign', 'Uppdrag: Sekreteraren – skicka ut', 'Uppdrag: Secretary – file', 'Uppdrag: Kassören – betala'],
      ['Ordföranden → Eva Berg', 'Chair → Eva Berg', 'Sekreteraren → Per Ström', 'Secretary → Per Ström', 'Kassören → Bo Ek'],
    );
  });

  it('takes the Swedish definite form of any role, and a role with a final e in either form', () => {
    check(
      ['Anteckningar', 'Datum: 2025-03-19', 'NÄRVARANDE', 'Mikael Öberg, socialchef', 'Göran Bäckström, kyrkoherde', 'Ida Ek, Ale, ledamot', 'Tor Alm, Ale, ersättare', '', '1. Budget', 'Uppdrag: Socialchefen – publicera', 'Uppdrag: Kyrkoherden – predika', 'Uppdrag: kyrkoherde – läsa', 'Uppdrag: Ledamoten – rösta', 'Uppdrag: Ersättaren – läsa in sig', 'Uppdrag: Sekreteraren – skriva'],
      ['Socialchefen → Mikael Öberg', 'Kyrkoherden → Göran Bäckström', 'kyrkoherde → Göran Bäckström', 'Ledamoten → Ida Ek', 'Ersättaren → Tor Alm', 'Sekreteraren → unknown'],
    );
  });

  it('finds the attendee a header field names by its role, and says when a role is held by several or by nobody', () => {
    check(
      ['Minutes', 'Date: 2025-03-14', 'Chair: Tom Reed', 'Clerk: Jo', 'PRESENT', 'Tom Reed', 'Jo Park', 'Al Bo, Treasurer', 'Cy Do, Treasurer', '', '1. A', 'Action: Chair – a', 'Action: Secretary – b', 'Action: Treasurer – c', 'Action: Auditor – d'],
      ['Chair → Tom Reed', 'Secretary → Jo Park', 'Treasurer → ambiguous', 'Auditor → unknown'],
    );
  });

  it('does not let a role stand before a name, an organisation or a first name', () => {
    check(
      ['Minutes', 'Date: 2025-03-14', 'PRESENT', 'Peter Fenwick, Clerk', 'Clerk Jones, Finance', 'Ann Lee, Clerk', '', '1. A', 'Action: Clerk – a', 'Action: Finance – b'],
      // `Clerk` is Clerk Jones's unique first name; the role would have been ambiguous.
      ['Clerk → Clerk Jones', 'Finance → organisation'],
    );
  });
});

describe('identifying a name without a did-you-mean (resolve.ts)', () => {
  it('answers what resolve answers, and an unknown name identified first still gets its suggestions', async () => {
    const { createResolver } = await import('../../server/src/core/analysis/resolve');
    const analysis = analyzeMinutes(joinLines('Minutes', 'PRESENT', 'Tom Reed, Finance', 'Jane Smith, Clerk', '1. A'), { locale: 'en' });
    const resolver = createResolver(analysis.document, ['Omar Khan']);
    assert.deepEqual(['Tom Reed', 'Tom', 'JS', 'Clerk', 'Finance', 'Omar Khan', 'Tom Red', 'ta fram en plan'].map((n) => resolver.identify(n)), ['attendee', 'attendee', 'attendee', 'attendee', 'organisation', 'member', 'unknown', 'unknown']);
    const later = resolver.resolve('Tom Red');
    assert.deepEqual(later.kind === 'unknown' ? later.suggestions : [], ['Tom Reed']);
  });
});
