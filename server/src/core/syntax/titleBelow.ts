import type { IToken } from 'chevrotain';
import type { TextNode } from '../text/span';
import { lineOf } from './blankLines';
import { isCaseNumberLine } from './caseNumber';
import { lineContent } from './cstUtil';
import { TextLine } from './tokens';

/**
 * The title of an item whose heading holds only its number, written on the line below, as a
 * protokoll laid out in a table and copied from Word or a PDF has it:
 *
 * ```
 * § 23
 * Val av justerare
 * Nämnden beslutar att utse Johan Persson (M) att justera protokollet.
 *
 * § 24
 * Dnr KFN 2025/0031
 * Verksamhetsberättelse 2024
 * ```
 *
 * The line right below the heading (in a double-spaced document, the line after the blank line)
 * is the title when it is a line of text that reads as one: a capital letter or a digit first,
 * at most a hundred characters, and no full stop, colon, comma or semicolon at its end (which a
 * sentence of the item's text, or the words that lead into a list, has). A case number there
 * (`Dnr KFN 2025/0031`, `Diarienummer …`) stays the first line of the item's text, and the line
 * below it is looked at instead. Returns the title and the body's lines without it; undefined
 * when the line below is no title, and the item keeps an empty title as written.
 */
export function titleBelow(source: string, heading: IToken, lines: readonly IToken[], doubleSpaced: boolean): { title: TextNode; lines: IToken[] } | undefined {
  const reach = doubleSpaced ? 2 : 1;
  let at = 0;
  let above = lineOf(heading);
  let first = lines[0];
  if (first && first.tokenType === TextLine && lineOf(first) - above <= reach && isCaseNumberLine(source, first)) {
    above = lineOf(first);
    at = 1;
    first = lines[1];
  }
  if (!first || first.tokenType !== TextLine || lineOf(first) - above > reach) return undefined;
  const title = lineContent(source, first);
  if (!readsAsTitle(title.text)) return undefined;
  return { title, lines: [...lines.slice(0, at), ...lines.slice(at + 1)] };
}


/** A capital or a digit first; no full stop, colon, comma or semicolon last; not longer than a title. */
function readsAsTitle(text: string): boolean {
  return text.length > 0 && text.length <= 100 && /^[\p{Lu}\p{N}]/u.test(text) && !/[.:,;]$/u.test(text);
}
