import { allowDecomposed, wordsPattern } from './keywords';

/**
 * A footer keyword's line that records a vote (`Approved: 7 in favour, 0 against, 1 abstention.`,
 * `Approved: 5–2`, `Approved: unanimously`): the outcome of a matter in its item's text, never the
 * footer. Asked only of lines the lexer has made `FooterLine`s, once each, so it costs nothing on
 * the lines of a body.
 */

/** Words after a number that make it a count of votes. */
const VOTE_WORDS = [
  'in favour', 'in favor', 'for', 'against', 'abstention', 'abstentions', 'abstained', 'abstaining', 'abstain',
  'yes', 'no', 'aye', 'ayes', 'nay', 'nays', 'noes',
  'för', 'emot', 'mot', 'ja', 'nej', 'nedlagd', 'nedlagda', 'avstod', 'avstår', 'avstående', 'blank', 'blanka',
];

/** A whole outcome in words. */
const OUTCOME_WORDS = ['unanimously', 'unanimous', 'enhälligt', 'nem con', 'nem. con.', 'nem.con.'];

/**
 * After the keyword's colon: a number (`by 7`, optionally `votes`/`röster`) and a vote word; a
 * tally of two or three numbers (`5–2`, `7-0-1`, `7 votes to 2`) that is not a date (`20-03-2025`); or
 * an outcome in words. Anchored and bounded: one line's length.
 */
const VOTE = new RegExp(
  `^[^:]*:[^\\S\\r\\n]*(?:(?:by|med)\\s+)?(?:` +
    `\\d{1,4}\\s*(?:(?:votes?|${allowDecomposed('röster')})\\s+)?(?:${wordsPattern(VOTE_WORDS)})(?![\\p{L}\\p{M}])` +
    `|\\d{1,3}\\s*(?:votes?\\s+)?(?:[-–—]|\\bto\\b)\\s*\\d{1,3}(?:\\s*[-–—]\\s*\\d{1,3})?(?!\\s*[-–—/.]?\\s*\\d)` +
    `|(?:${wordsPattern(OUTCOME_WORDS)})(?![\\p{L}\\p{M}]))`,
  'iu',
);

/** Whether the footer keyword's line `[start, end)` of `source` records a vote. */
export function isVoteLine(source: string, start: number, end: number): boolean {
  return VOTE.test(source.slice(start, end));
}
