import assert from 'node:assert/strict';
import { analyzeMinutes, codeActions, type Lang } from '../../../server/src/core/index';
import { withCursor } from '../../helpers/cursor';
import { applyEdits } from '../../helpers/edits';
import { joinLines } from '../../helpers/expect';

function actionsAt(input: string, locale: Lang = 'sv', only?: readonly string[]) {
  const { text, offset } = withCursor(input);
  const analysis = analyzeMinutes(text, { locale, today: { year: 2024, month: 3, day: 1 } });
  return { text, actions: codeActions(analysis, { start: offset, end: offset }, only ? { only } : {}) };
}

/** The titles offered at the cursor, `*` marking the preferred one. */
function titles(input: string, expected: readonly string[], locale: Lang = 'sv', only?: readonly string[]): void {
  assert.deepEqual(actionsAt(input, locale, only).actions.map((a) => `${a.isPreferred ? '*' : ''}${a.title}`), expected);
}

/** The one call site for edits: applies the action titled `title` and compares the resulting text. */
function check(input: string, title: string, expected: string, locale: Lang = 'sv'): void {
  const { text, actions } = actionsAt(input, locale);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no action "${title}" among ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(applyEdits(text, action.edits), expected);
}

const attendance = ['Anteckningar', 'Datum: 2024-03-08', '', 'NÄRVARANDE', 'Eva Hessman, Göteborg', 'Pia Alhäll, Härryda (from p 2)', 'Gull-Britt Eide, Lerum', ''];
const doc = (...body: string[]) => joinLines(...attendance, '1. Budget', ...body);

