import assert from 'node:assert/strict';
import { locate } from '../../../server/src/core/features/locate';
import {
  analyzeMinutes,
  codeActions,
  complete,
  definitionAt,
  documentSymbols,
  formatEdits,
  hover,
  renameEdits,
  semanticTokens,
  applyTextEdits,
  type Lang,
} from '../../../server/src/core/index';
import { withCursor } from '../../helpers/cursor';
import { joinLines } from '../../helpers/expect';

/**
 * The editor on an attendance list written on its heading's line (`Present: Karen Mitchell (Chair),
 * James Brennan`): each name is a person as on a line of its own — hover, definition, rename,
 * completion, quick fixes — and the line is one section whose heading ends at the colon.
 */

const en = ['Minutes', 'Date: 2025-03-18', 'Present: Karen Mitchell (Chair), James Brennan and Priya Sharma', 'Apologies: Tom Reed', 'Location: Town Hall', ''];
const sv = ['Anteckningar', 'Datum: 2025-03-18', 'Närvarande: Eva Berg, Ola Ek (digitalt från p 2), Nils Holm', ''];

function at(input: string, locale: Lang = 'en') {
  const { text, offset } = withCursor(input);
  return { text, offset, analysis: analyzeMinutes(text, { locale, today: { year: 2025, month: 3, day: 1 } }) };
}

