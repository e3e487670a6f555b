import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMinutes } from '../../server/src/core/index';
import { generatedCstTypes } from '../../server/src/core/syntax/cstTypes';
import { dumpDocument } from '../helpers/dump';
import { expectFile, joinLines, root } from '../helpers/expect';

const fixtures = join(root, 'test/fixtures/parser');

describe('parser: golden models', () => {
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.minutes'))) {
    it(`${file} gives the model in ${file.replace(/\.minutes$/, '.model.txt')}`, () => {
      const text = readFileSync(join(fixtures, file), 'utf8');
      const { document, problems } = parseMinutes(text, { today: { year: 2024, month: 1, day: 1 } });
      const problemLines = problems.map((p) => `problem ${p.kind} @${p.span.start}-${p.span.end}`);
      expectFile(join(fixtures, file.replace(/\.minutes$/, '.model.txt')), dumpDocument(document, text) + problemLines.map((l) => `${l}\n`).join(''));
    });
  }

  it('cst.generated.ts is up to date with the grammar', () => {
    const path = join(root, 'server/src/core/syntax/cst.generated.ts');
    assert.equal(readFileSync(path, 'utf8'), generatedCstTypes(), 'run: npx tsx scripts/generate-cst-types.ts');
  });
});

/** Parses `input` and returns one summary line per recognised construct, for compact expectations. */
function check(input: string, expected: readonly string[]): void {
  const { document: d } = parseMinutes(input, { today: { year: 2024, month: 1, day: 1 } });
  const actual = [
    ...d.headerFields.map((f) => `field ${f.kind} ${JSON.stringify(f.value.text)}`),
    ...d.sections.flatMap((s) => s.attendees.map((a) => `${s.kind} ${a.name.text}|${a.organisation?.text ?? ''}|${a.role?.text ?? ''}`)),
    ...d.items.flatMap((i) => [
      `item ${i.number} ${JSON.stringify(i.title.text)}`,
      ...i.body.map((b) =>
        b.kind === 'action'
          ? `  action [${b.assignees.map((a) => a.name.text).join('; ')}] ${JSON.stringify(b.task?.text ?? null)}${b.deadline ? ` due ${b.deadline.date.text.text}` : ''}${b.status ? ` ${b.status.value}` : ''}`
          : b.kind === 'list'
            ? `  list ${b.entries.length}`
            : b.kind === 'decision'
              ? `  decision ${JSON.stringify(b.text.text)}`
              : `  ${b.kind}`,
      ),
    ]),
    ...(d.footer?.entries ?? []).map((e) => `footer ${e.kind} ${e.persons.map((p) => p.name.text + (p.role ? `, ${p.role.text}` : '')).join('; ')}`),
  ];
  assert.deepEqual(actual, expected);
}

