import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeMinutes,
  filterActions,
  groupActions,
  indexText,
  isoDate,
  isStandingItem,
  nextFileName,
  nextMeetingText,
  rollUpActions,
  actionState,
  summarizeMinutes,
  searchWorkspaceSymbols,
  workspaceSymbolEntries,
  workspaceSymbolSearch,
  type ActionFilter,
  type ActionGrouping,
  type CalendarDate,
  type MeetingSummary,
  type SeriesAction,
} from '../../../server/src/core/index';
import { minutesCorpus } from '../../helpers/corpus';
import { expectFile, joinLines, root } from '../../helpers/expect';

const seriesDir = join(root, 'test/fixtures/series/styrelsen');
const files = readdirSync(seriesDir).filter((name) => name.endsWith('.minutes')).sort();
const meetings: MeetingSummary[] = files.map((name) => summarizeMinutes(name, readFileSync(join(seriesDir, name), 'utf8')));
const TODAY: CalendarDate = { year: 2024, month: 5, day: 20 };

/** An action as one line: `date file:line [state] assignees: task (due date)`. */
function describe_(action: SeriesAction, today = TODAY): string {
  const due = action.deadline ? ` (due ${isoDate(action.deadline)})` : '';
  const date = action.meetingDate ? isoDate(action.meetingDate) : '-';
  return `${date} ${action.file}:${action.range.start.line + 1} p${action.itemNumber} [${actionState(action, today)}] ${action.assignees.join(' & ') || '(none)'}: ${action.task}${due}`;
}

/** The only call site of the rollup and filter API in this suite. */
function checkActions(filter: ActionFilter, expected: readonly string[], today = TODAY): void {
  const actions = filterActions(rollUpActions(meetings), filter, today);
  assert.deepEqual(actions.map((a) => describe_(a, today)), expected);
}

