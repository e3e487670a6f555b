import assert from 'node:assert/strict';
import { analyzeMinutes } from '../../server/src/core/analysis/analyze';
import { formatEdits } from '../../server/src/core/features/formatting';
import { meaningOf } from '../../server/src/core/features/formatMeaning';
import { applyTextEdits } from '../../server/src/core/features/textEdit';
import { minutesLexer } from '../../server/src/core/syntax/lexer';
import { SECTION_WORDS } from '../../server/src/core/syntax/keywords';

/**
 * Attendance lists as a Swedish secretary pastes them from Word and from PDFs: dash and glyph
 * bullets, leading separators, role-first table rows, the headings of a formal protokoll, page
 * markers, and "nobody" (`Frånvarande: Inga`). No line of a list may vanish silently, and no
 * bullet, role or page number may be taken for a name.
 */

function analyse(list: string, body = '1. A\n') {
  return analyzeMinutes(`Protokoll\nDatum: 2024-03-08\n\n${list}\n${body}`, { locale: 'sv' });
}

type Row = [name: string, organisation?: string, role?: string];

function rows(a: ReturnType<typeof analyse>, section = 0): Row[] {
  return (a.document.sections[section]?.attendees ?? []).map((x) => {
    const row: Row = [x.name.text];
    if (x.organisation || x.role) row.push(x.organisation?.text as string);
    if (x.role) row.push(x.role.text);
    return row;
  });
}

