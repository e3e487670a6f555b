import assert from 'node:assert/strict';
import { analyzeMinutes } from '../../server/src/core/analysis/analyze';

/**
 * Minutes pasted from a word processor or a PDF: non-breaking spaces inside keywords, invisible
 * characters, tabs between fields, notes wrapped onto a line of their own. Each reads as the
 * plain text it looks like.
 */
function analyse(text: string) {
  return analyzeMinutes(text, { locale: 'en' });
}

describe('text pasted from word processors and PDFs', () => {
  it('reads keywords of several words with a non-breaking space between them', () => {
    const a = analyse('Protokoll\nDatum: 2024-03-08\n\nÖVRIGA\u00a0NÄRVARANDE\nEva Berg, GR\n\n1. A\nUppdrag: Eva Berg – ring.\n\nAntecknat\u00a0av: Eva Berg\n');
    assert.equal(a.document.sections.length, 1);
    assert.equal(a.document.sections[0]?.attendees[0]?.name.text, 'Eva Berg');
    assert.equal(a.document.footer?.entries[0]?.kind, 'recorder');
    assert.equal(a.document.footer?.entries[0]?.persons[0]?.name.text, 'Eva Berg');
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });
});

describe('attendance notes wrapped onto a line of their own', () => {
  it('adds the note to the attendee above, facts and free text', () => {
    const a = analyse('Protokoll\nDatum: 2024-03-08\n\nNÄRVARANDE\nPia Alhäll, Härryda\n(digitalt from p 2)\nEva Berg, GR (ordförande)\n(sjukskriven)\n\n1. A\nUppdrag: Pia Alhäll – ring.\n2. B\n');
    const [pia, eva, ...rest] = a.document.sections[0]?.attendees ?? [];
    assert.equal(rest.length, 0, 'no attendee made of a note');
    assert.equal(pia?.note?.remote, true);
    assert.equal(pia?.note?.from?.number, 2);
    assert.equal(pia?.span.end, a.text.indexOf('(digitalt from p 2)') + '(digitalt from p 2)'.length);
    // `(ordförande)`, a role word alone in parentheses, is her role; the wrapped note is her note.
    assert.equal(eva?.role?.text, 'ordförande');
    assert.deepEqual(eva?.note?.free.map((f) => f.text), ['sjukskriven']);
    // Pia was not there at item 1: the wrapped note counts.
    assert.deepEqual(a.diagnostics.map((d) => d.code), ['assignee-not-present']);
  });

  it('reads a wrapped note that says the person was not there as absence', () => {
    const a = analyse('Protokoll\nDatum: 2024-03-08\n\nNÄRVARANDE\nPia Alhäll, Härryda\n(anmält förhinder)\n\n1. A\n');
    assert.equal(a.document.sections[0]?.attendees[0]?.section, 'absent');
  });

  it('reads a name after a note that stands first, and a bulleted note under a bulleted attendee', () => {
    const a = analyse('Protokoll\nDatum: 2024-03-08\n\nNÄRVARANDE\n(M) Per Ström\n(digitalt) Bo Ek, Ale\n- Anna Lind\n- (från p 2)\n\n1. A\n2. B\n');
    const people = a.document.sections[0]?.attendees ?? [];
    assert.deepEqual(people.map((x) => [x.name.text, x.organisation?.text]), [['Per Ström', undefined], ['Bo Ek', 'Ale'], ['Anna Lind', undefined]]);
    assert.deepEqual(people[0]?.note?.free.map((f) => f.text), ['M']);
    assert.equal(people[1]?.note?.remote, true);
    assert.equal(people[2]?.note?.from?.number, 2);
  });

  it('reads a note broken inside its parentheses onto the next line', () => {
    const a = analyse('Protokoll\nDatum: 2024-03-08\n\nNÄRVARANDE\nPia Alhäll, Härryda (digitalt from\np 2)\nEva Berg, GR (anmält\nförhinder)\nBo Ek, Ale (digitalt\n\n1. A\n2. B\n');
    const [pia, eva, bo, ...rest] = a.document.sections[0]?.attendees ?? [];
    assert.equal(rest.length, 0);
    assert.deepEqual([pia?.note?.remote, pia?.note?.from?.number, pia?.organisation?.text], [true, 2, 'Härryda']);
    assert.equal(eva?.section, 'absent');
    assert.equal(bo?.note?.remote, true);
    // Only the note that stays open is reported.
    assert.deepEqual(a.diagnostics.map((d) => [d.code, a.lineIndex.positionAt(d.span.start).line]), [['syntax-error', 8]]);
  });

  it('reads a note wrapped over 50,000 lines in one pass', function () {
    // Read line by line and merged each time, this took minutes (the square of the lines).
    this.timeout(20_000);
    const a = analyse(`Protokoll\nDatum: 2024-03-08\n\nNÄRVARANDE\nPia Alhäll, Härryda\n${'(digitalt)\n'.repeat(50_000)}(från p 2)\n\n1. A\n2. B\n`);
    const pia = a.document.sections[0]?.attendees[0];
    assert.equal(a.document.sections[0]?.attendees.length, 1);
    assert.equal(pia?.note?.from?.number, 2);
    assert.equal(pia?.note?.remote, true);
  });

  it('reports a wrapped note without its closing parenthesis', () => {
    const a = analyse('Protokoll\nDatum: 2024-03-08\n\nNÄRVARANDE\nPia Alhäll, Härryda\n(digitalt from p 2\n\n1. A\n2. B\n');
    assert.deepEqual(a.diagnostics.map((d) => d.code), ['syntax-error']);
    assert.equal(a.document.sections[0]?.attendees.length, 1);
  });
});

