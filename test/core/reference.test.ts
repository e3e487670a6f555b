import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMinutes, type ActionBlock } from '../../server/src/core/index';
import { root } from '../helpers/expect';

/**
 * The raw reference minutes, exactly as extracted from the PDF, read where the project keeps them:
 * in `../shared/` beside the clone (CI lays it there too). The parser's golden test keeps a copy.
 */
const referencePath = join(root, '../shared/reference/000_13f9851aec9c8325.txt');

describe('the raw reference minutes', () => {
  const text = readFileSync(referencePath, 'utf8');
  const analysis = analyzeMinutes(text, { locale: 'sv' });
  const doc = analysis.document;
  const attendees = doc.sections.flatMap((s) => s.attendees);
  const byName = (name: string) => attendees.find((a) => a.name.text === name);
  /** One-based line of an offset. */
  const lineOf = (offset: number) => analysis.lineIndex.positionAt(offset).line + 1;

  it('parses with no errors', () => {
    assert.deepEqual(analysis.problems, []);
    assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error'), []);
  });

  it('has 19 attendees and 9 items', () => {
    assert.equal(attendees.length, 19);
    assert.deepEqual(doc.items.map((i) => i.number), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.equal(doc.items[5]?.title.text, 'Klimatanpassning');
  });

  it('understands the attendance notes', () => {
    const pia = byName('Pia Alhäll')?.note;
    assert.equal(pia?.text.text, 'digitalt from p 4');
    assert.equal(pia?.remote, true);
    assert.equal(pia?.from?.number, 4);
    const haleh = byName('Haleh Lindqvist')?.note;
    assert.equal(haleh?.text.text, 'digitalt from 4');
    assert.deepEqual([haleh?.remote, haleh?.from?.number], [true, 4]);
    const mio = byName('Mio Saba')?.note;
    assert.deepEqual([mio?.text.text, mio?.remote, mio?.from?.number], ['from p 4', false, 4]);
    const sofia = byName('Sofia Larsson')?.note;
    assert.deepEqual([sofia?.text.text, sofia?.only?.map((r) => r.number)], ['p 2', [2]]);
    assert.deepEqual(attendees.flatMap((a) => a.note?.free ?? []), [], 'no note text left un-understood');
  });

  it('uses the notes in the attendance timeline', () => {
    const mio = byName('Mio Saba');
    const pia = byName('Pia Alhäll');
    const sofia = byName('Sofia Larsson');
    assert.ok(mio && pia && sofia);
    assert.equal(analysis.timeline.presenceAt(mio, 3), 'absent');
    assert.equal(analysis.timeline.presenceAt(mio, 4), 'onSite');
    assert.equal(analysis.timeline.presenceAt(pia, 6), 'remote');
    assert.equal(analysis.timeline.presenceAt(sofia, 2), 'onSite');
    assert.equal(analysis.timeline.presenceAt(sofia, 3), 'absent');
    assert.equal(analysis.timeline.presentAt(2).length, 15);
    assert.equal(analysis.timeline.presentAt(4).length, 16);
  });

  it('hints at the prose assignment on line 138 and not at "uppdrag och bemanning" on line 61', () => {
    const hints = analysis.diagnostics.filter((d) => d.code === 'prose-assignment');
    assert.deepEqual(hints.map((d) => lineOf(d.span.start)), [138]);
    assert.equal(text.slice(hints[0]?.span.start, hints[0]?.span.end), 'Gitte Caous får i uppdrag');
    assert.equal(hints[0]?.data?.assignee, 'Gitte Caous');
    assert.match(hints[0]?.data?.task ?? '', /^tydligare ta reda på syfte och funktion för nätverket/);
    assert.equal(hints[0]?.severity, 'hint');
  });

  it('reads the footer as Therese Tanner, Förbundssekreterare', () => {
    const entry = doc.footer?.entries[0];
    assert.equal(entry?.kind, 'recorder');
    assert.equal(entry?.persons[0]?.name.text, 'Therese Tanner');
    assert.equal(entry?.persons[0]?.role?.text, 'Förbundssekreterare');
  });

  it('joins the word hyphenated across lines', () => {
    const item3 = doc.items[2];
    const paragraph = item3?.body.find((b) => b.kind === 'paragraph');
    assert.match(paragraph?.kind === 'paragraph' ? paragraph.text : '', /bredbandsuppkoppling enligt/);
  });

  it('warns only that the date is missing', () => {
    assert.deepEqual(analysis.diagnostics.map((d) => d.code), ['missing-date', 'prose-assignment']);
  });
});

describe('the example minutes (examples/kommunchefsgruppen.minutes)', () => {
  const text = readFileSync(join(root, 'examples/kommunchefsgruppen.minutes'), 'utf8');
  const analysis = analyzeMinutes(text, { locale: 'sv' });
  const actions = analysis.document.items.flatMap((i) => i.body.filter((b): b is ActionBlock => b.kind === 'action'));

  it('has no error or warning', () => {
    assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning'), []);
  });

  it('has 6 actions naming 9 assignees, every one resolved', () => {
    // The issue counts "9 actions"; the file has six `Uppdrag:` lines whose assignee lists name nine
    // people or bodies in all. Both numbers are pinned here.
    assert.equal(actions.length, 6);
    const assignees = actions.flatMap((a) => a.assignees);
    assert.equal(assignees.length, 9);
    for (const assignee of assignees) {
      const resolution = analysis.resolutions.get(assignee);
      assert.ok(resolution && (resolution.kind === 'attendee' || resolution.kind === 'organisation'), `${assignee.name.text} resolved`);
    }
    const gr = actions[4]?.assignees[0];
    assert.equal(gr?.name.text, 'GR');
    assert.equal(gr && analysis.resolutions.get(gr)?.kind, 'organisation');
  });

  it('reads the meeting date and the deadline without a year in that year', () => {
    assert.deepEqual(analysis.meetingDate, { year: 2024, month: 3, day: 8 });
    assert.deepEqual(actions[0]?.deadline?.date.date, { year: 2024, month: 4, day: 30 });
  });
});