describe('code actions: missing-assignee', () => {
  it('offers each person present at the item', () => {
    titles(doc('Upp|drag: ta fram en budget'), ['Tilldela Eva Hessman', 'Tilldela Gull-Britt Eide']);
    titles(doc('Upp|drag: ta fram en budget'), ['Assign to Eva Hessman', 'Assign to Gull-Britt Eide'], 'en');
  });

  it('inserts the name and the dash after the keyword', () => {
    check(doc('Uppdrag:  |ta fram en budget'), 'Tilldela Gull-Britt Eide', doc('Uppdrag:  Gull-Britt Eide – ta fram en budget'));
  });

  it('where the task is only a name, offers making it the owner, with the dash after it', () => {
    titles(doc('Upp|drag: Eva Hessman'), ['*Gör Eva Hessman till ansvarig']);
    check(doc('Uppdrag: Gull|-Britt.'), 'Gör Gull-Britt till ansvarig', doc('Uppdrag: Gull-Britt – '));
    titles(doc('Upp|drag: Eva Hessman'), ['*Make Eva Hessman the owner'], 'en');
    // A name no one has is a task like any other.
    titles(doc('Upp|drag: Budget'), ['Tilldela Eva Hessman', 'Tilldela Gull-Britt Eide']);
  });

  it('where a name stands before a colon, offers making it the owner, with the dash in the colon’s place', () => {
    titles(doc('Upp|drag: Eva Hessman: boka lokal'), ['*Gör Eva Hessman till ansvarig']);
    check(doc('Upp|drag: Eva Hessman:  boka lokal. Senast: 2024-04-01'), 'Gör Eva Hessman till ansvarig', doc('Uppdrag: Eva Hessman – boka lokal. Senast: 2024-04-01'));
    check(doc('Upp|drag: @Gull-Britt: boka lokal'), 'Gör Gull-Britt till ansvarig', doc('Uppdrag: Gull-Britt – boka lokal'));
    titles(doc('Act|ion: Eva Hessman: book the hall'), ['*Make Eva Hessman the owner'], 'en');
    // Before a colon, a name no one has is a task like any other.
    titles(doc('Upp|drag: Budget: se över siffrorna'), ['Tilldela Eva Hessman', 'Tilldela Gull-Britt Eide']);
  });
  it('where names stand before a comma, offers making them the owners, with the dash in the comma’s place', () => {
    titles(doc('Upp|drag: Eva Hessman, boka lokal'), ['*Gör Eva Hessman till ansvarig']);
    check(doc('Upp|drag: Eva Hessman,  boka lokal. Senast: 2024-04-01'), 'Gör Eva Hessman till ansvarig', doc('Uppdrag: Eva Hessman – boka lokal. Senast: 2024-04-01'));
    check(doc('Upp|drag: @Gull-Britt, boka lokal'), 'Gör Gull-Britt till ansvarig', doc('Uppdrag: Gull-Britt – boka lokal'));
    check(doc('Uppdrag: Eva Hessman, @Gull-Britt Eide, boka| lokal'), 'Gör Eva Hessman och Gull-Britt Eide till ansvariga', doc('Uppdrag: Eva Hessman, Gull-Britt Eide – boka lokal'));
    check(doc('Upp|drag: Lerum, boka lokal'), 'Gör Lerum till ansvarig', doc('Uppdrag: Lerum – boka lokal'));
    titles(doc('Act|ion: Eva Hessman, book the hall'), ['*Make Eva Hessman the owner'], 'en');
    check(doc('Act|ion: Eva Hessman, Gull-Britt Eide, book the hall'), 'Make Eva Hessman and Gull-Britt Eide the owners', doc('Action: Eva Hessman, Gull-Britt Eide – book the hall'), 'en');
    // Task text with a comma, names with no task after them, and a list that runs on to a colon
    // are left to the secretary.
    const everyone = ['Tilldela Eva Hessman', 'Tilldela Gull-Britt Eide'];
    titles(doc('Upp|drag: Budget, se över siffrorna'), everyone);
    titles(doc('Upp|drag: boka lokal, helst i april'), everyone);
    titles(doc('Upp|drag: Eva Hessman, Gull-Britt Eide'), everyone);
    titles(doc('Upp|drag: Eva Hessman, Gull-Britt Eide: boka lokal'), everyone);
    titles(doc('Upp|drag: Eva Hessman,'), everyone);
  });

  it('where names stand in parentheses at the end of the task, offers moving them before a dash', () => {
    check(doc('Upp|drag: Boka lokal (Eva Hessman)'), 'Gör Eva Hessman till ansvarig', doc('Uppdrag: Eva Hessman – Boka lokal'));
    check(doc('Act|ion: Circulate the draft (EH, Gull-Britt Eide).'), 'Make EH and Gull-Britt Eide the owners', doc('Action: EH, Gull-Britt Eide – Circulate the draft.'), 'en');
    // Parentheses that hold no one's name are part of the task.
    titles(doc('Upp|drag: Boka lokal (GDPR)'), ['Tilldela Eva Hessman', 'Tilldela Gull-Britt Eide']);
  });

  it('where a name begins the task, offers making it the owner, with the dash after the name', () => {
    check(doc('Upp|drag: Gull-Britt tar fram en budget'), 'Gör Gull-Britt till ansvarig', doc('Uppdrag: Gull-Britt – tar fram en budget'));
    check(doc('Upp|drag: Eva Hessman  kontaktar banken. Senast: 2024-04-01'), 'Gör Eva Hessman till ansvarig', doc('Uppdrag: Eva Hessman – kontaktar banken. Senast: 2024-04-01'));
    check(doc('Act|ion: Eva Hessman will circulate the minutes'), 'Make Eva Hessman the owner', doc('Action: Eva Hessman – will circulate the minutes'), 'en');
    // A capitalised word that is no one's name begins a task like any other.
    titles(doc('Upp|drag: Boka lokal före april'), ['Tilldela Eva Hessman', 'Tilldela Gull-Britt Eide']);
  });
});

describe('code actions: unknown-assignee', () => {
  it('offers the suggestions (the first preferred) and adding the name to the attendance', () => {
    titles(doc('Uppdrag: Eva Hes|man – ring'), ['*Ändra till "Eva Hessman"', 'Lägg till Eva Hesman i NÄRVARANDE']);
    check(doc('Uppdrag: Eva Hes|man – ring'), 'Ändra till "Eva Hessman"', doc('Uppdrag: Eva Hessman – ring'));
  });

  it('adds an attendee line at the end of the present section, written like the line above', () => {
    check(doc('Uppdrag: Bo Ek| – ring'), 'Lägg till Bo Ek i NÄRVARANDE', joinLines(...attendance.slice(0, 7), 'Bo Ek', '', '1. Budget', 'Uppdrag: Bo Ek – ring'));
    const bullets = joinLines('Minutes', 'Present:', '- Jane Smith, Finance', '', '1. Budget', 'Action: Bo| Ek – call');
    check(bullets, 'Add Bo Ek to Present', joinLines('Minutes', 'Present:', '- Jane Smith, Finance', '- Bo Ek', '', '1. Budget', 'Action: Bo Ek – call'), 'en');
  });

  it('creates the section before the first item when there is none', () => {
    check(joinLines('Minutes', 'Date: 2024-03-08', '', '1. Budget', 'Action: Bo| Ek – call'), 'Add Bo Ek to PRESENT', joinLines('Minutes', 'Date: 2024-03-08', '', 'PRESENT', 'Bo Ek', '', '1. Budget', 'Action: Bo Ek – call'), 'en');
  });

  it('keeps CRLF line ends', () => {
    const input = joinLines('Anteckningar', 'NÄRVARANDE', 'Eva Hessman', '1. Budget', 'Uppdrag: Bo| Ek – ring').replace(/\n/g, '\r\n');
    check(input, 'Lägg till Bo Ek i NÄRVARANDE', 'Anteckningar\r\nNÄRVARANDE\r\nEva Hessman\r\nBo Ek\r\n1. Budget\r\nUppdrag: Bo Ek – ring');
  });

  it('a first name shared by several people: the candidates, none preferred, nothing to add', () => {
    const input = joinLines('Anteckningar', 'NÄRVARANDE', 'Maria Standar', 'Maria Jonsson', '1. Budget', 'Uppdrag: Ma|ria – ring');
    titles(input, ['Ändra till "Maria Standar"', 'Ändra till "Maria Jonsson"']);
  });
});