describe('parser: constructs', () => {
  it('reads an action with several assignees, a task and a deadline', () => {
    check(joinLines('1. A', 'Uppdrag: Gitte Caous, Rickard Vidlund och Maria Reinholdsson – ta fram förslag. Senast: 2024-05-31'), [
      'item 1 "A"',
      '  action [Gitte Caous; Rickard Vidlund; Maria Reinholdsson] "ta fram förslag." due 2024-05-31',
    ]);
  });

  it('accepts an em dash, a spaced hyphen, "and" and "&"', () => {
    check(joinLines('1. A', 'Action: Eva and Tina — call them', 'Action: Eva & Tina - write it. Due: 15 May 2024'), [
      'item 1 "A"',
      '  action [Eva; Tina] "call them"',
      '  action [Eva; Tina] "write it." due 15 May 2024',
    ]);
  });

  it('keeps a hyphenated word in a task whole (no spaces, no separator)', () => {
    check(joinLines('1. A', 'Uppdrag: Gull-Britt Eide – följ upp AI-uppdraget'), ['item 1 "A"', '  action [Gull-Britt Eide] "följ upp AI-uppdraget"']);
  });

  it('reads Ansvarig:, Senast: and Status: continuation lines', () => {
    check(joinLines('1. A', 'Uppdrag: ta fram agenda', '  Ansvarig: Eva, Tina', 'Senast: 14 juni', 'Status: klar'), [
      'item 1 "A"',
      '  action [Eva; Tina] "ta fram agenda" due 14 juni done',
    ]);
  });

  it('treats an action without separator as having no assignee', () => {
    check(joinLines('1. A', 'Uppdrag: Eva Hessman'), ['item 1 "A"', '  action [] "Eva Hessman"']);
  });

  it('treats indented numbered lines as a numbered list in the body, not as items', () => {
    check(joinLines('1. A', '  2. not an item', '3. B'), ['item 1 "A"', '  list 1', 'item 3 "B"']);
  });

  it('reads § items and header fields in both languages', () => {
    check(joinLines('Protokoll', 'Datum: 2024-03-08', 'Location: Hall', '§ 4 Val', '§5. Budget'), [
      'field date "2024-03-08"',
      'field place "Hall"',
      'item 4 "Val"',
      'item 5 "Budget"',
    ]);
  });

  it('reads item numbers up to six digits', () => {
    check(joinLines('9999. A', '10000. B', '123456. C'), ['item 9999 "A"', 'item 10000 "B"', 'item 123456 "C"']);
  });

  it('reads attendees with organisation, role and a bullet', () => {
    check(joinLines('PRESENT:', '- Jane Smith, Finance, Chair', 'Omar Khan (remote)', '', 'ABSENT', 'Kalle Berg'), [
      'present Jane Smith|Finance|Chair',
      'present Omar Khan||',
      'absent Kalle Berg||',
    ]);
  });

  it('keeps a comment above the title, and the title', () => {
    const { document } = parseMinutes(joinLines('// utkast', 'Protokoll', 'Datum: 2024-03-08'));
    assert.equal(document.title?.text, 'Protokoll');
    assert.equal(document.comments[0]?.text.text, 'utkast');
  });

  it('reads a known header field inside a section as a field, and goes on with the section', () => {
    // `Gäst: Kalle Berg`, no known field, is a group and its people (`groupInto`).
    check(joinLines('NÄRVARANDE', 'Eva Hessman', 'Gäst: Kalle Berg', 'Justerare: Eva Hessman', 'Pia Alhäll', 'FRÅNVARANDE', 'Tina Eide'), [
      'field adjusters "Eva Hessman"',
      'present Eva Hessman||',
      'present Kalle Berg|Gäst|',
      'present Pia Alhäll||',
      'absent Tina Eide||',
    ]);
  });

  it('reads a known role word after the name as the role, wherever it stands', () => {
    check(joinLines('NÄRVARANDE', 'Maria Standar, sekreterare', 'Eva Hessman, Göteborg, ordförande', 'Pia Alhäll, ordförande, Härryda'), [
      'present Maria Standar||sekreterare',
      'present Eva Hessman|Göteborg|ordförande',
      'present Pia Alhäll|Härryda|ordförande',
    ]);
  });

  it('reads a note with nested parentheses whole', () => {
    const { document, problems } = parseMinutes(joinLines('NÄRVARANDE', 'Pia Alhäll, Härryda (digitalt (Teams) from p 4)'));
    assert.deepEqual(problems, []);
    assert.equal(document.sections[0]?.attendees[0]?.note?.text.text, 'digitalt (Teams) from p 4');
    assert.equal(document.sections[0]?.attendees[0]?.organisation?.text, 'Härryda');
  });

  it('reads a footer whose value stands on the following lines', () => {
    check(joinLines('1. A', 'Text.', 'Antecknat av:', '', 'Therese Tanner', '', 'Förbundssekreterare'), [
      'item 1 "A"',
      '  paragraph',
      'footer recorder Therese Tanner, Förbundssekreterare',
    ]);
  });

  it('tells a double-spaced document (copied from a PDF) from short paragraphs', () => {
    const spaced = (text: string) => parseMinutes(text).document.doubleSpaced;
    assert.equal(spaced(readFileSync(join(root, '../shared/reference/000_13f9851aec9c8325.txt'), 'utf8')), true);
    assert.equal(spaced(joinLines('1. A', 'Text one.', '', 'Text two.', '', 'Text three.', '', 'Text four.', '', 'Five.')), false);
    assert.equal(spaced(joinLines('1. A', 'The group discussed', '', 'the budget and', '', 'agreed to', '', 'meet again.')), true);
    assert.equal(spaced(joinLines('1. A', 'The group discussed', 'the budget and', 'agreed to meet.', '', 'More text', 'wrapped here.')), false);
  });

  it('in a double-spaced document one empty line joins lines, and a line of white space or two blank lines part paragraphs', () => {
    const paragraphs = (text: string) => (parseMinutes(text).document.items[0]?.body ?? []).map((b) => (b.kind === 'paragraph' ? b.text : b.kind));
    const spaced = ['1. A', 'The group discussed', '', 'the budget and', '', 'agreed to', '', 'meet again.'];
    assert.deepEqual(paragraphs(joinLines(...spaced, ' ', 'Second paragraph', '', 'goes on.', '', '', 'Third paragraph', '', 'ends here.')), [
      'The group discussed the budget and agreed to meet again.',
      'Second paragraph goes on.',
      'Third paragraph ends here.',
    ]);
    // A comment parts the lines around it whatever the blank lines.
    assert.deepEqual(paragraphs(joinLines(...spaced, '', '// note', '', 'another paragraph.')), ['The group discussed the budget and agreed to meet again.', 'comment', 'another paragraph.']);
    // Blank lines at the item's start and end change nothing.
    assert.deepEqual(paragraphs(joinLines('1. A', ' ', '', ...spaced.slice(1), '', ' ', '', '2. B')), ['The group discussed the budget and agreed to meet again.']);
    // Written normally, one blank line parts paragraphs.
    assert.deepEqual(paragraphs(joinLines('1. A', 'One line.', '', 'Another.')), ['One line.', 'Another.']);
  });

  it('a decision keyword alone on its line takes the lines below it, indented or not, up to a blank line', () => {
    check(joinLines('§ 7 Förslag', 'Beslut:', 'Kommunstyrelsen beslutar', 'att avslå förslaget.', '', 'Nästa stycke.', '§ 8 B', 'Beslut: Noteras.', 'Ny rad.'), [
      'item 7 "Förslag"',
      '  decision "Kommunstyrelsen beslutar att avslå förslaget."',
      '  paragraph',
      'item 8 "B"',
      '  decision "Noteras."',
      '  paragraph',
    ]);
    check(joinLines('§ 7 Förslag', 'Beslut:', '- att avslå förslaget,', '- att ge förvaltningen i uppdrag att svara.', '', 'Nästa stycke.'), [
      'item 7 "Förslag"',
      '  decision "att avslå förslaget, att ge förvaltningen i uppdrag att svara."',
      '  paragraph',
    ]);
  });

  it('a footer keyword with an item heading below it is a line of its item or header, not the footer', () => {
    check(
      joinLines('Minutes', 'Minutes taken by: Omar Khan', 'PRESENT', 'Jane Smith', '1. Minutes', 'Approved: proposed by Jane Smith.', '2. Budget', 'Action: Jane Smith – draft', '', 'Approved: Jane Smith', 'Chair'),
      [
        'field other "Omar Khan"',
        'present Jane Smith||',
        'item 1 "Minutes"',
        '  paragraph',
        'item 2 "Budget"',
        '  action [Jane Smith] "draft"',
        'footer adjusters Jane Smith, Chair',
      ],
    );
    // Below a footer keyword only a heading that takes the items up again counts: numbered lines
    // of a signature block and a date such as `20. mars 2025` stay in the footer.
    check(joinLines('6. A', 'Text', '7. B', 'Text', '', 'Approved by:', '1. Jane Smith', '2. Tom Reed'), ['item 6 "A"', '  paragraph', 'item 7 "B"', '  paragraph', 'footer adjusters ']);
    check(joinLines('1. A', 'Text', '', 'Justeras:', 'Lerum', '20. mars 2025'), ['item 1 "A"', '  paragraph', 'footer adjusters Lerum']);
    // After a keyword line in words of a sentence the items go on whatever the numbering.
    check(joinLines('1. Opening', '2. Minutes', 'Approved: the minutes of 11 February', '2. Budget', 'Action: Jane Smith – draft'), ['item 1 "Opening"', 'item 2 "Minutes"', '  paragraph', 'item 2 "Budget"', '  action [Jane Smith] "draft"']);
    // A signature list that reaches the next number stays whole in the footer.
    check(joinLines('1. A', 'Text', '2. B', 'Text', '', 'Approved by:', '1. Jane Smith', '2. Omar Khan', '3. Lucy Brown'), ['item 1 "A"', '  paragraph', 'item 2 "B"', '  paragraph', 'footer adjusters ']);
    assert.deepEqual(parseMinutes(joinLines('1. A', 'Text', '2. B', 'Text', '', 'Approved by:', '1. Jane Smith', '2. Omar Khan', '3. Lucy Brown')).problems, []);
    // A date under a footer keyword in minutes numbered with § is no item, even numbered one past the last.
    check(joinLines('§ 18 A', 'Text', '§ 19 Budget', 'Text', '', 'Justeras', '20. mars 2025', 'Eva Berg'), ['item 18 "A"', '  paragraph', 'item 19 "Budget"', '  paragraph', 'footer adjusters Eva Berg']);
    const { document } = parseMinutes(joinLines('1. A', 'Approved: the minutes.', '2. B', 'Text'));
    assert.equal(document.footer, undefined);
    assert.deepEqual(document.items.map((i) => i.number), [1, 2]);
    // A body line as the lexer reads it without footer keywords: a `Key:` line of text.
    const [paragraph] = document.items[0]?.body ?? [];
    assert.equal(paragraph?.kind === 'paragraph' ? paragraph.text : '', 'Approved: the minutes.');
  });

  it('a role after an adjuster on the keyword line is that adjuster\'s role, not one more adjuster', () => {
    check(joinLines('1. A', 'Text', '', 'Approved: Lisa Chow, Chair'), ['item 1 "A"', '  paragraph', 'footer adjusters Lisa Chow, Chair']);
    check(joinLines('1. A', 'Text', '', 'Justeras: Eva Berg, ordförande, Per Ström'), ['item 1 "A"', '  paragraph', 'footer adjusters Eva Berg, ordförande; Per Ström']);
    check(joinLines('1. A', 'Text', '', 'Justeras: Chair'), ['item 1 "A"', '  paragraph', 'footer adjusters Chair']);
  });

  it('an action\'s task wrapped onto a line in lower case, as a PDF wraps it, goes on there, deadline included', () => {
    check(
      joinLines(
        '§ 4 Plan',
        'Uppdrag: Hanna Strömgren – återkomma med en tid-',
        'plan. Senast: 2025-04-15',
        'Uppdrag: Eva Berg – ring kommunen',
        'och boka ett möte.',
        'Uppdrag: Eva Berg – ring kommunen.',
        'nästa stycke.',
        'Uppdrag: Eva Berg – skriv AI-',
        'Policy ska tas fram.',
        'Uppdrag: Eva Berg – ring. Senast: 2025-05-01',
        'och mer text.',
      ),
      [
        'item 4 "Plan"',
        '  action [Hanna Strömgren] "återkomma med en tidplan." due 2025-04-15',
        '  action [Eva Berg] "ring kommunen och boka ett möte."',
        '  action [Eva Berg] "ring kommunen."',
        '  paragraph',
        '  action [Eva Berg] "skriv AI-"',
        '  paragraph',
        '  action [Eva Berg] "ring." due 2025-05-01',
        '  paragraph',
      ],
    );
  });

  it('a footer keyword alone on its line, without a colon, begins the footer as a signature block does', () => {
    check(joinLines('§ 7 Avslutning', 'Mötet avslutas.', '', 'Vid protokollet', '', 'Anna Andersson', '', 'Justeras', '', 'Eva Berg', 'Ordförande'), [
      'item 7 "Avslutning"',
      '  paragraph',
      'footer recorder Anna Andersson',
      'footer adjusters Eva Berg, Ordförande',
    ]);
    // `Approved` alone is no footer: a matter's last word may be just that.
    const { document } = parseMinutes(joinLines('1. Minutes of the last meeting', 'Approved', '2. Budget', 'Text.', 'Approved'));
    assert.equal(document.footer, undefined);
    // Nor is a footer word with more on the line and no colon.
    assert.equal(parseMinutes(joinLines('1. A', 'Justeras vid nästa möte.')).document.footer, undefined);
  });

  it('reads CRLF line ends and a BOM', () => {
    check('\ufeffAnteckningar\r\nDatum: 2024-03-08\r\n\r\n1. A\r\nBeslut: Ja.\r\n', ['field date "2024-03-08"', 'item 1 "A"', '  decision "Ja."']);
  });

  it('recognises keywords typed in decomposed Unicode (NFD)', () => {
    check(joinLines('NA\u0308RVARANDE', 'Eva Hessman'), ['present Eva Hessman||']);
  });
});