describe('attendee lines: dash bullets and leading separators', () => {
  it('reads a line that starts with an en or em dash bullet', () => {
    const a = analyse('NÄRVARANDE\n– Kim Ek, Tjörn (sjuk)\n— Bo Al, Ale\n–\tAnn Lind – Lerum\n', '1. A\nUppdrag: Kim Ek och Bo Al – ring.\n');
    assert.deepEqual(rows(a), [['Kim Ek', 'Tjörn'], ['Bo Al', 'Ale'], ['Ann Lind', 'Lerum']]);
    assert.deepEqual(a.document.sections[0]?.attendees[0]?.note?.free.map((f) => f.text), ['sjuk']);
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('skips empty fields before the name', () => {
    const a = analyse('NÄRVARANDE\n, Åke Berg\n,, Eva Berg, GR\n–Per Al, Ale\n', '1. A\nUppdrag: Åke Berg – ring.\n');
    assert.deepEqual(rows(a), [['Åke Berg'], ['Eva Berg', 'GR'], ['Per Al', 'Ale']]);
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('keeps the spans of the name and of the whole line', () => {
    const a = analyse('NÄRVARANDE\n– Kim Ek, Tjörn\n');
    const kim = a.document.sections[0]?.attendees[0];
    assert.equal(a.text.slice(kim?.name.span.start, kim?.name.span.end), 'Kim Ek');
    assert.equal(a.text.slice(kim?.span.start, kim?.span.end), '– Kim Ek, Tjörn');
  });

  it('keeps a line with a note and no name as an attendee rather than dropping it', () => {
    const a = analyse('NÄRVARANDE\n(S)\nEva Berg\n');
    assert.deepEqual(rows(a), [['(S)'], ['Eva Berg']]);
  });
});

describe('attendee lines: bullets pasted from Word', () => {
  it('strips glyph bullets with or without white space after them, and leading white space', () => {
    const a = analyse('NÄRVARANDE\n•Mia Bo\n·\tEva Berg\tGöteborg\no\tLo Lind, Ale\n▪\tAn Ek\n◦\tPer Al\n‣ Bo Ek\n∙Ola Sund\n\tTor Ek, Ale\n');
    assert.deepEqual(rows(a), [['Mia Bo'], ['Eva Berg', 'Göteborg'], ['Lo Lind', 'Ale'], ['An Ek'], ['Per Al'], ['Bo Ek'], ['Ola Sund'], ['Tor Ek', 'Ale']]);
  });

  it('takes an o for a bullet only before a tab', () => {
    const a = analyse('NÄRVARANDE\no Lind\nOla Sund\n');
    assert.deepEqual(rows(a), [['o Lind'], ['Ola Sund']]);
  });

  it('reads a note with a glyph bullet of its own as the note of the attendee above', () => {
    const a = analyse('NÄRVARANDE\n·\tAnna Lind\n·\t(från p 2)\n', '1. A\n2. B\n');
    assert.deepEqual(rows(a), [['Anna Lind']]);
    assert.equal(a.document.sections[0]?.attendees[0]?.note?.from?.number, 2);
  });
});

describe('attendee lines: role-first rows of a Word table', () => {
  it('reads the role from the first column and the name from the second', () => {
    const a = analyse('NÄRVARANDE\nOrdförande\tEva Berg (S)\nLedamot\tPer Ström (M)\nErsättare\tKim Ek (C)\nKassör\tBo Ek\tAle\n', '1. A\nUppdrag: Eva Berg och Per Ström – ring.\n');
    assert.deepEqual(rows(a), [['Eva Berg', undefined, 'Ordförande'], ['Per Ström', undefined, 'Ledamot'], ['Kim Ek', undefined, 'Ersättare'], ['Bo Ek', 'Ale', 'Kassör']]);
    assert.deepEqual(a.document.sections[0]?.attendees.map((x) => x.note?.free.map((f) => f.text)), [['S'], ['M'], ['C'], undefined]);
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('keeps the name first when the columns are not parted by tabs or both are roles', () => {
    const a = analyse('NÄRVARANDE\nLedamot, Per Ström\nOrdförande\tVice ordförande\n');
    assert.deepEqual(rows(a), [['Ledamot', 'Per Ström'], ['Ordförande', undefined, 'Vice ordförande']]);
  });

  it('knows kassör, vice kassör, revisor and auditor as roles', () => {
    const a = analyse('NÄRVARANDE\nEva Berg, kassör\nBo Ek, Vice kassör, Ale\nPer Al, revisor\nJane Smith, Auditor\n');
    assert.deepEqual(rows(a), [['Eva Berg', undefined, 'kassör'], ['Bo Ek', 'Ale', 'Vice kassör'], ['Per Al', undefined, 'revisor'], ['Jane Smith', undefined, 'Auditor']]);
  });
});

describe('attendance headings of a formal protokoll', () => {
  const cases: [heading: string, kind: string][] = [
    ['Beslutande ledamöter', 'present'],
    ['Ledamöter', 'present'],
    ['Övriga deltagande', 'others'],
    ['Närvarande tjänstepersoner', 'others'],
    ['Tjänstepersoner:', 'others'],
    ['Anmält förhinder', 'absent'],
    ['Frånvarande ersättare', 'absent'],
  ];
  for (const [heading, kind] of cases) {
    it(`opens a section with "${heading}"`, () => {
      const a = analyse(`${heading}\nEva Berg, GR\n`, '1. A\nUppdrag: Eva Berg – ring.\n');
      assert.equal(a.document.sections.length, 1);
      assert.equal(a.document.sections[0]?.kind, kind);
      assert.equal(a.document.sections[0]?.heading.text, heading);
      assert.deepEqual(rows(a), [['Eva Berg', 'GR']]);
      assert.deepEqual(a.document.preamble, []);
      assert.deepEqual(a.diagnostics.map((d) => d.code), kind === 'absent' ? ['absent-assignee'] : []);
    });
  }

  it('lexes every heading word as a section line', () => {
    for (const word of Object.values(SECTION_WORDS).flat()) {
      const { tokens } = minutesLexer.tokenize(`${word.toUpperCase()}\n`);
      assert.equal(tokens[0]?.tokenType.name, 'SectionLine', word);
    }
  });
});

describe('page markers copied from a PDF', () => {
  it('are not attendees', () => {
    const a = analyse('NÄRVARANDE\nEva Berg, GR\nSida 1 av 3\nSida 2 (4)\nPage 1 of 3\n- 2 -\n– 3 –\n2 (4)\nsida 3/4\nBo Ek, Ale\n');
    assert.deepEqual(rows(a), [['Eva Berg', 'GR'], ['Bo Ek', 'Ale']]);
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('do not keep a note on a line of its own from joining the attendee above', () => {
    const a = analyse('NÄRVARANDE\nPia Alhäll, Härryda\nSida 2 av 3\n(digitalt from p 2)\n', '1. A\n2. B\n');
    assert.deepEqual(rows(a), [['Pia Alhäll', 'Härryda']]);
    assert.equal(a.document.sections[0]?.attendees[0]?.note?.from?.number, 2);
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('leave names that merely hold a number alone', () => {
    const a = analyse('NÄRVARANDE\nSidan Berg\nPage Ek, Ale\n');
    assert.deepEqual(rows(a), [['Sidan Berg'], ['Page Ek', 'Ale']]);
  });
});

describe('nobody in an attendance section', () => {
  it('reads a section whose only line is Inga, Ingen, None or a dash as empty, quietly', () => {
    const a = analyse('NÄRVARANDE\nEva Berg\nFRÅNVARANDE\nInga\nERSÄTTARE\n–\nABSENT\nNone.\nADJUNGERADE\n- Ingen\nÖVRIGA NÄRVARANDE\n-\n', '1. A\nUppdrag: Eva Berg – ring.\n');
    assert.deepEqual(a.document.sections.map((s) => [s.kind, s.attendees.length]), [['present', 1], ['absent', 0], ['substitutes', 0], ['absent', 0], ['others', 0], ['others', 0]]);
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('keeps Inga as a person among other names, or with a note', () => {
    const a = analyse('NÄRVARANDE\nEva Berg\nInga\nFRÅNVARANDE\nInga (sjuk)\n');
    assert.deepEqual(rows(a), [['Eva Berg'], ['Inga']]);
    assert.deepEqual(rows(a, 1), [['Inga']]);
  });

  it('reads "Frånvarande: Inga" in the header as an empty absent section, without a diagnostic', () => {
    const a = analyse('Frånvarande: Inga\nNÄRVARANDE\nEva Berg\n', '1. A\nUppdrag: Eva Berg – ring.\n');
    assert.deepEqual(a.document.headerFields.map((f) => f.key.text), ['Datum']);
    assert.deepEqual(a.document.sections.map((s) => [s.kind, s.heading.text, s.attendees.length]), [['absent', 'Frånvarande', 0], ['present', 'NÄRVARANDE', 1]]);
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('reads "Frånvarande: Inga" under a list of names as an empty absent section after it', () => {
    const a = analyse('NÄRVARANDE\nEva Berg\nBo Ek\nFrånvarande: Inga\nErsättare: –\nAbsent: none\n', '1. A\nUppdrag: Eva Berg – ring.\n');
    assert.deepEqual(a.document.sections.map((s) => [s.kind, s.heading.text, s.attendees.map((x) => x.name.text)]), [
      ['present', 'NÄRVARANDE', ['Eva Berg', 'Bo Ek']],
      ['absent', 'Frånvarande', []],
      ['substitutes', 'Ersättare', []],
      ['absent', 'Absent', []],
    ]);
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('reads a heading followed by names on its line as that section, with those names', () => {
    const a = analyse('Frånvarande: Eva Berg\nNÄRVARANDE\nBo Ek\n');
    assert.deepEqual(a.document.sections.map((s) => [s.kind, s.attendees.map((x) => x.name.text)]), [['absent', ['Eva Berg']], ['present', ['Bo Ek']]]);
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });
});

describe('pasted attendance lists and the formatter', () => {
  it('formats them without changing what they say', () => {
    const a = analyse('Frånvarande: Inga\nNÄRVARANDE\n– Kim Ek, Tjörn\n, Åke Berg\n•Mia Bo\no\tLo Lind\nLedamot\tPer Ström (M)\nSida 1 av 3\nLEDAMÖTER\n-\n');
    const formatted = applyTextEdits(a.text, formatEdits(a));
    assert.equal(meaningOf(analyzeMinutes(formatted, { locale: 'sv' }).document), meaningOf(a.document));
    assert.deepEqual(rows(analyzeMinutes(formatted, { locale: 'sv' })), rows(a));
  });
});

describe('a note that says the person was absent', () => {
  const cases: [line: string, section: string][] = [
    ['Yvonne Åberg (anmält förhinder)', 'absent'],
    // Beside a party or a role, in a group of its own or after a comma.
    ['Yvonne Åberg (L) (anmält förhinder)', 'absent'],
    ['Yvonne Åberg (L, anmält förhinder)', 'absent'],
    ['Yvonne Åberg (L) (frånvarande)', 'absent'],
    ['Jane Smith (Treasurer; apologies)', 'absent'],
    // A note that names items says when the person was there.
    ['Yvonne Åberg (L) (frånvarande p 2)', 'present'],
    ['Yvonne Åberg (frånvarande, p 2)', 'present'],
    // Items named after words the reader does not know limit nothing, but they are still named.
    ['Yvonne Åberg (frånvarande, sjukanmäld p 2)', 'present'],
    ['Yvonne Åberg (L) (digitalt)', 'present'],
    ['Yvonne Åberg (förhinder för ordföranden)', 'present'],
  ];
  for (const [line, section] of cases) {
    it(`${line} → ${section}`, () => {
      const a = analyse(`NÄRVARANDE\n${line}\n`, '1. A\n2. B\nUppdrag: Yvonne – ring.\nAction: Jane – call.\n');
      const attendee = a.document.sections[0]?.attendees[0];
      assert.equal(attendee?.section, section);
      const absentCodes = a.diagnostics.filter((d) => d.code === 'absent-assignee').length;
      assert.equal(absentCodes, section === 'absent' ? 1 : 0);
    });
  }
});
