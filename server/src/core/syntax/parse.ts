import type { CstNode, IRecognitionException, IToken } from 'chevrotain';
import type { CalendarDate } from '../dates/dateValue';
import type { MeetingDocument } from '../model/types';
import type { Span } from '../text/span';
import { AstBuilder } from './astBuilder';
import { minutesLexer } from './lexer';
import { minutesParser } from './parser';

/** A place where the grammar had to recover. */
export interface SyntaxProblem {
  /** `unclosed-note` for an attendance note without `)`, `unexpected` otherwise. */
  readonly kind: 'unclosed-note' | 'unexpected';
  readonly span: Span;
  /** Chevrotain's own description, in English, for logs. */
  readonly detail: string;
}

export interface ParseResult {
  /** The concrete syntax tree (see `cst.generated.ts` for its shape). */
  readonly cst: CstNode;
  readonly document: MeetingDocument;
  readonly problems: readonly SyntaxProblem[];
}

export interface ParseOptions {
  /** The year for dates without one when the document has no `Datum:`. */
  readonly today?: CalendarDate;
}

/**
 * Parses minutes. Never throws: any string gives a tree, a model and a (usually empty) list of
 * problems. The text always gets a final line break for the grammar, whose line rules end in one;
 * offsets are unaffected because it is added after the last character.
 */
export function parseMinutes(text: string, options: ParseOptions = {}): ParseResult {
  const input = text.endsWith('\n') || text.endsWith('\r') ? text : `${text}\n`;
  const lexed = minutesLexer.tokenize(input);
  minutesParser.input = lexed.tokens;
  const cst = minutesParser.document();
  const problems = minutesParser.errors.map((e) => toProblem(e, text.length));
  const document = new AstBuilder(text, options).build(cst);
  return { cst, document, problems };
}

function toProblem(error: IRecognitionException, length: number): SyntaxProblem {
  const token = error.token;
  const at = Number.isNaN(token.startOffset) ? length : token.startOffset;
  const start = Math.min(Math.max(0, at), length);
  const end = Number.isNaN(token.startOffset) ? start : Math.min(length, token.startOffset + token.image.length);
  const unclosed = error.context.ruleStack.includes('attendanceNote') && /RParen/.test(error.message);
  // Mismatch errors carry the token before the mismatch; the interface does not declare it.
  const previous = (error as IRecognitionException & { previousToken?: IToken }).previousToken;
  if (unclosed && previous && !Number.isNaN(previous.startOffset)) {
    // Underline the note's last word rather than the invisible line break where `)` was expected.
    return { kind: 'unclosed-note', span: { start: previous.startOffset, end: previous.startOffset + previous.image.length }, detail: error.message };
  }
  return { kind: unclosed ? 'unclosed-note' : 'unexpected', span: { start, end: Math.max(start, end) }, detail: error.message };
}