describe('invisible characters', () => {
  it('does not let a zero-width space, a soft hyphen or a direction mark tell two names apart', () => {
    const a = analyse('Protokoll\nDatum: 2024-03-08\n\nNÄRVARANDE\n\u200bBengt Randén, GR\nAnna Lind\u00adqvist, Ale\n\n1. A\nUppdrag: Bengt Randén – ring.\nUppdrag: Anna Lindqvist – skriv.\nUppdrag: Bengt\u200e Randén – läs. Senast: 2024-04-15\u200b\n');
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('reads an item heading after a byte-order mark or a zero-width space, as when two files are joined', () => {
    const a = analyse('Protokoll\nDatum: 2024-03-08\n\n1. Ett\nText.\n\ufeff2. Två\nText.\n\u200b3. Tre\nText.\n');
    assert.deepEqual(a.document.items.map((item) => [item.number, item.title.text]), [[1, 'Ett'], [2, 'Två'], [3, 'Tre']]);
    const three = a.document.items[2];
    assert.equal(a.text.slice(three?.numberNode.span.start, three?.numberNode.span.end), '3');
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });
});

describe('attendee lines pasted from a table', () => {
  it('parts fields at tabs, a run of tabs being one separator', () => {
    const a = analyse('Protokoll\nDatum: 2024-03-08\n\nNÄRVARANDE\nEva Hessman\tGöteborg\tordförande\nPer Ström\t\tAle \t(digitalt)\n\n1. A\nUppdrag: Eva Hessman och Per Ström – ring.\n');
    const [eva, per] = a.document.sections[0]?.attendees ?? [];
    assert.deepEqual([eva?.name.text, eva?.organisation?.text, eva?.role?.text], ['Eva Hessman', 'Göteborg', 'ordförande']);
    assert.deepEqual([per?.name.text, per?.organisation?.text, per?.note?.remote], ['Per Ström', 'Ale', true]);
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('reads a tab as a space in a line typed with a tab for every space', () => {
    const a = analyse('Protokoll\nDatum: 2024-03-08\n\nNÄRVARANDE\nPia\tAlhäll,\tHärryda\nEva\tHessman\n\n1. A\nUppdrag: Eva Hessman och Pia Alhäll – ring.\n');
    const [pia, eva] = a.document.sections[0]?.attendees ?? [];
    assert.deepEqual([pia?.name.text, pia?.organisation?.text, eva?.name.text, eva?.organisation], ['Pia\tAlhäll', 'Härryda', 'Eva\tHessman', undefined]);
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('keeps the organisation beside a tab next to a comma, a dash or a note, and reads a note with spaces in a tab-for-space line', () => {
    const a = analyse('Protokoll\nDatum: 2024-03-08\n\nNÄRVARANDE\nBo Ek,\tAle\nEva Hessman\t, Göteborg\nPia Alhäll –\tHärryda\nOla Sund\t(digitalt)\tKungälv\nEva\tBerg\t(digitalt from p 2)\n\n1. A\n2. B\n');
    assert.deepEqual(
      a.document.sections[0]?.attendees.map((x) => [x.name.text, x.organisation?.text, x.role?.text]),
      [['Bo Ek', 'Ale', undefined], ['Eva Hessman', 'Göteborg', undefined], ['Pia Alhäll', 'Härryda', undefined], ['Ola Sund', 'Kungälv', undefined], ['Eva\tBerg', undefined, undefined]],
    );
    assert.equal(a.document.sections[0]?.attendees[4]?.note?.from?.number, 2);
  });
});

describe('header fields laid out in a table, a tab for the colon', () => {
  /** Each header field as `kind key = value`, the meeting date, the attendees and the diagnostics' codes. */
  function header(text: string) {
    const a = analyse(text);
    return {
      fields: a.document.headerFields.map((f) => `${f.kind} ${f.key.text} = ${f.value.text}`),
      date: a.meetingDate ? `${a.meetingDate.year}-${a.meetingDate.month}-${a.meetingDate.day}` : '-',
      attendees: a.document.sections.flatMap((s) => s.attendees.map((x) => x.name.text)),
      codes: a.diagnostics.map((d) => d.code),
    };
  }

  it('reads the fields of when and where, and `Utses att justera`, in the header and among the attendees', () => {
    const text = [
      'KULTUR- OCH FRITIDSNÄMNDEN', 'Sammanträdesdatum\t2025-04-08', 'Plats och tid\tKulturhuset Forum, kl. 17.30–19.45', '',
      'Beslutande', 'Anna Karlsson (S), ordförande', '', 'Utses att justera\t\tJohan Persson', '', '§ 23 Val av justerare', 'Antogs.', '',
    ].join('\n');
    assert.deepEqual(header(text), {
      fields: ['date Sammanträdesdatum = 2025-04-08', 'timeAndPlace Plats och tid = Kulturhuset Forum, kl. 17.30–19.45', 'adjusters Utses att justera = Johan Persson'],
      date: '2025-4-8',
      attendees: ['Anna Karlsson'],
      codes: [],
    });
  });

  it('keeps a role before a name in an attendance table an attendee, and other tabbed lines as they were', () => {
    const text = ['Protokoll', 'Datum: 2025-04-08', 'Budget\t2025', '', 'Närvarande', 'Ordförande\tEva Berg (S)', 'Pia\tAlhäll', '', '1. A', 'Antogs.', ''].join('\n');
    const a = analyse(text);
    assert.deepEqual(a.document.headerFields.map((f) => f.key.text), ['Datum']);
    assert.deepEqual(a.document.preamble.map((p) => p.text), ['Budget\t2025']);
    assert.deepEqual(a.document.sections[0]?.attendees.map((x) => [x.name.text, x.role?.text]), [['Eva Berg', 'Ordförande'], ['Pia\tAlhäll', undefined]]);
  });
});
