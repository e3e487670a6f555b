import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMinutes, DIAGNOSTIC_CODES, parseMinutes, type AnalyzeOptions } from '../../server/src/core/index';
import { dumpDiagnostics } from '../helpers/dump';
import { expectFile, joinLines, root } from '../helpers/expect';

const fixtures = join(root, 'test/fixtures/diagnostics');
const TODAY = { year: 2024, month: 3, day: 1 };

/** Analyses a fixture in the document's own language, with a fixed "today". */
function analyze(text: string, options: AnalyzeOptions = {}) {
  const locale = parseMinutes(text).document.language;
  return analyzeMinutes(text, { locale, today: TODAY, ...options });
}

describe('diagnostics: one fixture per code, and one where it must not fire', () => {
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.minutes'));

  for (const file of files) {
    it(`${file} matches its golden diagnostics`, () => {
      const text = readFileSync(join(fixtures, file), 'utf8');
      expectFile(join(fixtures, file.replace(/\.minutes$/, '.expected.txt')), dumpDiagnostics(analyze(text)));
    });
  }

  for (const code of DIAGNOSTIC_CODES) {
    it(`${code} fires in ${code}.minutes`, () => {
      const text = readFileSync(join(fixtures, `${code}.minutes`), 'utf8');
      const codes = analyze(text).diagnostics.map((d) => d.code);
      assert.ok(codes.includes(code), `expected ${code} among ${codes.join(', ') || 'no diagnostics'}`);
    });
    it(`${code} does not fire in ${code}.ok.minutes`, () => {
      const text = readFileSync(join(fixtures, `${code}.ok.minutes`), 'utf8');
      const found = analyze(text).diagnostics.filter((d) => d.code === code);
      assert.deepEqual(found.map((d) => d.message), []);
    });
  }
});

/** The single call site of the API in this suite: input, then the expected `line:col code` list. */
function check(input: string, expected: readonly string[], options: AnalyzeOptions = {}): void {
  const analysis = analyzeMinutes(input, { locale: 'en', today: TODAY, ...options });
  const actual = analysis.diagnostics.map((d) => {
    const covered = input.slice(d.span.start, d.span.end);
    return `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${JSON.stringify(covered)}`;
  });
  assert.deepEqual(actual, expected);
}

const header = ['Minutes', 'Date: 2024-03-08', '', 'PRESENT', 'Eva Hessman, Göteborg', ''];

