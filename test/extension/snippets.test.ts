import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMinutes, type ActionBlock, type Analysis, type Block } from '../../server/src/core/index';
import { joinLines, root } from '../helpers/expect';
import { expandSnippet, snippetChoices, type ExpandOptions } from './snippetBody';

interface Snippet {
  readonly prefix: string | readonly string[];
  readonly description: string;
  readonly body: string | readonly string[];
}

const snippets = JSON.parse(readFileSync(join(root, 'snippets/minutes.json'), 'utf8')) as Record<string, Snippet>;
const TODAY = { year: 2024, month: 3, day: 8 };
const TODAY_ISO = '2024-03-08';

function snippet(name: string): Snippet {
  const found = snippets[name];
  assert.ok(found, `snippets/minutes.json has no snippet "${name}"`);
  return found;
}

function expand(name: string, options: Omit<ExpandOptions, 'today'> = {}): string {
  return expandSnippet(snippet(name).body, { today: TODAY, ...options });
}

function analyze(text: string): Analysis {
  return analyzeMinutes(text, { today: TODAY, locale: 'sv' });
}

/** Diagnostics as `code: message` lines, for readable failures. */
function problems(analysis: Analysis, severities: readonly string[] = ['error', 'warning', 'information', 'hint']): string[] {
  return analysis.diagnostics.filter((d) => severities.includes(d.severity)).map((d) => `${d.severity} ${d.code}: ${d.message}`);
}

/** A meeting with a slot (`@@`) in item 2 or in the attendance list, where a snippet is inserted. */
const host = {
  sv: (itemSlot: string, attendeeSlot = '') =>
    joinLines(
      'Anteckningar',
      `Datum: ${TODAY_ISO}`,
      '',
      'NÄRVARANDE',
      'Eva Hessman, Göteborg',
      'Tina Eide, Göteborg',
      attendeeSlot,
      '',
      '1. Inledning',
      '',
      '2. Budget',
      itemSlot,
      '',
      '3. Övrigt',
    ),
  en: (itemSlot: string, attendeeSlot = '') =>
    joinLines(
      'Minutes',
      `Date: ${TODAY_ISO}`,
      '',
      'PRESENT',
      'Eva Hessman, Finance',
      'Tina Eide, Parks',
      attendeeSlot,
      '',
      '1. Opening',
      '',
      '2. Budget',
      itemSlot,
      '',
      '3. Any other business',
    ),
};

function blocksOfItem(analysis: Analysis, number: number): readonly Block[] {
  const item = analysis.document.items.find((i) => i.number === number);
  assert.ok(item, `no item ${number}`);
  return item.body;
}

function onlyAction(analysis: Analysis): ActionBlock {
  const actions = blocksOfItem(analysis, 2).filter((b): b is ActionBlock => b.kind === 'action');
  assert.equal(actions.length, 1, 'one action in item 2');
  return actions[0] as ActionBlock;
}

const wholeMeetings = ['Anteckningar (svenska)', 'Protokoll (svenska)', 'Minutes (English)'];

describe('the snippet expander used by these tests', () => {
  const x = (body: string, options: Omit<ExpandOptions, 'today'> = {}) => expandSnippet(body, { today: { year: 2024, month: 3, day: 8 }, ...options });
  it('fills tab stops, placeholders, nested placeholders, mirrors, choices and date variables', () => {
    assert.equal(x('a $1 b ${2} c'), 'a  b  c');
    assert.equal(x('${1:Eva} – $1'), 'Eva – Eva');
    assert.equal(x('$1 then ${1:Eva}'), 'Eva then Eva');
    assert.equal(x('x.${1: Senast: ${2:15 juni}}$0'), 'x. Senast: 15 juni');
    assert.equal(x('x.${1: Senast: ${2:15 juni}}', { fill: { 1: '' } }), 'x.');
    assert.equal(x('(${3|digitalt,från p 2|})'), '(digitalt)');
    assert.equal(x('(${3|digitalt,från p 2|})', { choose: { 3: 1 } }), '(från p 2)');
    assert.equal(x('$CURRENT_YEAR-$CURRENT_MONTH-${CURRENT_DATE}'), '2024-03-08');
    assert.equal(x('\\$1 \\} ${1:a\\}b}'), '$1 } a}b');
    assert.equal(x('${1|a\\,b,c|}'), 'a,b');
    assert.equal(x('costs 5$'), 'costs 5$');
  });
  it('rejects unknown variables and unclosed placeholders', () => {
    assert.throws(() => x('$CURRENT_YAER'), /unknown snippet variable/);
    assert.throws(() => x('${1:open'), /unclosed/);
    assert.throws(() => x('${1|a,b'), /unclosed choice/);
  });
});

/**
 * A snippet's text as a document of its own. An action or a decision alone, with no item above it,
 * stands before the first item, where it is a syntax error by design (an action line in the header
 * is no action): such a snippet is given an item to stand in.
 */
