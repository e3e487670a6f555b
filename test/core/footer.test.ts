import assert from 'node:assert/strict';
import { parseMinutes } from '../../server/src/core/index';
import { keywordLang } from '../../server/src/core/syntax/keywordLookup';
import { joinLines } from '../helpers/expect';

/**
 * The footer of `lines` written after one item, read as one line per entry and note:
 * `recorder Name, Role`, `adjusters Name, Role; Name`, `note text`, in the order they are written.
 */
function footerOf(lines: readonly string[]): string[] {
  const text = joinLines('Protokoll', 'Datum: 2025-03-18', '', '1. Test', 'Text.', '', ...lines);
  const footer = parseMinutes(text).document.footer;
  if (!footer) return [];
  const entries = footer.entries.map((e) => ({ at: e.span.start, line: `${e.kind} ${e.persons.map((p) => p.name.text + (p.role ? `, ${p.role.text}` : '')).join('; ')}`.trimEnd() }));
  const notes = footer.notes.map((n) => ({ at: n.span.start, line: `note ${n.text}` }));
  return [...entries, ...notes].sort((a, b) => a.at - b.at).map((x) => x.line);
}

/** Each case: the footer's lines as written → the footer as read. */
type Case = readonly [lines: readonly string[], expected: readonly string[]];

function table(cases: readonly Case[]): void {
  for (const [lines, expected] of cases) assert.deepEqual(footerOf(lines), expected, lines.join(' / '));
}