function checkGroups(by: ActionGrouping, expected: Readonly<Record<string, readonly string[]>>): void {
  const groups = groupActions(rollUpActions(meetings), by, TODAY);
  const actual: Record<string, string[]> = {};
  for (const group of groups) actual[group.key.replace(/ .*\//, ' ')] = group.actions.map((a) => `${a.assignees.join(' & ')}: ${a.task}`);
  assert.deepEqual(actual, expected);
  assert.deepEqual(Object.keys(actual), Object.keys(expected), 'group order');
}

describe('series: actions across meetings', () => {
  it('rolls up every action once, the latest mention deciding its status', () => {
    checkActions({}, [
      '2024-03-05 2024-03-05.minutes:22 p3 [open] Cecilia Dahl: uppdatera webbplatsen.',
      '2024-04-09 2024-04-09.minutes:14 p2 [done] Bo Ek: boka lokal för årsmötet. (due 2024-03-20)',
      '2024-04-09 2024-04-09.minutes:18 p3 [overdue] David Falk & Cecilia Dahl: skicka kallelse till årsmötet. (due 2024-04-30)',
      '2024-05-14 2024-05-14.minutes:15 p2 [overdue] Anna Berg: ta fram ett budgetförslag. (due 2024-04-01)',
      '2024-05-14 2024-05-14.minutes:22 p3 [open] Bo Ek: betala vårens fakturor. (due 2024-06-30)',
    ]);
    // A later mention keeps where the action was first given; one mentioned once has no `given`.
    assert.deepEqual(
      rollUpActions(meetings).map((a) => (a.given ? `${a.task} given ${a.given.meetingDate ? isoDate(a.given.meetingDate) : '?'} p${a.given.itemNumber} ${a.given.itemTitle}` : `${a.task} given here`)),
      [
        'uppdatera webbplatsen. given here',
        'boka lokal för årsmötet. given 2024-03-05 p2 Budget',
        'skicka kallelse till årsmötet. given here',
        'ta fram ett budgetförslag. given 2024-03-05 p2 Budget',
        'betala vårens fakturor. given here',
      ],
    );
  });

  it('orders meetings of one day by the file name as shown, whether files are named by path or by URI', () => {
    const meeting = (file: string, status: string) =>
      summarizeMinutes(file, joinLines('Anteckningar', 'Datum: 2026-03-20', '', 'NÄRVARANDE', 'Bo Ek, GR', '', '1. Lokal', 'Uppdrag: Bo Ek – boka lokal.', ...(status ? [`Status: ${status}`] : [])));
    // "årsmöte" sorts after "styrelsemöte" as text; its URI (%C3%A5…) before it.
    for (const [first, second] of [
      ['årsmöte.minutes', 'styrelsemöte.minutes'],
      ['file:///x/%C3%A5rsm%C3%B6te.minutes', 'file:///x/styrelsem%C3%B6te.minutes'],
    ] as const) {
      const actions = rollUpActions([meeting(first, 'klar'), meeting(second, '')]);
      assert.deepEqual(actions.map((a) => `${a.status} ${a.file}`), [`done ${first}`], first);
    }
  });

  it('keeps the same task given twice in one meeting as two actions', () => {
    const first = summarizeMinutes('a.minutes', joinLines('Minutes', 'Date: 2024-04-15', '', 'PRESENT', 'Omar Khan, Operations', '', '1. A', 'Action: Omar Khan – circulate the papers.', '', '2. B', 'Action: Omar Khan – circulate the papers. Due: 2024-05-01', 'Status: done'));
    const later = summarizeMinutes('b.minutes', joinLines('Minutes', 'Date: 2024-05-15', '', 'PRESENT', 'Omar Khan, Operations', '', '1. Follow-up', 'Action: Omar Khan – circulate the papers.', 'Status: in progress'));
    assert.deepEqual(rollUpActions([first]).map((a) => `${a.itemNumber} ${a.status}`), ['1 open', '2 done']);
    // A later meeting reports on the last of them.
    assert.deepEqual(rollUpActions([first, later]).map((a) => `${a.file} ${a.itemNumber} ${a.status} given ${a.given?.itemNumber ?? '-'}`), ['a.minutes 1 open given -', 'b.minutes 1 inProgress given 2']);
  });

  it('keeps a deadline in words through a later mention that gives none, and takes a later one that gives a day', () => {
    const meeting = (file: string, date: string, action: string) => summarizeMinutes(file, joinLines('Anteckningar', `Datum: ${date}`, '', 'NÄRVARANDE', 'Bo Ek, GR', '', '1. Lokal', action));
    const first = meeting('a.minutes', '2024-04-15', 'Uppdrag: Bo Ek – boka lokal. Senast: till nästa möte');
    const silent = meeting('b.minutes', '2024-05-15', 'Uppdrag: Bo Ek – boka lokal.');
    const dated = meeting('c.minutes', '2024-06-15', 'Uppdrag: Bo Ek – boka lokal. Senast: 30 juni');
    const listed = (meetings: MeetingSummary[]) => rollUpActions(meetings).map((a) => `${a.file} ${a.deadline ? isoDate(a.deadline) : '-'} ${a.deadlineText ?? '-'}`);
    assert.deepEqual(listed([first, silent]), ['b.minutes - till nästa möte']);
    assert.deepEqual(listed([first, silent, dated]), ['c.minutes 2024-06-30 30 juni']);
  });

  it('marks the actions of a protokoll, whose items are named § 12, and only those', () => {
    const protokoll = summarizeMinutes('p.minutes', joinLines('Protokoll', 'Datum: 2024-04-15', '', 'NÄRVARANDE', 'Bo Ek, GR', '', '§ 11 Öppnande', '', '§ 12 Lokal', 'Uppdrag: Bo Ek – boka lokal.'));
    const anteckningar = summarizeMinutes('a.minutes', joinLines('Anteckningar', 'Datum: 2024-04-15', '', 'NÄRVARANDE', 'Bo Ek, GR', '', '1. Öppnande', '', '2. Lokal', 'Uppdrag: Bo Ek – boka lokal.'));
    assert.deepEqual(protokoll.actions.map((a) => [a.itemNumber, a.paragraphs]), [[12, true]]);
    assert.deepEqual(anteckningar.actions.map((a) => [a.itemNumber, a.paragraphs]), [[2, undefined]]);
  });

  it('lists an assignee written as initials, with a title or with a party as the attendee, so a later meeting reports on the same action', () => {
    const attendance = ['PRESENT', 'Jane Smith, Finance', 'Dr Priya Raman', 'Eva Berg (S), Lerum', ''];
    const first = summarizeMinutes('a.minutes', joinLines('Minutes', 'Date: 2024-04-15', '', ...attendance, '1. A', 'Action: JS to draft a reply.', 'Action: Dr Raman – check the figures.', 'Action: Eva Berg (S) – call the council.'));
    assert.deepEqual(first.actions.map((a) => a.assignees.join('; ')), ['Jane Smith', 'Dr Priya Raman', 'Eva Berg']);
    const later = summarizeMinutes('b.minutes', joinLines('Minutes', 'Date: 2024-05-15', '', ...attendance, '1. Follow-up', 'Action: Jane Smith – draft a reply.', 'Status: done'));
    assert.deepEqual(rollUpActions([first, later]).map((a) => `${a.assignees.join('; ')} ${a.status}`), ['Dr Priya Raman open', 'Eva Berg open', 'Jane Smith done']);
  });

  it('counts a person whose note says they were not there as absent', () => {
    const summary = summarizeMinutes('a.minutes', joinLines('Anteckningar', 'Datum: 2024-03-08', '', 'NÄRVARANDE', 'Eva Berg, Ale', 'Bo Ek, Ale (anmält förhinder)', 'Per Ek, Ale (frånvarande p 1)', '', '1. Ett'));
    assert.deepEqual(summary.attendees.map((a) => `${a.name} ${a.present}`), ['Eva Berg true', 'Bo Ek false', 'Per Ek true']);
  });

  it('filters open, overdue and by assignee (full or first name, any case)', () => {
    checkActions({ open: true }, [
      '2024-03-05 2024-03-05.minutes:22 p3 [open] Cecilia Dahl: uppdatera webbplatsen.',
      '2024-04-09 2024-04-09.minutes:18 p3 [overdue] David Falk & Cecilia Dahl: skicka kallelse till årsmötet. (due 2024-04-30)',
      '2024-05-14 2024-05-14.minutes:15 p2 [overdue] Anna Berg: ta fram ett budgetförslag. (due 2024-04-01)',
      '2024-05-14 2024-05-14.minutes:22 p3 [open] Bo Ek: betala vårens fakturor. (due 2024-06-30)',
    ]);
    checkActions({ overdue: true }, [
      '2024-04-09 2024-04-09.minutes:18 p3 [overdue] David Falk & Cecilia Dahl: skicka kallelse till årsmötet. (due 2024-04-30)',
      '2024-05-14 2024-05-14.minutes:15 p2 [overdue] Anna Berg: ta fram ett budgetförslag. (due 2024-04-01)',
    ]);
    checkActions({ assignee: 'cecilia dahl' }, [
      '2024-03-05 2024-03-05.minutes:22 p3 [open] Cecilia Dahl: uppdatera webbplatsen.',
      '2024-04-09 2024-04-09.minutes:18 p3 [overdue] David Falk & Cecilia Dahl: skicka kallelse till årsmötet. (due 2024-04-30)',
    ]);
    checkActions({ assignee: 'Bo', open: true }, ['2024-05-14 2024-05-14.minutes:22 p3 [open] Bo Ek: betala vårens fakturor. (due 2024-06-30)']);
  });

  it('is not overdue on the deadline itself, and overdue the day after', () => {
    checkActions({ overdue: true }, [], { year: 2024, month: 4, day: 1 });
    checkActions({ overdue: true }, ['2024-05-14 2024-05-14.minutes:15 p2 [overdue] Anna Berg: ta fram ett budgetförslag. (due 2024-04-01)'], { year: 2024, month: 4, day: 2 });
  });

  it('groups by assignee, by meeting (newest first) and by state', () => {
    checkGroups('assignee', {
      'Anna Berg': ['Anna Berg: ta fram ett budgetförslag.'],
      'Bo Ek': ['Bo Ek: boka lokal för årsmötet.', 'Bo Ek: betala vårens fakturor.'],
      'Cecilia Dahl': ['Cecilia Dahl: uppdatera webbplatsen.', 'David Falk & Cecilia Dahl: skicka kallelse till årsmötet.'],
      'David Falk': ['David Falk & Cecilia Dahl: skicka kallelse till årsmötet.'],
    });
    checkGroups('meeting', {
      '2024-05-14 2024-05-14.minutes': ['Anna Berg: ta fram ett budgetförslag.', 'Bo Ek: betala vårens fakturor.'],
      '2024-04-09 2024-04-09.minutes': ['Bo Ek: boka lokal för årsmötet.', 'David Falk & Cecilia Dahl: skicka kallelse till årsmötet.'],
      '2024-03-05 2024-03-05.minutes': ['Cecilia Dahl: uppdatera webbplatsen.'],
    });
    checkGroups('status', {
      overdue: ['David Falk & Cecilia Dahl: skicka kallelse till årsmötet.', 'Anna Berg: ta fram ett budgetförslag.'],
      open: ['Cecilia Dahl: uppdatera webbplatsen.', 'Bo Ek: betala vårens fakturor.'],
      done: ['Bo Ek: boka lokal för årsmötet.'],
    });
  });

  it('keeps an action without assignee in a group of its own, last', () => {
    const summary = summarizeMinutes('x.minutes', joinLines('Anteckningar', 'Datum: 2024-01-01', '', '1. A', 'Uppdrag: ta fram en agenda', 'Uppdrag: Eva – ringa'));
    const groups = groupActions(rollUpActions([summary]), 'assignee', TODAY);
    assert.deepEqual(groups.map((g) => g.key), ['Eva', '']);
  });
});

describe('series: the summary the index keeps', () => {
  it('reads header, attendees, items and actions with their lines', () => {
    const [first] = meetings;
    assert.ok(first);
    assert.equal(first.meeting, 'Styrelsen, Föreningen Ekbacken');
    assert.equal(first.place, 'Föreningslokalen');
    assert.deepEqual(first.date, { year: 2024, month: 3, day: 5 });
    assert.deepEqual(first.attendees.map((a) => `${a.name}${a.present ? '' : ' (absent)'} @${a.range.start.line + 1}`), ['Anna Berg @7', 'Bo Ek @8', 'Cecilia Dahl @9', 'David Falk (absent) @11']);
    assert.deepEqual(first.items.map((i) => `${i.number}. ${i.title} @${i.range.start.line + 1}`), ['1. Mötets öppnande @13', '2. Budget @16', '3. Övriga frågor @21']);
    assert.equal(first.recorder, 'Bo Ek');
  });

  /** Every example and fixture: the reduced text must give the same actions, attendees and items as the full parse. */
  it('reads the same actions from the reduced text as a full analysis of the file', () => {
    let compared = 0;
    for (const { path, text } of minutesCorpus()) {
      const full = analyzeMinutes(text);
      const fullActions = full.document.items.flatMap((item) =>
        item.body.filter((b) => b.kind === 'action').map((b) => `${full.lineIndex.positionAt(b.lineSpan.start).line}:${b.assignees.map((a) => a.name.text).join(',')}|${b.task?.text.replace(/\s+/g, ' ') ?? ''}|${b.deadline?.date.text.text ?? ''}|${b.status?.value ?? ''}`),
      );
      const summary = summarizeMinutes(path, text);
      const reduced = indexText(text);
      assert.equal(reduced.lines.length, reduced.text.split('\n').length, path);
      const summaryActions = summary.actions.map((a) => `${a.range.start.line}:`);
      assert.deepEqual(summaryActions, fullActions.map((a) => a.slice(0, a.indexOf(':') + 1)), `action lines of ${path}`);
      assert.deepEqual(summary.actions.map((a) => `${a.task}|${a.status}`), full.document.items.flatMap((item) => item.body.filter((b) => b.kind === 'action').map((b) => `${(b.task?.text ?? '').replace(/\s+/g, ' ').trim()}|${b.status?.value ?? 'open'}`)), `actions of ${path}`);
      assert.deepEqual(summary.attendees.map((a) => `${a.name}@${a.range.start.line}`), full.document.sections.flatMap((s) => s.attendees.map((a) => `${a.name.text}@${full.lineIndex.positionAt(a.name.span.start).line}`)), `attendees of ${path}`);
      assert.deepEqual(summary.items.map((i) => `${i.number}@${i.range.start.line}`), full.document.items.map((i) => `${i.number}@${full.lineIndex.positionAt(i.headerSpan.start).line}`), `items of ${path}`);
      compared++;
    }
    assert.ok(compared > 20, `compared ${compared} files`);
  });
});

describe('series: carry-forward', () => {
  it('writes the next meeting from the last one with the open actions of the series', () => {
    const previous = meetings.at(-1);
    assert.ok(previous);
    const open = filterActions(rollUpActions(meetings), { open: true }, TODAY);
    const text = nextMeetingText(previous, { date: { year: 2024, month: 6, day: 11 }, openActions: open });
    expectFile(join(root, 'test/fixtures/series/expected/next.sv.minutes'), text);
    // Clean minutes: the follow-up's "p. 3" of an earlier meeting is no reference into this one.
    assert.deepEqual(analyzeMinutes(text).diagnostics.map((d) => `${d.code}: ${d.message}`), []);
  });

  it('writes English minutes in English, with the setting\'s standing items', () => {
    const summary = summarizeMinutes('a.minutes', joinLines('Minutes', 'Meeting: Board', 'Date: 2024-01-10', '', 'PRESENT', 'Eva Hessman, GR', '', '1. Welcome', '2. Budget', 'Action: Eva Hessman – draft the budget. Due: 2024-02-01', '3. Any other business', '', 'Minutes taken by: Eva Hessman'));
    const text = nextMeetingText(summary, { date: { year: 2024, month: 2, day: 14 }, openActions: rollUpActions([summary]), standingItems: ['Welcome', 'Any other business'] });
    assert.equal(
      text,
      joinLines('Minutes', 'Meeting: Board', 'Date: 2024-02-14', '', 'PRESENT', 'Eva Hessman, GR', '', '1. Welcome', '', '2. Follow-up of actions', '- Eva Hessman: draft the budget. (due 2024-02-01; meeting 2024-01-10, point 2)', '', '3. Any other business', '', 'Minutes taken by: Eva Hessman', ''),
    );
    // The result is itself clean minutes: no diagnostic at all (the earlier meeting's item is no
    // reference to an item of this one), and the follow-up is not a new action.
    const analysis = analyzeMinutes(text);
    assert.deepEqual(analysis.diagnostics.map((d) => `${d.code}: ${d.message}`), []);
    assert.equal(summarizeMinutes('b.minutes', text).actions.length, 0);
  });

  it('writes the fields\' keywords, the heading of the one attendance list and the recorder\'s keyword as the previous meeting did', () => {
    const summary = summarizeMinutes('a.minutes', joinLines('Minutes', 'Meeting: Board', 'Meeting date: 2024-01-10', 'Location: Village Hall', '', 'Present:', 'Eva Hessman, GR', 'Apologies:', 'Tom Reed', '', '1. Budget'));
    const text = nextMeetingText(summary, { date: { year: 2024, month: 2, day: 14 }, openActions: [] });
    assert.deepEqual(text.split('\n').slice(0, 6), ['Minutes', 'Meeting: Board', 'Meeting date: 2024-02-14', 'Location: Village Hall', '', 'Present:']);
    // A protokoll's lists apart (Beslutande, Ersättare): everyone under the generic heading.
    const protokoll = summarizeMinutes('p.minutes', joinLines('Protokoll', 'Sammanträdesdatum: 2024-01-10', '', 'Beslutande', 'Eva Hessman (S)', '', 'Ersättare', 'Ola Ek (M)', '', '§ 1 Budget', '', 'Vid protokollet', 'Ola Ek'));
    const next = nextMeetingText(protokoll, { date: { year: 2024, month: 2, day: 14 }, openActions: [] }).split('\n');
    assert.deepEqual([next[1], next[3]], ['Sammanträdesdatum: 2024-02-14', 'NÄRVARANDE']);
    assert.ok(next.includes('Vid protokollet: Ola Ek'), next.join('\n'));
  });

  it('writes the earlier meeting\'s item so that it is no reference to an item of the new minutes', () => {
    const previous = {
      sv: joinLines('Anteckningar', 'Datum: 2024-01-10', '', 'NÄRVARANDE', 'Eva Hessman, GR', '', '1. Ett', '2. Två', '3. Tre', '4. Fyra', '5. Budget', 'Uppdrag: Eva Hessman – ta fram budgeten. Senast: 2024-02-01'),
      en: joinLines('Minutes', 'Date: 2024-01-10', '', 'PRESENT', 'Eva Hessman, GR', '', '1. One', '2. Two', '3. Three', '4. Four', '5. Budget', 'Action: Eva Hessman – draft the budget. Due: 2024-02-01'),
    };
    for (const [lang, source] of Object.entries(previous)) {
      const summary = summarizeMinutes('a.minutes', source);
      const text = nextMeetingText(summary, { date: { year: 2024, month: 2, day: 14 }, openActions: rollUpActions([summary]) });
      // The new minutes have one item; the action was given under item 5 of the earlier ones.
      assert.match(text, lang === 'sv' ? /mötet 2024-01-10, p\. 5\)/ : /meeting 2024-01-10, point 5\)/, lang);
      assert.deepEqual(analyzeMinutes(text).diagnostics.map((d) => `${d.code}: ${d.message}`), [], lang);
    }
  });

  it('keeps each attendee\'s party, organisation and role, and leaves out the last meeting\'s attendance notes', () => {
    const previous = {
      sv: joinLines('Protokoll', 'Datum: 2024-01-10', '', 'NÄRVARANDE', 'Eva Hessman (S), Göteborg, ordförande', 'Pia Alhäll, Härryda (digitalt from p 4)', 'Bo Ek (M), Lerum (p 2)', 'Ann Lind (KD) (från p 2)', '', 'FRÅNVARANDE', 'Kim Ek, , protokolljusterare (V) (sjuk)', '', '1. Mötets öppnande', '2. Budget', '3. Lokaler', '4. Övriga frågor'),
      en: joinLines('Minutes', 'Date: 2024-01-10', '', 'PRESENT', 'Jane Smith (L), Finance, Chair', 'Omar Khan, Operations (remote, from item 2)', '', '1. Welcome', '2. Budget'),
    };
    const expected = {
      sv: ['Eva Hessman (S), Göteborg, ordförande', 'Pia Alhäll, Härryda', 'Bo Ek (M), Lerum', 'Ann Lind (KD)', 'Kim Ek, , protokolljusterare (V)'],
      en: ['Jane Smith (L), Finance, Chair', 'Omar Khan, Operations'],
    };
    for (const lang of ['sv', 'en'] as const) {
      const summary = summarizeMinutes('a.minutes', previous[lang]);
      const text = nextMeetingText(summary, { date: { year: 2024, month: 2, day: 14 }, openActions: [] });
      const lines = text.split('\n');
      const heading = lines.indexOf(lang === 'sv' ? 'NÄRVARANDE' : 'PRESENT');
      assert.deepEqual(lines.slice(heading + 1, lines.indexOf('', heading)), expected[lang], lang);
      // The new list reads back as the same people, with nothing said about how they will attend.
      const next = summarizeMinutes('b.minutes', text);
      assert.deepEqual(next.attendees.map(({ name, parties, organisation, role }) => ({ name, parties, organisation, role })), summary.attendees.map(({ name, parties, organisation, role }) => ({ name, parties, organisation, role })), lang);
      const analysis = analyzeMinutes(text);
      assert.deepEqual(analysis.document.sections.flatMap((section) => section.attendees).filter((a) => a.note && (a.note.refs.length > 0 || a.note.remote)).map((a) => a.name.text), [], lang);
      assert.deepEqual(analysis.diagnostics.map((d) => `${d.code}: ${d.message}`), [], lang);
    }
  });

  it('keeps the recorder\'s role in the new minutes', () => {
    const summary = summarizeMinutes('a.minutes', joinLines('Anteckningar', 'Datum: 2024-01-10', '', 'NÄRVARANDE', 'Karin Lund, GR', '', '1. Budget', '', 'Antecknat av: Karin Lund, sekreterare'));
    assert.equal(summary.recorderRole, 'sekreterare');
    const text = nextMeetingText(summary, { date: { year: 2024, month: 2, day: 14 }, openActions: [] });
    assert.match(text, /^Antecknat av: Karin Lund, sekreterare$/m);
  });

  it('numbers a protokoll\'s paragraphs on from the previous meeting, with §', () => {
    const summary = summarizeMinutes('a.minutes', joinLines('Protokoll', 'Datum: 2024-01-10', '', 'NÄRVARANDE', 'Karin Lund, GR', '', '§ 44 Mötets öppnande', '§ 45 Budget', 'Uppdrag: Karin Lund – räkna.', '§ 46 Övriga frågor'));
    const text = nextMeetingText(summary, { date: { year: 2024, month: 2, day: 14 }, openActions: rollUpActions([summary]) });
    assert.deepEqual(text.split('\n').filter((line) => /^(?:§|\d+\.)/.test(line)), ['§ 47 Mötets öppnande', '§ 48 Uppföljning av uppdrag', '§ 49 Övriga frågor']);
    // Items numbered 1., 2. … start at 1 again.
    const plain = summarizeMinutes('b.minutes', joinLines('Anteckningar', 'Datum: 2024-01-10', '', '1. Mötets öppnande', '2. Budget'));
    assert.match(nextMeetingText(plain, { date: { year: 2024, month: 2, day: 14 }, openActions: [] }), /^1\. Mötets öppnande$/m);
  });

  it('recognises standing items whatever their case and final punctuation', () => {
    assert.ok(isStandingItem('övriga frågor.'));
    assert.ok(isStandingItem('Stående punkter:'));
    assert.ok(!isStandingItem('Budget'));
    assert.ok(isStandingItem('Budget', ['budget']));
    assert.ok(!isStandingItem('Övriga frågor', ['Budget']));
    // A title that joins standing items is one (the example's "Stående punkter och övriga frågor");
    // one that joins a standing item with another subject is not.
    assert.ok(isStandingItem('Stående punkter och övriga frågor'));
    assert.ok(isStandingItem('Welcome and apologies'));
    assert.ok(isStandingItem('Upprop, val av justerare.'));
    assert.ok(!isStandingItem('Budget och övriga frågor'));
    assert.ok(!isStandingItem('Övriga frågor och'));
    assert.ok(isStandingItem('Budget & Information', ['budget', 'information']));
  });

  it('names the file by date, in the folder\'s pattern, never taking an existing name', () => {
    const date = { year: 2024, month: 6, day: 11 };
    const none = () => false;
    assert.equal(nextFileName('2024-05-14.minutes', date, none), '2024-06-11.minutes');
    assert.equal(nextFileName('styrelsen-2024-05-14.minutes', date, none), 'styrelsen-2024-06-11.minutes');
    assert.equal(nextFileName('maj.minutes', date, none), '2024-06-11.minutes');
    assert.equal(nextFileName(undefined, date, none), '2024-06-11.minutes');
    const taken = new Set(['2024-06-11.minutes', '2024-06-11-2.minutes']);
    assert.equal(nextFileName('2024-05-14.minutes', date, (n) => taken.has(n)), '2024-06-11-3.minutes');
    // A folder that names its files by month keeps doing so.
    assert.equal(nextFileName('board-2026-10.minutes', date, none), 'board-2024-06.minutes');
    assert.equal(nextFileName('2024-05.minutes', date, none), '2024-06.minutes');
    assert.equal(nextFileName('2024-05.minutes', date, (n) => n === '2024-06.minutes'), '2024-06-2.minutes');
    // The previous file's counter is not carried over; text after the date is.
    assert.equal(nextFileName('2024-05-14-2.minutes', date, none), '2024-06-11.minutes');
    assert.equal(nextFileName('board-2026-10-2.minutes', date, none), 'board-2024-06.minutes');
    assert.equal(nextFileName('styrelsen-2024-05-14-protokoll.minutes', date, none), 'styrelsen-2024-06-11-protokoll.minutes');
    // Another extension is not kept: the new file is a minutes file.
    assert.equal(nextFileName('mote-2026-01-15.txt', date, none), 'mote-2024-06-11.minutes');
    assert.equal(nextFileName('mote.txt', date, none), '2024-06-11.minutes');
    // Digits that are no date (a year alone, a longer number) are no pattern.
    assert.equal(nextFileName('protokoll-2024.minutes', date, none), '2024-06-11.minutes');
    assert.equal(nextFileName('nr-12024-05-14.minutes', date, none), '2024-06-11.minutes');
  });
});