describe('diagnostics: ranges and details', () => {
  it('puts missing-assignee on the keyword', () => {
    check(joinLines(...header, '1. Budget', 'Action: review the budget'), ['8:1 error missing-assignee "Action"']);
  });

  it('puts unknown-assignee on the name and suggests the closest attendee', () => {
    const a = analyzeMinutes(joinLines(...header, '1. Budget', 'Action: Eva Hesman – review the budget'), { locale: 'en' });
    const d = a.diagnostics.find((x) => x.code === 'unknown-assignee');
    assert.equal(d?.message, '"Eva Hesman" is not an attendee, a known member or an organisation. Did you mean "Eva Hessman"?');
    assert.deepEqual(d?.data?.suggestions, ['Eva Hessman']);
  });

  it('puts unknown-assignee on the name after the @ of a mention, and finds a mentioned attendee', () => {
    check(joinLines(...header, '1. Budget', 'Action: @Eva Hesman – review the budget', 'Action: @Eva – read it', '  Owner: @Eva Hessman'), ['8:10 warning unknown-assignee "Eva Hesman"']);
  });

  it('suggests nothing for an assignee far longer than a name, and does not measure it against every name', () => {
    // Two pasted paragraphs, one as an attendee and one as the assignee, a few letters apart.
    const words = Array.from({ length: 4_000 }, (_, i) => `ord${i % 97}`).join(' ');
    const a = analyzeMinutes(joinLines(...header.slice(0, 5), words, '', '1. Budget', `Action: ${words}x, Eva Hesman – review`), { locale: 'en' });
    const unknown = a.diagnostics.filter((x) => x.code === 'unknown-assignee');
    assert.deepEqual(unknown.map((d) => d.data?.suggestions), [[], ['Eva Hessman']]);
  });

  it("offers one spelling per name, the document's own before a known member's", () => {
    const input = joinLines('Minutes', 'Date: 2024-03-08', 'PRESENT', 'Per Ström, Ops', '1. Budget', 'Action: Per Strom – review the budget');
    const a = analyzeMinutes(input, { locale: 'en', knownMembers: ['Per  Ström', 'PER STRÖM'] });
    const d = a.diagnostics.find((x) => x.code === 'unknown-assignee');
    assert.deepEqual(d?.data?.suggestions, ['Per Ström']);
    assert.match(d?.message ?? '', /Did you mean "Per Ström"\?$/);
  });

  it('warns once for one mistyped item number, and once for a real jump', () => {
    const numbered = (numbers: number[]) => {
      const text = joinLines('Minutes', 'Date: 2024-03-08', ...numbers.map((n) => `${n}. Item`));
      return analyzeMinutes(text, { locale: 'en' }).diagnostics.map((d) => `${a(text, d.span.start)} ${d.message}`);
    };
    const a = (text: string, at: number) => text.slice(at, text.indexOf('.', at));
    assert.deepEqual(numbered([1, 2, 30, 4, 5]), ['30 Items jump from 2 to 30; expected item 3.']);
    assert.deepEqual(numbered([1, 2, 4, 5]), ['4 Items jump from 2 to 4; expected item 3.']);
    assert.deepEqual(numbered([1, 2, 30, 31]), ['30 Items jump from 2 to 30; expected item 3.']);
    // One stray number warns once, wherever the items after it go on.
    assert.deepEqual(numbered([1, 2, 30, 3, 4]), ['30 Items jump from 2 to 30; expected item 3.']);
    assert.deepEqual(numbered([1, 2, 3, 2025, 4, 5, 6]), ['2025 Items jump from 3 to 2025; expected item 4.']);
    assert.deepEqual(numbered([1, 2, 3, 1, 4]).length, 1);
    assert.deepEqual(numbered([1, 2, 30, 5, 6]), ['30 Items jump from 2 to 30; expected item 3.', '5 Items jump from 2 to 5; expected item 3.']);
    // A number below the highest so far is said to come after that one.
    assert.deepEqual(numbered([1, 2, 9, 8, 3, 4]), ['9 Items jump from 2 to 9; expected item 3.', '8 Item 8 comes after item 9; items should be in numerical order.']);
    assert.deepEqual(numbered([1, 2, 6, 7, 3]), ['6 Items jump from 2 to 6; expected item 3.', '3 Item 3 comes after item 7; items should be in numerical order.']);
    assert.deepEqual(numbered([5, 1, 2, 3]), ['5 The first item is numbered 5; expected 1.']);
    assert.deepEqual(numbered([1, 2, 3, 5, 4, 6]).length, 1);
    assert.deepEqual(numbered([1, 2, 5]), ['5 Items jump from 2 to 5; expected item 3.']);
    assert.deepEqual(numbered([3, 2, 1]).length, 2);
  });

  it('numbered with §: one stray paragraph warns once, a first one out of place too, named as paragraphs', () => {
    const numbered = (numbers: number[]) => {
      const text = joinLines('Protokoll', 'Datum: 2024-03-08', ...numbers.map((n) => `§ ${n} Ärende`));
      return analyzeMinutes(text, { locale: 'sv' }).diagnostics.map((d) => `${text.slice(d.span.start, d.span.end)} ${d.message}`);
    };
    assert.deepEqual(numbered([12, 2025, 13, 14]), ['2025 Paragraferna hoppar från § 12 till § 2025; § 13 borde komma här.']);
    assert.deepEqual(numbered([12, 13, 14]), []);
    assert.deepEqual(numbered([30, 2, 3, 4]), ['2 § 2 står efter § 30; paragraferna ska vara i nummerordning.']);
  });

  it('accepts a known member passed in by the caller', () => {
    check(joinLines(...header, '1. Budget', 'Action: Anna Berg – review the budget'), [], { knownMembers: ['Anna Berg'] });
  });

  it('says that a known member before a comma looks like the owner, through the same resolver', () => {
    const owner = (line: string, knownMembers: readonly string[]) =>
      analyzeMinutes(joinLines(...header, '1. Budget', line), { locale: 'en', knownMembers }).diagnostics.map((d) => d.data?.assignee ?? d.message);
    assert.deepEqual(owner('Action: Anna Berg, review the budget', ['Anna Berg']), ['Anna Berg']);
    assert.deepEqual(owner('Action: Anna Berg, Eva Hessman, review the budget', ['Anna Berg']), ['Anna Berg, Eva Hessman']);
    // Without the member, the words before the comma are the task's, as any other.
    assert.deepEqual(owner('Action: Anna Berg, review the budget', []), ['This action has no owner. Write "Action: Name – task" or add a line "Owner: Name".']);
  });

  it('reports a person present only from item 2 who is assigned in item 1', () => {
    const input = joinLines('Minutes', 'Date: 2024-03-08', 'PRESENT', 'Omar Khan, Ops (from item 2)', '1. Budget', 'Action: Omar Khan – review the budget', '2. Other');
    check(input, ['6:9 information assignee-not-present "Omar Khan"']);
  });

  it('honours a severity setting and "off"', () => {
    const input = joinLines(...header, '1. Budget', 'Action: review the budget');
    check(input, ['8:1 warning missing-assignee "Action"'], { severities: { 'missing-assignee': 'warning' } });
    check(input, [], { severities: { 'missing-assignee': 'off' } });
  });

  it('writes messages in Swedish when asked', () => {
    const a = analyzeMinutes(joinLines(...header, '1. Budget', 'Action: review the budget'), { locale: 'sv' });
    assert.match(a.diagnostics[0]?.message ?? '', /^Uppdraget saknar ansvarig/);
  });

  it('reports a range note pointing past the last item once', () => {
    check(joinLines('Minutes', 'Date: 2024-03-08', 'PRESENT', 'Omar Khan (items 1-9)', '1. Budget'), ['4:18 warning unknown-item-reference "1-9"']);
  });

  it('hints at an assignment written into a decision', () => {
    const a = analyzeMinutes(joinLines('Protokoll', 'Datum: 2024-03-08', '§ 4 Budget', 'Beslut: Styrelsen ger förvaltningen i uppdrag att ta fram en budget.'), { locale: 'sv' });
    assert.deepEqual(a.diagnostics.map((d) => [d.code, d.data?.assignee, d.data?.task]), [['prose-assignment', 'förvaltningen', 'ta fram en budget']]);
  });

  it('compares names after NFC normalisation and case folding', () => {
    check(joinLines(...header, '1. Budget', 'Action: EVA HESSMAN – review the budget', 'Action: Eva Hessman and Go\u0308teborg – call'), []);
  });
});