describe('the footer (buildFooter)', () => {
  it('keywords: Vid anteckningarna, as Vid protokollet, with or without a colon', () => {
    table([
      [['Vid anteckningarna', '', 'Erika Sandahl'], ['recorder Erika Sandahl']],
      [['Vid anteckningarna: Erika Sandahl, sekreterare'], ['recorder Erika Sandahl, sekreterare']],
      [['Vid protokollet', 'Erika Sandahl'], ['recorder Erika Sandahl']],
    ]);
  });

  it('keywords: Respectfully submitted, the closing line of English minutes, alone on its line with or without a comma, or with a colon', () => {
    table([
      [['Respectfully submitted,', '', 'Tom Reed', 'Clerk'], ['recorder Tom Reed, Clerk']],
      [['Respectfully submitted', 'Tom Reed, Clerk'], ['recorder Tom Reed, Clerk']],
      [['RESPECTFULLY SUBMITTED ,', 'Tom Reed'], ['recorder Tom Reed']],
      [['Respectfully submitted: Tom Reed, Clerk'], ['recorder Tom Reed, Clerk']],
      // A comma after any keyword alone on its line, as after this one.
      [['Vid protokollet,', 'Erika Sandahl'], ['recorder Erika Sandahl']],
      // Does not change: the words in a sentence are no footer.
      [['Respectfully submitted to the council for approval.'], []],
      [['Respectfully submitted, with thanks, Tom Reed'], []],
    ]);
  });

  it('the keyword of Respectfully submitted, is read without its comma, and counts as English', () => {
    const text = joinLines('Minutes', 'Date: 2025-03-18', '', '1. Close', 'Text.', '', 'Respectfully submitted,', 'Tom Reed');
    const footer = parseMinutes(text).document.footer;
    assert.equal(footer?.entries[0]?.keyword.text, 'Respectfully submitted');
    const at = text.indexOf('Respectfully');
    const span = footer?.entries[0]?.keyword.span;
    assert.deepEqual([span?.start, span?.end], [at, at + 'Respectfully submitted'.length]);
    assert.equal(keywordLang('Respectfully submitted,'), 'en');
  });

  it('a place to sign (dots, an ellipsis, underscores) names nobody and is no part of a name: a note as written', () => {
    table([
      [['Vid protokollet', '', '……………', 'Jonas Wikström, sekreterare'], ['recorder Jonas Wikström, sekreterare', 'note ……………']],
      [['Antecknat av: ……………, Jonas Wikström, sekreterare'], ['recorder Jonas Wikström, sekreterare']],
      [['Justeras', '', '……………\t\t\t……………', 'Karin Ljungberg, ordförande\t\t\tAhmed Yusuf'], ['adjusters Karin Ljungberg, ordförande; Ahmed Yusuf', 'note ……………\t\t\t……………']],
      [['Justeras:', '.........................', 'Eva Berg'], ['adjusters Eva Berg', 'note .........................']],
      [['Justeras:', '______________', 'Eva Berg'], ['adjusters Eva Berg', 'note ______________']],
      // A label or a caption beside a place to sign names nobody either.
      [['Minutes taken by: Ann Bell, Clerk', 'Signed: ........... Chair', 'Date: ..........'], ['recorder Ann Bell, Clerk', 'note Signed: ........... Chair', 'note Date: ..........']],
      [['Approved: ……… (Chair)   Date: ………'], ['adjusters', 'note ……… (Chair)   Date: ………']],
      [['Approved:', 'Signed .............', 'Tom Reed'], ['adjusters Tom Reed', 'note Signed .............']],
      // Two dots or an underscore in a name are no place to sign.
      [['Justeras: J.R. Ewing, Anna_Berg'], ['adjusters J.R. Ewing; Anna_Berg']],
    ]);
  });

  it('names side by side (a tab run, three spaces or more) are people of their own; roles under or over them are theirs column by column', () => {
    table([
      [['Justeras', '', 'Eva Berg\t\t\tOla Ek', 'ordförande\t\t\tjusterare'], ['adjusters Eva Berg, ordförande; Ola Ek, justerare']],
      [['Justeras', '', 'ordförande\t\t\tjusterare', 'Eva Berg\t\t\tOla Ek'], ['adjusters Eva Berg, ordförande; Ola Ek, justerare']],
      [['Justeras', '', 'Karin Ljungberg, ordförande', '', 'Ahmed Yusuf                 Lena Holm'], ['adjusters Karin Ljungberg, ordförande; Ahmed Yusuf; Lena Holm']],
      [['Justeras', 'Karin Ljungberg, ordförande\t\t\tAhmed Yusuf'], ['adjusters Karin Ljungberg, ordförande; Ahmed Yusuf']],
      [['Justeras: Eva Berg\tOla Ek'], ['adjusters Eva Berg; Ola Ek']],
      // The examples of docs/language.md.
      [['Justeras', '', '……………………\t\t\t……………………', 'Eva Berg\t\t\tOla Ek', 'ordförande\t\t\tjusterare'], ['adjusters Eva Berg, ordförande; Ola Ek, justerare', 'note ……………………\t\t\t……………………']],
      [['Approved:', '______________________          ______________________', 'Tom Reed                        Ann Bell', 'Chair                           Vice chair'], ['adjusters Tom Reed, Chair; Ann Bell, Vice chair', 'note ______________________          ______________________']],
      // One role over one name, and a role column beside a name.
      [['Justeras', 'Ordförande', 'Eva Berg'], ['adjusters Eva Berg, Ordförande']],
      [['Justeras', 'Eva Berg\t\tordförande'], ['adjusters Eva Berg, ordförande']],
      // Roles that fit no names are kept as written.
      [['Justeras', 'ordförande\t\t\tjusterare'], ['adjusters', 'note ordförande\t\t\tjusterare']],
      // Does not change: names parted by one or two spaces are one name; one role under several names is the last one's.
      [['Justeras: Eva  Berg'], ['adjusters Eva  Berg']],
      [['Justeras: Pia Alhäll, Bengt Randén', 'ordförande'], ['adjusters Pia Alhäll; Bengt Randén, ordförande']],
      [['Vid protokollet', 'Jonas Wikström', 'sekreterare'], ['recorder Jonas Wikström, sekreterare']],
      [['Vid protokollet', 'Sekreterare', 'Jonas Wikström'], ['recorder Jonas Wikström, Sekreterare']],
    ]);
  });

  it('a line or value with a digit is never a name: a date after the names on the keyword line is a note', () => {
    table([
      [['Approved: April 19, 2025'], ['adjusters', 'note April 19, 2025']],
      [['Approved: Tom Reed (Chair) on 3 June 2025'], ['adjusters Tom Reed, Chair', 'note on 3 June 2025']],
      [['Justeras: Eva Berg, Per Ström 2025-03-20'], ['adjusters Eva Berg; Per Ström', 'note 2025-03-20']],
      [['Justerat: Lerum den 20 mars 2025'], ['adjusters', 'note Lerum den 20 mars 2025']],
      [['Antecknat av: Eva Berg, sekreterare, 2025-03-20'], ['recorder Eva Berg, sekreterare', 'note 2025-03-20']],
      [['Justeras:', 'Eva Berg', 'Göteborg 2025-03-20'], ['adjusters Eva Berg', 'note Göteborg 2025-03-20']],
      [['Justeras:', 'Eva Berg 2025-03-20'], ['adjusters', 'note Eva Berg 2025-03-20']],
    ]);
  });

  it('a role in parentheses after a name or on the line under it is that person\'s role, not one more approver', () => {
    table([
      [['Approved:', 'Tom Reed', '(Chairman)'], ['adjusters Tom Reed, Chairman']],
      [['Approved: Tom Reed', '(Chair)'], ['adjusters Tom Reed, Chair']],
      [['Approved:', '.............', 'Tom Reed', '(Chair)'], ['adjusters Tom Reed, Chair', 'note .............']],
      [['Minutes taken by: Gareth Llewellyn (Secretary)'], ['recorder Gareth Llewellyn, Secretary']],
      [['Approved: Tom Reed (Chairman), Ann Bell'], ['adjusters Tom Reed, Chairman; Ann Bell']],
      [['Minutes taken by:', 'Gareth Llewellyn', '(Secretary)'], ['recorder Gareth Llewellyn, Secretary']],
      // Under a place to sign and nobody's name, a caption is kept as written.
      [['Approved:', 'Signed .............................', '(Chairman)'], ['adjusters', 'note Signed .............................', 'note (Chairman)']],
      // Does not change: parentheses that hold no role stay with the name.
      [['Justeras: Pia Alhäll (M)'], ['adjusters Pia Alhäll (M)']],
    ]);
  });

  it('a footer keyword line that records a vote is a line of its item, and the text after it stays in the item', () => {
    const paragraphs = (text: string) => {
      const d = parseMinutes(text).document;
      return [...d.items.map((i) => `${i.number}: ${i.body.map((b) => (b.kind === 'paragraph' ? b.text : b.kind)).join(' | ')}`), ...(d.footer ? [`footer ${d.footer.entries.map((e) => e.keyword.text).join(', ')}`] : [])];
    };
    const cases: [lines: string[], expected: string[]][] = [
      [
        ['1. Opening', 'Noted.', '', '2. Budget', 'Motion to adopt the budget.', 'Approved: 7 in favour, 0 against, 1 abstention.', 'The treasurer will publish it.'],
        ['1: Noted.', '2: Motion to adopt the budget. Approved: 7 in favour, 0 against, 1 abstention. The treasurer will publish it.'],
      ],
      [['1. Budget', 'Approved: unanimously.', '', 'Minutes taken by: Ann Bell'], ['1: Approved: unanimously.', 'footer Minutes taken by']],
      [['§ 4 Budget', 'Justeras: 5 röster för, 2 emot', '§ 5 Avslutning', 'Text.', '', 'Justeras: Eva Berg'], ['4: Justeras: 5 röster för, 2 emot', '5: Text.', 'footer Justeras']],
      // Does not change: a footer keyword with names or a date begins the footer.
      [['1. Budget', 'Text.', 'Approved: April 19, 2025'], ['1: Text.', 'footer Approved']],
      [['1. Budget', 'Text.', 'Approved: Tom Reed', 'The end.'], ['1: Text.', 'footer Approved']],
    ];
    for (const [lines, expected] of cases) assert.deepEqual(paragraphs(joinLines('Minutes', '', ...lines)), expected, lines.join(' / '));
  });

  it('signature lines just above the footer keyword begin the footer, as notes in their place', () => {
    const read = (text: string) => {
      const d = parseMinutes(text).document;
      const last = d.items[d.items.length - 1];
      return { item: last?.body.map((b) => (b.kind === 'paragraph' ? b.text : b.kind)) ?? [], notes: d.footer?.notes.map((n) => n.text) ?? [] };
    };
    const cases: [lines: string[], item: string[], notes: string[]][] = [
      [['Tuesday 8 April 2025 at 7.30pm.', '', 'Signed ........................ Chair', 'Date ...........................', 'Minutes taken by: Peter Fenwick, Clerk'], ['Tuesday 8 April 2025 at 7.30pm.'], ['Signed ........................ Chair', 'Date ...........................']],
      [['Text.', 'Datum: ……………', '', '______________', 'Justeras: Eva Berg'], ['Text.'], ['Datum: ……………', '______________']],
      // Does not change: a sentence that trails off, more than three words beside the place, an action, a line with a digit stay in the item.
      [['The chair thanked everyone for coming.....', 'Minutes taken by: Ann Bell'], ['The chair thanked everyone for coming.....'], []],
      [['Text.', 'Signed: ........ Tom Reed and Ann Bell, Chair', 'Minutes taken by: Ann Bell'], ['Text. Signed: ........ Tom Reed and Ann Bell, Chair'], []],
      [['Action: Ann Bell – sign ..........', 'Minutes taken by: Ann Bell'], ['action'], []],
      [['Text.', 'Date 2025-04-01 ..........', 'Minutes taken by: Ann Bell'], ['Text. Date 2025-04-01 ..........'], []],
    ];
    for (const [lines, item, notes] of cases) assert.deepEqual(read(joinLines('Minutes', '', '1. Opening', 'Noted.', '', '2. Close', ...lines)), { item, notes }, lines.join(' / '));
    // A footer keyword that an item heading follows is no footer: the signature lines above it stay in their item.
    assert.deepEqual(read(joinLines('Minutes', '', '1. Minutes', 'Text.', '..........', 'Approved: the minutes of 11 February', '2. Budget', 'Text.')).notes, []);
  });
});
