import assert from 'node:assert/strict';
import { analyzeMinutes, parseMinutes } from '../../server/src/core/index';
import { collectSpans, shiftSpans } from '../../server/src/core/text/shiftSpans';

/** Parses `note` as the note of an attendee line and summarises the facts read from it. */
function check(note: string, expected: string): void {
  const doc = parseMinutes(`NÄRVARANDE\nEva Hessman, Göteborg (${note})\n`).document;
  const n = doc.sections[0]?.attendees[0]?.note;
  assert.ok(n, 'a note is read');
  const facts = [
    n.remote ? 'remote' : '',
    n.from ? `from ${n.from.number}` : '',
    n.to ? `to ${n.to.number}` : '',
    n.only ? `only ${n.only.map((r) => r.number).join(',')}` : '',
    n.except ? `except ${n.except.map((r) => r.number).join(',')}` : '',
    ...n.free.map((f) => `free "${f.text}"`),
    // Item numbers named without a limit (after words the reader does not know) are still references.
    !n.from && !n.to && !n.only && !n.except && n.refs.length > 0 ? `refs ${n.refs.map((r) => r.number).join(',')}` : '',
  ].filter(Boolean);
  assert.equal(facts.join('; '), expected);
}

describe('attendance notes', () => {
  const cases: [string, string][] = [
    ['digitalt', 'remote'],
    ['på distans', 'remote'],
    ['remote', 'remote'],
    ['online', 'remote'],
    ['from p 4', 'from 4'],
    ['fr.o.m. p 4', 'from 4'],
    ['från p 4', 'from 4'],
    ['från punkt 4', 'from 4'],
    ['from 4', 'from 4'],
    ['from item 4', 'from 4'],
    ['t.o.m. p 5', 'to 5'],
    ['till p 5', 'to 5'],
    ['to item 5', 'to 5'],
    ['until item 5', 'to 5'],
    ['p 2', 'only 2'],
    ['p 2, 5', 'only 2,5'],
    ['p 2–3', 'only 2,3'],
    ['punkt 2', 'only 2'],
    ['items 2-3', 'only 2,3'],
    // As English and Swedish minutes also write them.
    ['arrived during item 2', 'from 2'],
    ['arrived at item 2', 'from 2'],
    ['kom under p 3', 'from 3'],
    ['left during item 3', 'to 3'],
    ['left at item 3', 'to 3'],
    ['lämnade mötet under p 4', 'to 4'],
    ['gick efter p 4', 'to 4'],
    // Spelled out, as the abbreviations `fr.o.m.` and `t.o.m.` are read.
    ['från och med p 2', 'from 2'],
    ['från och med punkt 2 till och med punkt 5', 'from 2; to 5'],
    ['ankom p 2', 'from 2'],
    ['ankom vid punkt 3', 'from 3'],
    ['ankom 19', 'free "ankom 19"'],
    ['deltog ej i p 1', 'except 1'],
    ['not in item 2', 'except 2'],
    ['for item 4 only', 'only 4'],
    ['för punkt 4', 'only 4'],
    ['Zoom, from item 2', 'remote; from 2'],
    ['via Teams', 'remote'],
    ['by phone', 'remote'],
    ['Teams', 'remote'],
    // A time is no item: after these words the item word must be written.
    ['arrived at 7pm', 'free "arrived at 7pm"'],
    ['left at 9', 'free "left at 9"'],
    ['kom vid 19', 'free "kom vid 19"'],
    ['joined at 7', 'free "joined at 7"'],
    ['anslöt vid 7', 'free "anslöt vid 7"'],
    ['anslöt vid p 7', 'from 7'],
    ['Zoom from item 2', 'remote; from 2'],
    // Before other words `Teams` is no remote meeting. (`Youth Teams coordinator` alone is a role.)
    ['Youth Teams coordinator, from p 2', 'from 2; free "Youth Teams coordinator"'],
    ['Youth Teams day', 'free "Youth Teams day"'],
    ['digitalt from p 4', 'remote; from 4'],
    ['from p 2 t.o.m. p 5', 'from 2; to 5'],
    ['digitalt from 4', 'remote; from 4'],
    ['sjukskriven', 'free "sjukskriven"'],
    ['ordförande, p 3', 'only 3; free "ordförande"'],
    ['avgick efter lunch', 'free "avgick efter lunch"'],
    ['ej p 3', 'except 3'],
    ['utom p 3–4', 'except 3,4'],
    ['except item 3', 'except 3'],
    ['lämnade efter p 3', 'to 3'],
    ['left after item 3', 'to 3'],
    ['till 12:00', 'free "till 12:00"'],
    ['p 12:00', 'free "p 12:00"'],
    ['ej närvarande vid p 3', 'except 3'],
    ['frånvarande p 3', 'except 3'],
    ['förhinder vid p 3', 'except 3'],
    ['förhindrad under p 2–3', 'except 2,3'],
    ['utom vid p 3', 'except 3'],
    ['not present at item 3', 'except 3'],
    ['efter p 3', 'to 3'],
    ['lämnade mötet efter p 3', 'to 3'],
    ['from § 12345', 'from 12345'],
    // Every number of up to six digits whole, in lists and ranges too.
    ['p 12345', 'only 12345'],
    ['p 123456, 7', 'only 123456,7'],
    ['§ 100000–100002', 'only 100000,100001,100002'],
    ['ej p 1–999999', 'except 1,999999'],
    // Several groups on one line: every group counts (`(ordförande) (digitalt from p 2)`).
    ['ordförande) (digitalt from p 2', 'remote; from 2; free "ordförande"'],
    ['p 2) (digitalt', 'remote; only 2'],
    ['t.o.m. p 5) (from p 2', 'from 2; to 5'],
    ['digitalt (via Teams) from p 2', 'remote; from 2'],
    ['digitalt (sjuk) from p 2', 'remote; from 2; free "(sjuk)"'],
    // Words the reader does not know before a reference: no limit, the words and the reference kept as written.
    ['sjukanmäld p 4', 'free "sjukanmäld p 4"; refs 4'],
    ['something item 3', 'free "something item 3"; refs 3'],
    ['ordförande p 3', 'free "ordförande p 3"; refs 3'],
    ['ersätter Jakob Melin under p 4-5', 'free "ersätter Jakob Melin under p 4-5"; refs 4,5'],
    ['digitalt, sjukanmäld p 4', 'remote; free "sjukanmäld p 4"; refs 4'],
    ['sjukanmäld p 4, p 5', 'only 5; free "sjukanmäld p 4"'],
    // A reference alone in its part, or after words that give it a meaning, keeps it.
    ['sjukanmäld, p 4', 'only 4; free "sjukanmäld"'],
    ['tjänstgörande ersättare fr.o.m. § 25', 'from 25; free "tjänstgörande ersättare"'],
    ['p 2 sjuk', 'only 2; free "sjuk"'],
    ['(p 2, 5)', 'only 2,5'],
    // A clock time between the words and the item changes nothing; the words up to it are kept.
    ['joined at 7:45pm during item 3', 'from 3; free "joined at 7:45pm"'],
    ['anslöt 13.15 p 2', 'from 2; free "anslöt 13.15"'],
    ['left at 19:40 after item 4', 'to 4; free "left at 19:40"'],
    // Arriving after an item misses it.
    ['arrived after item 1', 'from 2'],
    ['joined item 3', 'from 3'],
    ['anslöt p 3', 'from 3'],
    // Arriving and leaving, with a clock time (`kl 13`, `kl. 13.40`, `13:40`) between the words and the item.
    ['anslöt kl 13.40 under § 24', 'from 24; free "anslöt kl 13.40"'],
    ['anslöt kl 18.15 under p 3', 'from 3; free "anslöt kl 18.15"'],
    ['anslöt kl. 13.40 p 3', 'from 3; free "anslöt kl. 13.40"'],
    ['anslöt 13:40 under p 3', 'from 3; free "anslöt 13:40"'],
    ['kom kl 14 under p 3', 'from 3; free "kom kl 14"'],
    ['lämnade sammanträdet kl 20.30 under p 6', 'to 6; free "lämnade sammanträdet kl 20.30"'],
    ['lämnade sammanträdet efter p 5', 'to 5'],
    ['gick hem efter § 3', 'to 3'],
    ['departed during item 5', 'to 5'],
    ['arrived at the start of item 3', 'from 3'],
    ['lämnade i slutet av p 3', 'to 3'],
    // Before and after an item: leaving before it misses it, arriving after it misses it.
    ['lämnade före p 4', 'to 3'],
    ['gick före p 4', 'to 3'],
    ['left before item 4', 'to 3'],
    ['before item 4', 'to 3'],
    ['anslöt efter p 4', 'from 5'],
    ['kom före p 4', 'from 4'],
    ['left after item 4', 'to 4'],
    ['left before 9', 'free "left before 9"'],
    ['lämnade kl 15', 'free "lämnade kl 15"'],
    // A part of only arriving or leaving words gives its meaning to a single item in the next part.
    ['ankom 13.20, § 24', 'from 24; free "ankom 13.20"'],
    ['från kl. 19.00, p 4', 'from 4; free "från kl. 19.00"'],
    ['lämnade kl 15.10, efter § 25', 'to 25; free "lämnade kl 15.10"'],
    ['anslöt kl. 18.40, fr.o.m. p 4', 'from 4; free "anslöt kl. 18.40"'],
    ['left at 19:40, after item 4', 'to 4; free "left at 19:40"'],
    ['left early, after item 2', 'to 2'],
    ['arrived late, during item 2', 'from 2'],
    ['närvarande t.o.m. kl. 15.00, p 1-2', 'only 1,2; free "närvarande t.o.m. kl. 15.00"'],
    ['kl 14, p 3', 'only 3; free "kl 14"'],
    ['arrived late, sjuk, p 2', 'only 2; free "arrived late, sjuk"'],
    // Away for an item: a conflict of interest (its words kept, as the reason is published), leaving the room.
    ['jäv p 4', 'except 4; free "jäv"'],
    ['jäv § 3', 'except 3; free "jäv"'],
    ['anmälde jäv p 3', 'except 3; free "anmälde jäv"'],
    ['deltog ej i handläggningen av p 5 p.g.a. jäv', 'except 5; free "p.g.a. jäv"'],
    ['deltog ej i handläggningen av p 5', 'except 5'],
    ['deltog i handläggningen av p 5 p.g.a. jäv', 'except 5; free "p.g.a. jäv"'],
    ['deltog inte i p 3 pga jäv', 'except 3; free "pga jäv"'],
    ['närvarande utom p 3', 'except 3'],
    ['ej närvarande under p 5 (jäv)', 'except 5; free "(jäv)"'],
    ['p 4 (jäv)', 'except 4; free "(jäv)"'],
    ['sjukanmäld p 4 p.g.a. jäv', 'except 4; free "sjukanmäld"; free "p.g.a. jäv"'],
    ['lämnade lokalen under p 3', 'except 3'],
    ['left the room for item 3', 'except 3'],
    ['excused from item 2', 'except 2'],
    ['absent from item 2', 'except 2'],
    ['declared an interest in item 3', 'except 3; free "declared an interest"'],
    ['declared a non-pecuniary interest in item 6', 'except 6; free "declared a non-pecuniary interest"'],
    ['not present for item 3', 'except 3'],
    ['withdrew for item 5', 'except 5'],
    ['withdrew from the discussion of item 5', 'except 5'],
    ['did not attend item 4', 'except 4'],
    ['did not take part in item 4', 'except 4'],
    // A conflict in a part of its own is about the items that stand alone in the note.
    ['p 3, jäv', 'except 3; free "jäv"'],
    ['jäv; § 3–4', 'except 3,4; free "jäv"'],
    ['jäv p 4, p 6', 'only 6; except 4; free "jäv"'],
    ['från p 2, jäv', 'from 2; free "jäv"'],
    ['jäv', 'free "jäv"'],
    ['left the room after item 3', 'free "left the room after item 3"; refs 3'],
    // Being there, and the items as they are written.
    ['närvarande p 1–3 och 6', 'only 1,2,3,6'],
    ['närvarande §§ 23-24', 'only 23,24'],
    ['§§ 23–25', 'only 23,24,25'],
    ['ej §§ 24–25', 'except 24,25'],
    ['deltog i p 3', 'only 3'],
    ['present for items 1-3', 'only 1,2,3'],
    ['attended items 1 to 3', 'only 1,2,3'],
    ['items 1 to 3', 'only 1,2,3'],
    ['punkt 1 till 3', 'only 1,2,3'],
    ['p 1 till p 3', 'only 1,2,3'],
    ['§ 23 – § 25', 'only 23,24,25'],
    ['till p 3', 'to 3'],
    ['p 2 till 12:00', 'only 2; free "till 12:00"'],
    ['from p 2 to p 5', 'from 2; to 5'],
    ['from 2 to 5', 'from 2; to 5'],
    ['närvarande fr.o.m. p 3', 'from 3'],
    ['deltog endast i p 2', 'only 2'],
    ['from agenda item 3', 'from 3'],
    ['agenda items 2 and 4', 'only 2,4'],
    ['pkt 4', 'only 4'],
    ['item 2 onwards', 'from 2'],
    ['from item 2 onward', 'from 2'],
    ['p 3 och framåt', 'from 3'],
    ['items 2-3 onwards', 'only 2,3; free "onwards"'],
    ['närvarande', 'free "närvarande"'],
    ['present', 'free "present"'],
    // Taking part remotely, and the words of being there or arriving before it.
    ['på länk', 'remote'],
    ['via länk', 'remote'],
    ['per telefon', 'remote'],
    ['telefon', 'remote'],
    ['telefon, från p 2', 'remote; from 2'],
    ['telefonnummer saknas', 'free "telefonnummer saknas"'],
    ['telefon 031-123456', 'free "telefon 031-123456"'],
    ['via Teams', 'remote'],
    ['via video link', 'remote'],
    ['by video link', 'remote'],
    ['dialled in', 'remote'],
    ['dialed in', 'remote'],
    ['by video', 'remote'],
    ['deltog via Teams', 'remote'],
    ['närvarande via Teams', 'remote'],
    ['deltar digitalt', 'remote'],
    ['joined remotely', 'remote'],
    ['deltog på distans t o m p 4', 'remote; to 4'],
    ['joined via Zoom at item 3', 'remote; from 3'],
    ['via Skype p 23-24', 'remote; only 23,24'],
  ];
  for (const [note, expected] of cases) it(`(${note}) → ${expected}`, () => check(note, expected));

  it('puts no limit on an attendee for a reference after unknown words, and still checks the reference', () => {
    const text = 'Protokoll\nDatum: 2024-03-08\n\nNÄRVARANDE\nEva Berg (sjukanmäld p 4)\nBo Ek (p 2)\n\n1. A\nUppdrag: Eva Berg – ring.\nUppdrag: Bo Ek – skriv.\n2. B\n';
    const a = analyzeMinutes(text, { locale: 'sv' });
    assert.deepEqual(a.diagnostics.map((d) => [d.code, text.slice(d.span.start, d.span.end)]), [
      ['unknown-item-reference', '4'],
      ['assignee-not-present', 'Bo Ek'],
    ]);
  });

  it('reads a role without an organisation when the second field is left empty, as language.md says', () => {
    const text = 'NÄRVARANDE\nMaria Standar, , protokolljusterare\nEva Berg, Ale, ordförande\n';
    const [maria, eva] = parseMinutes(text).document.sections[0]?.attendees ?? [];
    assert.equal(maria?.organisation, undefined);
    assert.equal(maria?.role?.text, 'protokolljusterare');
    assert.equal(eva?.organisation?.text, 'Ale');
    assert.equal(eva?.role?.text, 'ordförande');
    // A note in the second field is not a field left empty (and a role word alone in parentheses is the role).
    const [jane] = parseMinutes('PRESENT\nJane Smith, (Chair), Finance\n').document.sections[0]?.attendees ?? [];
    assert.deepEqual([jane?.organisation?.text, jane?.role?.text], ['Finance', 'Chair']);
  });

  it('reads a later group after another field, and keeps the field', () => {
    const text = 'NÄRVARANDE\nCia Dahl (ersättare), Ale (från p 2)\nBo Ek, Lerum (ordf.) (digitalt)\n';
    const [cia, bo] = parseMinutes(text).document.sections[0]?.attendees ?? [];
    assert.equal(cia?.organisation?.text, 'Ale');
    assert.equal(cia?.note?.from?.number, 2);
    assert.equal(text.slice(cia?.note?.from?.span.start, cia?.note?.from?.span.end), '2');
    assert.deepEqual(cia?.note?.free.map((f) => f.text), ['ersättare']);
    // Groups that follow each other make one note text, from inside the first to inside the last.
    assert.equal(bo?.note?.text.text, 'ordf.) (digitalt');
    assert.equal(bo?.note?.remote, true);
  });

  it('keeps the item as written among the references when the limit is the next item', () => {
    const text = 'NÄRVARANDE\nTim Tate (arrived after item 1)\n';
    const note = parseMinutes(text).document.sections[0]?.attendees[0]?.note;
    assert.deepEqual(note?.refs.map((r) => [r.number, text.slice(r.span.start, r.span.end)]), [[1, '1']]);
    assert.deepEqual(note?.from && [note.from.number, text.slice(note.from.span.start, note.from.span.end)], [2, '1']);
  });

  it('reads any mixture of its words, numbers and punctuation without throwing, every span in place', () => {
    const pieces = ['p', '§§', 'från', 'fr.o.m.', 't o m', 'efter', 'före', 'after', 'left', 'anslöt', 'kl', '13.40', '7pm', 'ej', 'jäv', 'items', 'to', 'till', 'only', 'onwards', 'Teams', 'via', 'sjuk', '3', '12', '1–4', '-', ',', ';', '(', ')', 'och', '&', '+', 'å', ' '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 2000; n++) {
      const words = Array.from({ length: 1 + (next() % 9) }, () => pieces[next() % pieces.length]);
      const note = words.join(next() % 3 === 0 ? '' : ' ');
      const text = `NÄRVARANDE\nEva Berg (${note})\n`;
      const read = parseMinutes(text).document.sections[0]?.attendees[0]?.note;
      for (const f of read?.free ?? []) assert.equal(text.slice(f.span.start, f.span.end), f.text, note);
      for (const r of read?.refs ?? []) assert.match(text.slice(r.span.start, r.span.end), /^\d/, note);
    }
  });

  it('keeps the exact place of each item number', () => {
    const text = 'NÄRVARANDE\nPia Alhäll, Härryda (digitalt from p 4)\n';
    const ref = parseMinutes(text).document.sections[0]?.attendees[0]?.note?.from;
    assert.equal(ref && text.slice(ref.span.start, ref.span.end), '4');
  });

  it('places a note read before at its new place, in objects of its own (notes are read once per text)', () => {
    const note = '(ordf.) (digitalt från p 2, ej p 4–5) (se bilaga)';
    const first = `NÄRVARANDE\nBo Ek, Lerum ${note}\n`;
    const second = `Datum: 2024-03-05\n\nNÄRVARANDE\nCia Dahl, Ale\nBo Ek, Lerum ${note}\n`;
    const a = parseMinutes(first).document.sections[0]?.attendees[0]?.note;
    const b = parseMinutes(second).document.sections[0]?.attendees[1]?.note;
    assert.ok(a && b, 'both notes are read');
    for (const [n, text] of [[a, first], [b, second]] as const) {
      assert.equal(n.remote, true);
      assert.deepEqual(n.refs.map((r) => [r.number, text.slice(r.span.start, r.span.end)]), [[2, '2'], [4, '4–5'], [5, '4–5']]);
      assert.deepEqual(n.free.map((f) => [f.text, text.slice(f.span.start, f.span.end)]), [['ordf.', 'ordf.'], ['se bilaga', 'se bilaga']]);
      // `from` and `except` are among the note's refs, as read.
      assert.equal(n.from, n.refs[0]);
      assert.deepEqual(n.except, [n.refs[1], n.refs[2]]);
    }
    // Moving one document's spans (as an edit before them does) moves nothing of a later reading.
    shiftSpans(collectSpans([a]), 100);
    const again = parseMinutes(first).document.sections[0]?.attendees[0]?.note;
    assert.equal(again && first.slice(again.from?.span.start, again.from?.span.end), '2');
    assert.equal(again?.free[1] && first.slice(again.free[1].span.start, again.free[1].span.end), 'se bilaga');
    assert.notEqual(again?.from, a.from);
  });
});
