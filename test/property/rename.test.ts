/**
 * Properties of renaming a person: every edit replaces an occurrence of that person's name and
 * nothing else; afterwards the person is found under the new name as often as under the old
 * one, and every other person is where they were.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeMinutes, peopleIndex, renameEdits, type Analysis } from '../../server/src/core/index';
import { applyEdits } from '../helpers/edits';
import { corpus, minutesDocument, NEW_NAMES, runs } from './arbitraries';

const TODAY = { year: 2024, month: 3, day: 1 };
const analyze = (text: string) => analyzeMinutes(text, { locale: 'sv', today: TODAY });

/** How many occurrences each person has, by key. */
function counts(analysis: Analysis): Map<string, number> {
  return new Map([...peopleIndex(analysis).persons].map(([key, person]) => [key, person.occurrences.length]));
}

/**
 * The one call site: rename the person of the `pick`-th occurrence to `newName`. Returns false
 * when the rename was refused (with a message) or there is no person to rename.
 */
function check(text: string, pick: number, newName: string): boolean {
  const analysis = analyze(text);
  const index = peopleIndex(analysis);
  const occurrence = index.occurrences[pick % Math.max(1, index.occurrences.length)];
  if (!occurrence) return false;
  const person = index.persons.get(occurrence.key);
  assert.ok(person, 'every occurrence belongs to a person');
  const result = renameEdits(analysis, occurrence.span.start, newName);
  if ('error' in result) {
    assert.ok(result.error.length > 0);
    return false;
  }
  const occurrenceSpans = new Set(person.occurrences.map((o) => `${o.span.start}:${o.span.end}`));
  for (const edit of result.edits) {
    assert.ok(occurrenceSpans.has(`${edit.span.start}:${edit.span.end}`), `edit of ${JSON.stringify(text.slice(edit.span.start, edit.span.end))}, not an occurrence of ${person.name}`);
  }
  const renamed = analyze(applyEdits(text, result.edits));
  const before = counts(analysis);
  const after = counts(renamed);
  const newPerson = peopleIndex(renamed).at(renamedOffset(occurrence.span.start, result.edits));
  assert.ok(newPerson, 'the renamed occurrence is still a person');
  assert.equal(after.get(newPerson.key), person.occurrences.length, `${person.name} → ${newName}: occurrences`);
  for (const [key, count] of before) {
    if (key !== person.key && key !== newPerson.key) assert.equal(after.get(key), count, `${key} untouched`);
  }
  return true;
}

/** Where `offset` (the start of an edited span) lands once `edits` are applied. */
function renamedOffset(offset: number, edits: readonly { span: { start: number; end: number }; newText: string }[]): number {
  let shift = 0;
  for (const edit of edits) if (edit.span.end <= offset && edit.span.start < offset) shift += edit.newText.length - (edit.span.end - edit.span.start);
  return offset + shift;
}

describe('property: renaming a person', () => {
  it('on generated documents', function () {
    this.timeout(Math.max(60_000, runs(300) * 100));
    let renamed = 0;
    fc.assert(
      fc.property(minutesDocument, fc.nat(), fc.constantFrom(...NEW_NAMES), (text, pick, newName) => {
        if (check(text, pick, newName)) renamed++;
      }),
      { numRuns: runs(300) },
    );
    assert.ok(renamed > 100, `only ${renamed} renames were made`);
  });

  for (const file of corpus().filter((f) => f.name.startsWith('examples/') || f.name.includes('parser/'))) {
    it(`on every person of ${file.name}`, () => {
      const people = peopleIndex(analyze(file.text)).occurrences.length;
      for (let pick = 0; pick < people; pick++) check(file.text, pick, NEW_NAMES[pick % NEW_NAMES.length] ?? 'Anna Lind');
    });
  }
});
