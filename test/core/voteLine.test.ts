import assert from 'node:assert/strict';
import { isVoteLine } from '../../server/src/core/syntax/voteLine';

describe('a footer keyword line that records a vote (voteLine.ts)', () => {
  const cases: [line: string, vote: boolean][] = [
    ['Approved: 7 in favour, 0 against, 1 abstention.', true],
    ['Approved: 7 in favor, 2 against', true],
    ['Approved: 5 for, 2 against', true],
    ['Approved: by 7 votes to 2', true],
    ['Approved: 7 votes for', true],
    ['Approved: 5–2', true],
    ['Approved: 7-0-1.', true],
    ['Approved: 7 to 2', true],
    ['Approved: unanimously.', true],
    ['Approved: Nem. con.', true],
    ['Justeras: 5 röster för, 2 emot', true],
    ['Justerat: enhälligt', true],
    ['Approved: 12 ja, 3 nej', true],
    // Names, dates and a place and date are a footer's.
    ['Approved: Tom Reed (Chair) on 3 June 2025', false],
    ['Approved: April 19, 2025', false],
    ['Approved: 2025-04-19', false],
    ['Approved: 20-03-2025', false],
    ['Approved: 19/4 2025', false],
    ['Justeras: Lerum 2025-03-20', false],
    ['Justeras: 3 juni 2025', false],
    ['Approved: Forbes Nolan', false],
    ['Approved by:', false],
    ['Justeras', false],
    ['Antecknat av: Anna Noren', false],
  ];
  for (const [line, vote] of cases) {
    it(`${JSON.stringify(line)} ${vote ? 'records a vote' : 'does not'}`, () => assert.equal(isVoteLine(`${line}\n`, 0, line.length + 1), vote));
  }
});