describe('code actions: numbering', () => {
  it('renumbers items and references from a gap or a duplicate', () => {
    const input = joinLines(...attendance, '1. Budget', 'Se punkt 3.', '|3. Övrigt');
    titles(input, ['*Numrera om punkterna']);
    check(input, 'Numrera om punkterna', joinLines(...attendance, '1. Budget', 'Se punkt 2.', '2. Övrigt'));
    check(joinLines('1. A', '2. B', '|2. C'), 'Renumber items', joinLines('1. A', '2. B', '3. C'), 'en');
  });

  it('offers the source action only when asked for, and only when numbering is off', () => {
    titles(joinLines('1. A', '|3. B'), ['Renumber items'], 'en', ['source']);
    titles(joinLines('1. A', '|3. B'), ['Renumber items'], 'en', ['source.minutes.renumber']);
    titles(joinLines('1. A', '|2. B'), [], 'en', ['source']);
    titles(joinLines('1. A', '|2. B'), [], 'en');
  });
});

describe('code actions: prose-assignment', () => {
  const prose = (...lines: string[]) => joinLines(...attendance, '1. Budget', ...lines, '', '2. Övrigt');

  it('in a paragraph: moves the sentence to an action line below (preferred), or keeps it', () => {
    const input = prose('Gruppen diskuterar. |Gull-Britt Eide får i uppdrag att ta fram', 'en budget. Nästa möte i maj.');
    titles(input, ['*Skriv om som uppdrag till Gull-Britt Eide', 'Lägg till ett uppdrag till Gull-Britt Eide och behåll texten']);
    check(input, 'Skriv om som uppdrag till Gull-Britt Eide', prose('Gruppen diskuterar. Nästa möte i maj.', 'Uppdrag: Gull-Britt Eide – ta fram en budget.'));
    check(input, 'Lägg till ett uppdrag till Gull-Britt Eide och behåll texten', prose('Gruppen diskuterar. Gull-Britt Eide får i uppdrag att ta fram', 'en budget. Nästa möte i maj.', 'Uppdrag: Gull-Britt Eide – ta fram en budget.'));
  });

  it('a sentence at the end of a line or the end of the paragraph leaves no stray space or line', () => {
    check(prose('Gruppen diskuterar.', '|Eva Hessman får i uppdrag att ringa.', 'Nästa möte i maj.'), 'Skriv om som uppdrag till Eva Hessman', prose('Gruppen diskuterar.', 'Nästa möte i maj.', 'Uppdrag: Eva Hessman – ringa.'));
    check(prose('Gruppen diskuterar. |Eva Hessman får i uppdrag att ringa.'), 'Skriv om som uppdrag till Eva Hessman', prose('Gruppen diskuterar.', 'Uppdrag: Eva Hessman – ringa.'));
    check(prose('|Eva Hessman får i uppdrag att ringa.', 'Gruppen diskuterar.'), 'Skriv om som uppdrag till Eva Hessman', prose('Gruppen diskuterar.', 'Uppdrag: Eva Hessman – ringa.'));
  });

  it('a paragraph that is only the sentence becomes the action line', () => {
    check(prose('|Eva Hessman får i uppdrag att ringa kommunen.'), 'Skriv om som uppdrag till Eva Hessman', prose('Uppdrag: Eva Hessman – ringa kommunen.'));
  });

  it('in English: an Action line', () => {
    const input = joinLines('Minutes', 'PRESENT', 'Jane Smith', '1. Budget', 'We discussed it. |Jane Smith is tasked with a draft.');
    check(input, 'Rewrite as an action for Jane Smith', joinLines('Minutes', 'PRESENT', 'Jane Smith', '1. Budget', 'We discussed it.', 'Action: Jane Smith – a draft.'), 'en');
  });

  it('in a decision the wording is kept: the action line is added below', () => {
    const input = joinLines('Protokoll', 'Datum: 2024-03-08', '§ 4 Budget', 'Beslut: Styrelsen ger |förvaltningen i uppdrag att ta fram en budget.');
    titles(input, ['*Lägg till ett uppdrag till förvaltningen och behåll texten']);
    check(input, 'Lägg till ett uppdrag till förvaltningen och behåll texten', `${input.replace('|', '')}\nUppdrag: förvaltningen – ta fram en budget.`);
  });

  it('a decision that gives a task with "uppdra åt" gets the quick fix too, and keeps its wording', () => {
    // `Nämnden beslutar att …` on its own line is a decision: its wording is kept, as with `Beslut:`.
    const input = joinLines('Protokoll', 'Datum: 2024-03-08', '§ 4 Simhall', 'Nämnden beslutar att |uppdra åt förvaltningen att utreda en ny simhall.');
    titles(input, ['*Lägg till ett uppdrag till förvaltningen och behåll texten']);
    check(input, 'Lägg till ett uppdrag till förvaltningen och behåll texten', `${input.replace('|', '')}\nUppdrag: förvaltningen – utreda en ny simhall.`);
  });

  it('the hint is answered once the action line is there', () => {
    const kept = prose('Eva Hessman får i uppdrag att ringa.', 'Uppdrag: Eva Hessman – ringa.');
    assert.deepEqual(analyzeMinutes(kept).diagnostics.map((d) => d.code), []);
  });
});

