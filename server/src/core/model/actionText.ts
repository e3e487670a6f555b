import { trimmedNode } from '../syntax/cstUtil';
import type { TextNode } from '../text/span';
import { DEADLINE_WORDS, wordsPattern } from '../syntax/keywords';

/**
 * Splits an assignee list — `Gitte Caous, Rickard Vidlund och Maria Reinholdsson` — at commas and
 * at the words `och`, `and` and `&`, keeping each name's exact place in the document.
 */
export function splitNames(source: string, start: number, end: number): TextNode[] {
  const names: TextNode[] = [];
  const text = source.slice(start, end);
  // One pass over the text finds every separator; the names are the stretches between them.
  const separator = /,|\s+(?:och|and)\s+|\s*&\s*/gi;
  let pieceStart = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    const node = trimmedNode(source, start + pieceStart, start + m.index);
    if (node.text) names.push(node);
    pieceStart = m.index + m[0].length;
  }
  const last = trimmedNode(source, start + pieceStart, end);
  if (last.text) names.push(last);
  return names;
}

const DEADLINE = new RegExp(String.raw`(?:^|(?<=[\s.;,]))(${wordsPattern(DEADLINE_WORDS)})\s*:\s*`, 'giu');

export interface TaskAndDeadline {
  /** The task without the deadline and its punctuation; empty text when there is none. */
  readonly task: TextNode;
  readonly deadline?: { readonly keyword: TextNode; readonly text: TextNode };
}

/**
 * Separates a trailing `Senast: DATE` (or `Due:`, `Klart:`) from a task. The last such phrase on
 * the line wins, so a task may mention "senast" in passing.
 */
export function splitDeadline(source: string, start: number, end: number): TaskAndDeadline {
  const text = source.slice(start, end);
  let last: RegExpExecArray | undefined;
  DEADLINE.lastIndex = 0;
  for (let m = DEADLINE.exec(text); m; m = DEADLINE.exec(text)) last = m;
  if (!last || last[1] === undefined) return { task: trimmedNode(source, start, end) };
  const keywordStart = start + last.index + (last[0].length - last[0].trimStart().length);
  const keyword: TextNode = { text: last[1], span: { start: keywordStart, end: keywordStart + last[1].length } };
  const dateStart = start + last.index + last[0].length;
  // A full stop after the date ends the sentence; it is not part of the date.
  let dateEnd = end;
  while (dateEnd > dateStart && /[\s.]/.test(source.charAt(dateEnd - 1))) dateEnd--;
  return {
    task: trimmedNode(source, start, keywordStart),
    deadline: { keyword, text: trimmedNode(source, dateStart, dateEnd) },
  };
}
