/**
 * The minutes language core: parser, meeting model, attendance timeline, name resolution and
 * diagnostics. Pure TypeScript — it imports neither `vscode`, `vscode-languageserver` nor any
 * Node built-in (enforced by ESLint) — so the language server, the VS Code client, the CLI and
 * the tests are all thin users of this one facade.
 */
export { parseMinutes, type ParseResult, type SyntaxProblem } from './syntax/parse';
export { analyzeMinutes, type Analysis, type AnalyzeOptions } from './analysis/analyze';
export { updateAnalysis, type TextChange } from './analysis/update';
export type { TextSource } from './text/textSource';
export type { AttendanceTimeline, Presence } from './analysis/timeline';
export type { Resolution } from './analysis/resolve';
export { DIAGNOSTIC_CODES, DEFAULT_SEVERITY, isDiagnosticCode, type DiagnosticCode, type Severity, type SeveritySetting } from './analysis/codes';
export type { MinutesDiagnostic, DiagnosticData } from './analysis/diagnostic';
export { detectLocale } from './i18n/locale';
export { messages } from './i18n/messages';
export { LineIndex } from './text/lineIndex';
export { withoutInvisible } from './text/names';
export type { Position, Range, Span, TextNode } from './text/span';
export { parseDate } from './dates/parseDate';
export { parseDeadline, deadlineWords } from './dates/deadlineWords';
export { compareDates, isoDate, type CalendarDate, type DateValue, type DeadlineWords } from './dates/dateValue';
export * from './model/types';
export { peopleIndex, type PeopleIndex, type Person, type PersonOccurrence, type PersonOccurrenceKind } from './features/people';
export { definitionAt, referencesAt, highlightsAt, type Highlight } from './features/navigation';
export { prepareRename, renameEdits, type RenameResult } from './features/rename';
export { documentSymbols, type MinutesSymbol, type MinutesSymbolKind } from './features/symbols';
export { foldingRanges, type FoldingSpan } from './features/folding';
export { semanticTokens, SEMANTIC_TOKEN_TYPES, SEMANTIC_TOKEN_MODIFIERS, type SemanticToken, type SemanticTokenType, type SemanticTokenModifier } from './features/semanticTokens';
export { documentStats, type DocumentStats } from './features/stats';
export { complete, type CompletionEntry, type CompletionKind, type CompletionOptions, type CompletionResult } from './features/completion';
export { hover, type HoverResult } from './features/hover';
export { codeActions, RENUMBER_SOURCE_KIND, type CodeActionKind, type CodeActionOptions, type CodeActionResult } from './features/codeActions';
export { formatEdits, type FormatOptions } from './features/formatting';
export { renumberEdits } from './features/renumber';
export { applyTextEdits, type TextEdit } from './features/textEdit';
export {
  renderHtmlBody,
  renderHtmlPage,
  renderMarkdown,
  renderLang,
  buildPublishedMinutes,
  renderLabels,
  MINUTES_CSS,
  type RenderOptions,
  type RenderLabels,
  sentence,
  type PublishedMinutes,
  type PublishedAction,
  type PublishedBlock,
  type PublishedSection,
} from './render/index';
export * from './series/index';