function onItsOwn(text: string): string {
  return /^(?:Uppdrag|Action|Beslut|Decision):/.test(text) ? `1. Punkt\n${text}` : text;
}

describe('snippets', () => {
  it('every snippet has a prefix, a description and a body the expander reads', () => {
    assert.ok(Object.keys(snippets).length >= 12);
    for (const [name, s] of Object.entries(snippets)) {
      const prefixes = typeof s.prefix === 'string' ? [s.prefix] : s.prefix;
      assert.ok(prefixes.length > 0 && prefixes.every((p) => p.trim() !== ''), `${name}: prefix`);
      assert.ok(s.description.length > 10, `${name}: description`);
      assert.doesNotThrow(() => expandSnippet(s.body, { today: TODAY }), `${name}: body`);
    }
  });

  it('every snippet body, placeholders filled with their defaults, parses without syntax-error', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const text = expandSnippet(s.body, { today: TODAY });
      const syntax = analyze(onItsOwn(text)).diagnostics.filter((d) => d.code === 'syntax-error');
      assert.deepEqual(syntax, [], `${name}:\n${text}`);
      // Also where it is meant to be typed: in an item, or in the attendance list.
      const inAttendance = /^(?:Närvarande|Attendee)/.test(name);
      const placed = inAttendance ? host.sv('', text) : host.sv(text);
      assert.deepEqual(analyze(placed).diagnostics.filter((d) => d.code === 'syntax-error'), [], `${name} in a meeting`);
    }
  });

  it('every choice option of every snippet parses without syntax-error', () => {
    for (const [name, s] of Object.entries(snippets)) {
      for (const [index, options] of snippetChoices(s.body)) {
        for (let i = 0; i < options.length; i++) {
          const text = expandSnippet(s.body, { today: TODAY, choose: { [index]: i } });
          assert.deepEqual(problems(analyze(onItsOwn(text))).filter((p) => p.includes('syntax-error')), [], `${name}, option "${options[i]}"`);
        }
      }
    }
  });

  describe('whole meetings', () => {
    for (const name of wholeMeetings) {
      it(`"${name}" gives a clean document once the placeholders are filled`, () => {
        const analysis = analyze(expand(name));
        assert.deepEqual(problems(analysis), [], name);
        const { document } = analysis;
        assert.ok(document.title, 'a title');
        const date = document.headerFields.find((f) => f.kind === 'date');
        assert.deepEqual(date?.date?.date, TODAY, 'the date is today ($CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE)');
        assert.ok(document.sections.some((s) => s.kind === 'present' && s.attendees.length >= 1), 'an attendance list');
        assert.ok(document.items.length >= 3, 'at least three items');
        assert.deepEqual(
          document.items.map((i) => i.number),
          document.items.map((_, i) => i + 1),
          'items numbered from 1',
        );
        assert.ok(document.footer?.entries.some((e) => e.kind === 'recorder' && e.persons.length === 1), 'who took the minutes');
      });
    }

    it('the Swedish and English meetings use the language of their names', () => {
      const sv = analyze(expand('Anteckningar (svenska)')).document;
      const en = analyze(expand('Minutes (English)')).document;
      assert.deepEqual([sv.language, en.language], ['sv', 'en']);
      assert.deepEqual(sv.headerFields.map((f) => f.key.text), ['Möte', 'Datum', 'Plats']);
      assert.deepEqual(en.headerFields.map((f) => f.key.text), ['Meeting', 'Date', 'Location']);
    });

    it('the protokoll has § items from the opening on, and a chair, a secretary and adjusters', () => {
      const analysis = analyze(expand('Protokoll (svenska)'));
      const { document } = analysis;
      const headings = document.items.map((i) => analysis.text.slice(i.headerSpan.start, i.headerSpan.end));
      assert.ok(headings.every((h) => /^§ \d+ /.test(h)), `every item is a § item: ${headings.join(' | ')}`);
      assert.deepEqual(
        document.items.slice(0, 3).map((i) => i.title.text),
        ['Mötets öppnande', 'Val av justerare', 'Fastställande av dagordning'],
      );
      assert.equal(document.items.at(-1)?.title.text, 'Mötets avslutande');
      const persons = (kind: string) => document.headerFields.find((f) => f.kind === kind)?.persons?.map((p) => p.text);
      assert.deepEqual(persons('chair'), ['Ordförandens namn']);
      assert.deepEqual(persons('secretary'), ['Sekreterarens namn']);
      assert.deepEqual(persons('adjusters'), ['Justerarens namn']);
      assert.deepEqual(
        document.footer?.entries.map((e) => [e.kind, e.persons.map((p) => p.name.text)]),
        [
          ['recorder', ['Sekreterarens namn']],
          ['adjusters', ['Ordförandens namn', 'Justerarens namn']],
        ],
      );
      // The mirrored names: what is typed for the chair appears in the attendance and the footer too.
      const filled = analyze(expand('Protokoll (svenska)', { fill: { 5: 'Eva Hessman', 6: 'Maria Standar', 7: 'Pia Alhäll' } }));
      assert.deepEqual(problems(filled), []);
      assert.deepEqual(
        filled.document.sections[0]?.attendees.slice(0, 3).map((a) => [a.name.text, a.role?.text]),
        [
          ['Eva Hessman', 'ordförande'],
          ['Maria Standar', 'sekreterare'],
          ['Pia Alhäll', 'justerare'],
        ],
      );
    });
  });

  describe('lines in an item', () => {
    for (const [name, lang] of [
      ['Uppdrag', 'sv'],
      ['Action', 'en'],
    ] as const) {
      it(`"${name}" is an action with an assignee, a task and a deadline`, () => {
        const analysis = analyze(host[lang](expand(name, { fill: { 1: 'Eva Hessman' } })));
        assert.deepEqual(problems(analysis), []);
        const action = onlyAction(analysis);
        assert.deepEqual(action.assignees.map((a) => a.name.text), ['Eva Hessman']);
        assert.ok(action.task?.text);
        assert.deepEqual(action.deadline?.date.date, TODAY);
        // The deadline is one placeholder: deleting it leaves a complete action.
        const withoutDeadline = onlyAction(analyze(host[lang](expand(name, { fill: { 1: 'Eva Hessman', 3: '' } }))));
        assert.equal(withoutDeadline.deadline, undefined);
        assert.deepEqual(withoutDeadline.assignees.map((a) => a.name.text), ['Eva Hessman']);
      });
    }

    for (const [name, lang] of [
      ['Uppdrag med ansvarig på egen rad', 'sv'],
      ['Action with owner lines', 'en'],
    ] as const) {
      it(`"${name}" is one action with its owner, deadline and status lines`, () => {
        const choices = snippetChoices(snippet(name).body).get(4) ?? [];
        assert.equal(choices.length, 3);
        const statuses = choices.map((_, i) => {
          const analysis = analyze(host[lang](expand(name, { fill: { 2: 'Tina Eide' }, choose: { 4: i } })));
          assert.deepEqual(problems(analysis), []);
          const action = onlyAction(analysis);
          assert.deepEqual(action.assignees.map((a) => a.name.text), ['Tina Eide']);
          assert.deepEqual(action.deadline?.date.date, TODAY);
          return action.status?.value;
        });
        assert.deepEqual(statuses, ['open', 'inProgress', 'done']);
      });
    }

    for (const [name, lang] of [
      ['Beslut', 'sv'],
      ['Decision', 'en'],
    ] as const) {
      it(`"${name}" is a decision`, () => {
        const analysis = analyze(host[lang](expand(name)));
        assert.deepEqual(problems(analysis), []);
        assert.deepEqual(blocksOfItem(analysis, 2).map((b) => b.kind), ['decision']);
      });
    }

    for (const name of ['Punkt', 'Item', 'Paragraf (§)']) {
      it(`"${name}" starts an item whose number is a placeholder`, () => {
        const text = expand(name, { fill: { 1: '4', 2: 'Nästa punkt' } });
        const analysis = analyze(`${host.sv('')}\n\n${text}`);
        assert.deepEqual(problems(analysis), []);
        assert.deepEqual(analysis.document.items.at(-1)?.number, 4);
        assert.equal(analysis.document.items.at(-1)?.title.text, 'Nästa punkt');
      });
    }
  });

  describe('attendees with a note', () => {
    for (const [name, lang] of [
      ['Närvarande med anteckning', 'sv'],
      ['Attendee with a note', 'en'],
    ] as const) {
      it(`every note offered by "${name}" is understood`, () => {
        const choices = snippetChoices(snippet(name).body).get(3) ?? [];
        assert.ok(choices.length >= 5);
        for (let i = 0; i < choices.length; i++) {
          const line = expand(name, { fill: { 1: 'Anna Lind', 2: 'Ale' }, choose: { 3: i } });
          const analysis = analyze(host[lang]('', line));
          assert.deepEqual(problems(analysis), [], line);
          const attendee = analysis.document.sections[0]?.attendees.find((a) => a.name.text === 'Anna Lind');
          assert.ok(attendee?.note, `${line}: a note`);
          assert.equal(attendee.organisation?.text, 'Ale');
          const note = attendee.note;
          const facts = [note.remote, note.from, note.to, note.only?.length, note.except?.length].filter(Boolean);
          assert.ok(facts.length > 0, `${line}: the note says something`);
          assert.deepEqual(note.free.map((f) => f.text), [], `${line}: nothing left unread`);
        }
      });
    }
  });
});