describe('one-line attendance lists in the editor', () => {
  it('places the cursor: the heading before the colon, the list after it, the header on the lines below', () => {
    const region = (input: string) => {
      const { analysis, offset } = at(input);
      const ctx = locate(analysis, offset);
      return [ctx.region, ctx.onSectionHeading, ctx.section?.heading.text];
    };
    assert.deepEqual(region(joinLines('Minutes', 'Pres|ent: Karen Mitchell', 'Location: Hall')), ['section', true, 'Present']);
    assert.deepEqual(region(joinLines('Minutes', 'Present: Karen Mit|chell', 'Location: Hall')), ['section', false, 'Present']);
    assert.deepEqual(region(joinLines('Minutes', 'Present: Karen Mitchell', 'Loca|tion: Hall')), ['header', false, undefined]);
    // Inside a list of names, the lines around it stay the list's.
    assert.deepEqual(region(joinLines('Minutes', 'PRESENT', 'Karen Mitchell', 'Apologies: Tom Reed', 'James Bren|nan')), ['section', false, 'PRESENT']);
  });

  it('hovers, finds the definition of and renames a name of the list', () => {
    const input = joinLines(...en, '1. Budget', 'Action: James Brennan – circulate the accounts', 'Action: Chair – sign');
    const onName = at(input.replace('Karen Mitchell (Chair)', 'Karen Mit|chell (Chair)'));
    assert.match(hover(onName.analysis, onName.offset)?.markdown ?? '', /Karen Mitchell/);
    const onAction = at(input.replace('Action: James Brennan', 'Action: James Bre|nnan'));
    const [definition] = definitionAt(onAction.analysis, onAction.offset);
    assert.equal(onAction.text.slice(definition?.start, definition?.end), 'James Brennan');
    assert.equal(onAction.text.indexOf('James Brennan'), definition?.start);
    const renamed = renameEdits(onAction.analysis, onAction.offset, 'Jim Brennan');
    assert.ok(!('error' in renamed));
    assert.equal(applyTextEdits(onAction.text, renamed.edits), input.replace(/James Brennan/g, 'Jim Brennan'));
    // `Action: Chair` is Karen Mitchell, whose note is her role: nothing is reported.
    assert.deepEqual(onAction.analysis.diagnostics.map((d) => d.code), []);
  });

  it('proposes known members after the colon, a comma or `och`, and item numbers in a note', () => {
    const labels = (input: string, locale: Lang = 'en') => {
      const { analysis, offset } = at(input, locale);
      return complete(analysis, offset, { knownMembers: ['Karen Mitchell', 'Kim Lee', 'Ola Ek', 'Olle Berg'] }).items.map((i) => i.label);
    };
    assert.deepEqual(labels(joinLines('Minutes', 'Present: |', '', '1. A')), ['Karen Mitchell', 'Kim Lee', 'Ola Ek', 'Olle Berg']);
    assert.deepEqual(labels(joinLines('Minutes', 'Present: Karen Mitchell, K|', '', '1. A')), ['Kim Lee']);
    assert.deepEqual(labels(joinLines('Anteckningar', 'Närvarande: Eva Berg och Ol|', '', '1. A'), 'sv'), ['Ola Ek', 'Olle Berg']);
    assert.deepEqual(labels(joinLines('Anteckningar', 'Närvarande: Eva Berg (från p |', '', '1. A', '2. B'), 'sv'), ['1', '2']);
  });

  it('adds an unknown assignee at the end of the list, and removes a duplicate entry with its separator', () => {
    const { text, analysis } = at(joinLines(...en, '1. Budget', 'Action: Omar Kh|an – call'));
    const add = codeActions(analysis, { start: text.indexOf('Omar'), end: text.indexOf('Omar') }).find((a) => a.title === 'Add Omar Khan to Present');
    assert.ok(add);
    assert.match(applyTextEdits(text, add.edits), /^Present: Karen Mitchell \(Chair\), James Brennan and Priya Sharma, Omar Khan$/m);

    const remove = (line: string, expected: string) => {
      const input = joinLines('Minutes', 'Date: 2025-03-18', line, '', '1. A');
      const analysis = analyzeMinutes(input, { locale: 'en' });
      const duplicate = analysis.diagnostics.find((d) => d.code === 'duplicate-attendee');
      assert.ok(duplicate, line);
      const fix = codeActions(analysis, duplicate.span).find((a) => a.title.startsWith('Remove'));
      assert.ok(fix, line);
      assert.equal(applyTextEdits(input, fix.edits), joinLines('Minutes', 'Date: 2025-03-18', expected, '', '1. A'));
    };
    remove('Present: Tom Reed, Ann Bell and Tom Reed', 'Present: Tom Reed, Ann Bell');
    remove('Present: Tom Reed, Tom Reed (remote), Ann Bell', 'Present: Tom Reed, Ann Bell');
  });

  it('shows the list in the outline and colours its heading and people', () => {
    const { analysis, text } = at(joinLines(...sv, '1. A', '2. B|'), 'sv');
    const section = documentSymbols(analysis).find((s) => s.kind === 'section');
    assert.equal(section?.name, 'Närvarande');
    assert.deepEqual(section?.children?.map((c) => c.name), ['Eva Berg', 'Ola Ek', 'Nils Holm']);
    const tokens = semanticTokens(analysis).filter((t) => t.span.start >= text.indexOf('Närvarande') && t.span.end <= text.indexOf('Nils Holm') + 9);
    assert.deepEqual(tokens.map((t) => [text.slice(t.span.start, t.span.end), t.type]), [
      ['Närvarande', 'keyword'],
      ['Eva Berg', 'person'],
      ['Ola Ek', 'person'],
      ['digitalt från p', 'attendanceNote'],
      ['2', 'itemNumber'],
      ['Nils Holm', 'person'],
    ]);
  });

  it('is left as written by the formatter, with no blank line added before it', () => {
    const input = joinLines('Minutes', 'Date:   2025-03-18', 'Present:   Karen Mitchell ,James Brennan', 'Apologies: - Tom Reed', 'PRESENT', '* Ann Bell', '1. A', '');
    const analysis = analyzeMinutes(input, { locale: 'en' });
    assert.equal(
      applyTextEdits(input, formatEdits(analysis)),
      joinLines('Minutes', 'Date: 2025-03-18', 'Present:   Karen Mitchell ,James Brennan', 'Apologies: - Tom Reed', '', 'PRESENT', '- Ann Bell', '', '1. A', ''),
    );
  });
});

describe('one-line attendance lists in the header block', () => {
  it('stand in the header block, and the comments after them too', () => {
    const text = joinLines('Minutes', 'Date: 2025-03-18', 'Present: Karen Mitchell', 'Location: Town Hall', '// draft', '', 'PRESENT', 'Ann Bell', '', '1. A', 'Text.');
    const analysis = analyzeMinutes(text, { locale: 'en' });
    const header = documentSymbols(analysis).find((s) => s.kind === 'header');
    assert.equal(text.slice(header?.span.start, header?.span.end), joinLines('Minutes', 'Date: 2025-03-18', 'Present: Karen Mitchell', 'Location: Town Hall', '// draft'));
  });
});
