import type { CstNode, IRecognitionException } from 'chevrotain';
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
  const grammarProblems = minutesParser.errors.map((e) => toProblem(e, text.length));
  const builder = new AstBuilder(text, options);
  const document = builder.build(cst);
  const problems = [...grammarProblems, ...builder.problems].sort((a, b) => a.span.start - b.span.start);
  return { cst, document, problems };
}

function toProblem(error: IRecognitionException, length: number): SyntaxProblem {
  const token = error.token;
  const start = Number.isNaN(token.startOffset) ? length : Math.min(Math.max(0, token.startOffset), length);
  const end = Number.isNaN(token.startOffset) ? start : Math.min(length, token.startOffset + token.image.length);
  return { kind: 'unexpected', span: { start, end: Math.max(start, end) }, detail: error.message };
}
