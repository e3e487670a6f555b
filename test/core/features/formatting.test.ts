import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeMinutes, formatEdits } from '../../../server/src/core/index';
import { applyEdits } from '../../helpers/edits';
import { joinLines, root } from '../../helpers/expect';

const TODAY = { year: 2024, month: 3, day: 1 };

function format(text: string, range?: { start: number; end: number }): string {
  const analysis = analyzeMinutes(text, { locale: 'sv', today: TODAY });
  return applyEdits(text, formatEdits(analysis, range ? { range } : {}));
}

/** The one call site for inline cases: the formatted text. */
function check(input: string, expected: string): void {
  assert.equal(format(input), expected);
}

/** The words of a text, bullets and dashes aside: formatting must keep this sequence exactly. */
function words(text: string): string[] {
  return text.replace(/[-–—•*]/g, ' ').split(/\s+/).filter(Boolean);
}

describe('formatting: inside lines', () => {
  it('normalises bullets, the action dash, colons, line ends', () => {
    check(
      joinLines('Anteckningar  ', 'Datum:   2024-03-08', 'NÄRVARANDE', '•  Eva Hessman, Göteborg', '* Pia Alhäll', '', '1. Budget\t', '*   en punkt', '  •\tindragen punkt', 'Uppdrag:  Eva Hessman—ring kommunen. Senast:   2024-04-01', '  Ansvarig:\tPia Alhäll', '  Status:   pågår', 'Beslut:    Godkänt.', 'Uppdrag: Eva Hessman   -   ring', '', 'Antecknat av:   Eva Hessman'),
      joinLines('Anteckningar', 'Datum: 2024-03-08', '', 'NÄRVARANDE', '- Eva Hessman, Göteborg', '- Pia Alhäll', '', '1. Budget', '- en punkt', '  - indragen punkt', 'Uppdrag: Eva Hessman – ring kommunen. Senast: 2024-04-01', '  Ansvarig: Pia Alhäll', '  Status: pågår', 'Beslut: Godkänt.', 'Uppdrag: Eva Hessman – ring', '', 'Antecknat av: Eva Hessman', ''),
    );
  });

  it('leaves a dash at the end of an action line (task below) and numbered entries alone', () => {
    check(joinLines('1. Budget', 'Uppdrag: Eva Hessman   —  ', '  ring kommunen', '  1) första', '  2. andra'), joinLines('1. Budget', 'Uppdrag: Eva Hessman –', '  ring kommunen', '  1) första', '  2. andra', ''));
  });

  it('does not touch dashes and colons in ordinary text', () => {
    const text = joinLines('1. Budget', 'SKR:   inget nytt - men  kanske', 'Text — med tankstreck.', '');
    check(text, text);
  });
});

describe('formatting: blank lines', () => {
  it('at most one blank line, one before every item heading, none at the start or end, a final line break', () => {
    check(
      joinLines('', '', 'Anteckningar', '', '', '', 'Datum: 2024-03-08', 'NÄRVARANDE', 'Eva Hessman', '1. Budget', 'Text.', '', '', '', 'Mer text.', '2. Övrigt', 'Text.', '', '', ''),
      joinLines('Anteckningar', '', 'Datum: 2024-03-08', '', 'NÄRVARANDE', 'Eva Hessman', '', '1. Budget', 'Text.', '', 'Mer text.', '', '2. Övrigt', 'Text.', ''),
    );
  });

  it('puts one blank line before each item even when the paragraphs are one line each', () => {
    // Short paragraphs separated by blank lines are not a double-spaced document: nothing merges.
    check(joinLines('1. A', 'x.', '', '', 'y.', '2. B', 'z.', '', 'w.', '3. C', 'q.', '', 'r.  '), joinLines('1. A', 'x.', '', 'y.', '', '2. B', 'z.', '', 'w.', '', '3. C', 'q.', '', 'r.', ''));
  });

  it('keeps CRLF and a BOM', () => {
    check('\uFEFFAnteckningar  \r\n\r\n\r\n1. Budget\r\nText.', '\uFEFFAnteckningar\r\n\r\n1. Budget\r\nText.\r\n');
  });

  it('a double-spaced document (copied from a PDF) becomes single-spaced; its paragraph breaks stay', () => {
    const pdf = joinLines(' Anteckningar ', '', 'NÄRVARANDE ', '', 'Eva Hessman, Göteborg ', '', 'Pia Alhäll, Härryda ', '', '1. Budget ', '', 'Första raden ', '', 'andra raden. ', '', ' ', '', 'Nytt stycke ', '', 'fortsätter. ', '', '- punkt ett ', '', 'fortsätter ', '', '2. Övrigt ', '', 'Uppdrag: Eva Hessman – ring ', '', 'Senast: 2024-04-01 ', '', 'Antecknat av: ', '', 'Eva Hessman ', '');
    check(pdf, joinLines(' Anteckningar', '', 'NÄRVARANDE', 'Eva Hessman, Göteborg', 'Pia Alhäll, Härryda', '', '1. Budget', 'Första raden', 'andra raden.', '', 'Nytt stycke', 'fortsätter.', '- punkt ett', 'fortsätter', '', '2. Övrigt', 'Uppdrag: Eva Hessman – ring', 'Senast: 2024-04-01', '', 'Antecknat av:', 'Eva Hessman', ''));
  });

  it('an empty or blank document', () => {
    check('', '');
    check('  \n\n', '');
  });
});

describe('formatting: range', () => {
  it('changes only inside the lines of the range, never blank lines', () => {
    const text = joinLines('Anteckningar  ', '', '', '1. Budget  ', '*  punkt  ', 'Text  ');
    const start = text.indexOf('*');
    assert.equal(format(text, { start, end: start + 2 }), joinLines('Anteckningar  ', '', '', '1. Budget  ', '- punkt', 'Text  '));
  });
});

/** Every `.minutes` file of the fixtures and examples, and the raw reference minutes. */
function corpus(): { name: string; text: string }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.minutes')) files.push(path);
    }
  };
  walk(join(root, 'test/fixtures'));
  walk(join(root, 'examples'));
  const reference = join(root, '../shared/reference/000_13f9851aec9c8325.txt');
  if (existsSync(reference)) files.push(reference);
  return files.map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }));
}

describe('formatting: never changes the words, on every fixture', () => {
  for (const { name, text } of corpus()) {
    it(`${name}`, () => {
      const formatted = format(text);
      assert.deepEqual(words(formatted), words(text), 'the words changed');
      assert.equal(format(formatted), formatted, 'formatting twice changes more');
      // The same findings on the same text: the meaning did not move.
      const findings = (t: string) => analyzeMinutes(t, { locale: 'en', today: TODAY }).diagnostics.map((d) => `${d.code} ${JSON.stringify(t.slice(d.span.start, d.span.end))}`);
      assert.deepEqual(findings(formatted), findings(text));
    });
  }

  it('the raw reference minutes come out single-spaced', () => {
    const reference = corpus().find((c) => c.name.includes('reference-raw'));
    assert.ok(reference, 'the corpus holds the raw reference');
    const formatted = format(reference.text);
    assert.ok(!/\n\n\n/.test(formatted));
    assert.ok(formatted.split('\n').length < reference.text.split('\n').length * 0.7, 'blank lines between wrapped lines are gone');
    assert.ok(formatted.includes('Uppdraget ska avrapporteras i sin helhet i april. De efterföljande\ndiskussionerna handlar'));
  });
});
