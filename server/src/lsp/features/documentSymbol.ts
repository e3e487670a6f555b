import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { documentSymbols, type Analysis, type MinutesSymbol, type MinutesSymbolKind } from '../../core';
import type { Feature } from '../context';

/**
 * LSP has no kinds for meetings; these are chosen for the icons editors show: a module for the
 * header and footer, properties for their fields, an array for an attendance list, variables for
 * people, a namespace for an item, an event for an action (something to happen) and a constant
 * for a decision (something settled).
 */
const KINDS: Readonly<Record<MinutesSymbolKind, SymbolKind>> = {
  header: SymbolKind.Module,
  field: SymbolKind.Property,
  section: SymbolKind.Array,
  attendee: SymbolKind.Variable,
  item: SymbolKind.Namespace,
  action: SymbolKind.Event,
  decision: SymbolKind.Constant,
  comment: SymbolKind.String,
  footer: SymbolKind.Module,
  footerEntry: SymbolKind.Property,
};

function toDocumentSymbol(analysis: Analysis, symbol: MinutesSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    kind: KINDS[symbol.kind],
    range: analysis.lineIndex.rangeOf(symbol.span),
    selectionRange: analysis.lineIndex.rangeOf(symbol.selectionSpan),
    children: symbol.children.map((child) => toDocumentSymbol(analysis, child)),
  };
}

/** `textDocument/documentSymbol`: the outline — header, attendance, items with actions and decisions, footer. */
export const documentSymbolFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: 'Minutes' } },
  register({ connection, store }) {
    connection.onDocumentSymbol((params): DocumentSymbol[] => {
      const analysis = store.analysis(params.textDocument.uri);
      return analysis ? documentSymbols(analysis).map((symbol) => toDocumentSymbol(analysis, symbol)) : [];
    });
  },
};