describe('series: workspace symbols', () => {
  const search = workspaceSymbolSearch(workspaceSymbolEntries(meetings));
  /** Names of the symbols found, as `kind name`: the one call site of the search here. */
  function checkSearch(query: string, expected: readonly string[], limit?: number): void {
    assert.deepEqual(searchWorkspaceSymbols(search, query, limit).map((e) => `${e.kind} ${e.name}`), expected);
  }

  it('finds entries whose name holds every word, newest meeting first', () => {
    checkSearch('budget', ['action Anna Berg: ta fram ett budgetförslag.', 'item 2. Budget', 'action Anna Berg: ta fram ett budgetförslag.']);
    checkSearch('förslag  ANNA', ['action Anna Berg: ta fram ett budgetförslag.', 'action Anna Berg: ta fram ett budgetförslag.']);
    checkSearch('2024-04', ['meeting 2024-04-09 Styrelsen, Föreningen Ekbacken']);
    checkSearch('cecilia', ['person Cecilia Dahl', 'action David Falk, Cecilia Dahl: skicka kallelse till årsmötet.', 'action Cecilia Dahl: uppdatera webbplatsen.']);
  });

  it('compares in NFC, stops at the limit, and lists everything for an empty query', () => {
    checkSearch('A\u030arsmo\u0308te', ['item 3. Årsmöte', 'action Bo Ek: boka lokal för årsmötet.', 'action David Falk, Cecilia Dahl: skicka kallelse till årsmötet.', 'action Bo Ek: boka lokal för årsmötet.']);
    checkSearch('', ['meeting 2024-05-14 Styrelsen, Föreningen Ekbacken', 'item 1. Mötets öppnande'], 2);
    checkSearch('nothing like this', []);
  });
});