describe('code actions: duplicate-attendee', () => {
  it('removes the second listing', () => {
    const input = joinLines('Anteckningar', 'NÄRVARANDE', 'Eva Hessman, Göteborg', 'Pia Alhäll', '|Eva Hessman', '', '1. Budget');
    titles(input, ['*Ta bort dubbletten av Eva Hessman (står redan på rad 3)']);
    check(input, 'Ta bort dubbletten av Eva Hessman (står redan på rad 3)', joinLines('Anteckningar', 'NÄRVARANDE', 'Eva Hessman, Göteborg', 'Pia Alhäll', '', '1. Budget'));
    check(joinLines('Minutes', 'PRESENT', 'Eva', '|Eva'), 'Remove the duplicate of Eva (already on line 3)', joinLines('Minutes', 'PRESENT', 'Eva'), 'en');
  });
});

describe('code actions: invalid-date', () => {
  it('where a deadline may mean two days, offers writing each, none preferred', () => {
    // The meeting is on Friday 8 March 2024: the next Friday is the 15th, or the 22nd.
    const input = doc('Uppdrag: Eva Hessman – ring. Senast: nästa fre|dag');
    titles(input, ['Skriv 2024-03-15', 'Skriv 2024-03-22']);
    check(input, 'Skriv 2024-03-22', doc('Uppdrag: Eva Hessman – ring. Senast: 2024-03-22'));
    titles(doc('Action: Eva Hessman – call. Due: next |Monday'), ['Write 2024-03-11', 'Write 2024-03-18'], 'en');
    // Day and month in figures that make a date in either order.
    titles(joinLines('Minutes', 'Date: 2024-03-08', '', '1. Budget', 'Action: Eva – call. Due: 03/04/2024|'), ['Write 2024-04-03', 'Write 2024-03-04'], 'en');
  });

  it('offers nothing for a date that cannot be read or does not exist', () => {
    titles(doc('Uppdrag: Eva Hessman – ring. Senast: snart kan|ske'), []);
    titles(doc('Uppdrag: Eva Hessman – ring. Senast: 2024-02-3|0'), []);
  });
});

describe('code actions: robustness', () => {
  it('nothing where there is no diagnostic; never throws for any range', () => {
    titles(doc('Uppdrag: Eva Hessman – ring|'), []);
    const text = doc('Uppdrag: ta fram', 'Uppdrag: Eva Hesman – ring', 'Gull-Britt Eide får i uppdrag att ringa.', '3. X', '3. Y');
    const analysis = analyzeMinutes(text, { locale: 'sv' });
    for (let start = -1; start <= text.length + 1; start += 3) {
      for (const action of codeActions(analysis, { start, end: start + 7 }, { only: ['quickfix', 'source'] })) {
        assert.ok(action.edits.length > 0);
        applyEdits(text, action.edits);
      }
    }
  });
});
