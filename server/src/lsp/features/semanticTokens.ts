import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import { semanticTokens, SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, type Analysis, type SemanticToken } from '../../core';
import type { Feature } from '../context';

/**
 * The legend: the core's token types and modifiers, in the core's order. The types are this
 * language's own (`person`, `organisation`, …); the extension manifest gives each a standard
 * super type so that every theme colours them.
 */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] };

const typeIndex = new Map<string, number>(SEMANTIC_TOKEN_TYPES.map((type, i) => [type, i]));
const modifierBit = new Map<string, number>(SEMANTIC_TOKEN_MODIFIERS.map((modifier, i) => [modifier, 1 << i]));

/** Relative encoding by the library's builder; the core's tokens are already ordered and one line each. */
function encode(analysis: Analysis, tokens: readonly SemanticToken[]): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const token of tokens) {
    const { line, character } = analysis.lineIndex.positionAt(token.span.start);
    const modifiers = token.modifiers.reduce((bits, m) => bits | (modifierBit.get(m) ?? 0), 0);
    builder.push(line, character, token.span.end - token.span.start, typeIndex.get(token.type) ?? 0, modifiers);
  }
  return builder.build();
}

/** `textDocument/semanticTokens/full` and `/range`: people, organisations, dates, item numbers, keywords, attendance notes. */
export const semanticTokensFeature: Feature = {
  capabilities: { semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true } },
  register({ connection, store }) {
    connection.languages.semanticTokens.on((params): SemanticTokens => {
      const analysis = store.analysis(params.textDocument.uri);
      return analysis ? encode(analysis, semanticTokens(analysis)) : { data: [] };
    });
    connection.languages.semanticTokens.onRange((params): SemanticTokens => {
      const analysis = store.analysis(params.textDocument.uri);
      if (!analysis) return { data: [] };
      const span = { start: analysis.lineIndex.offsetAt(params.range.start), end: analysis.lineIndex.offsetAt(params.range.end) };
      return encode(analysis, semanticTokens(analysis, span));
    });
  },
};
