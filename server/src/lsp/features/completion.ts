import { CompletionItemKind, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import { complete, type CompletionKind } from '../../core/features/completion';
import type { Feature } from '../context';

const KINDS: Readonly<Record<CompletionKind, CompletionItemKind>> = {
  person: CompletionItemKind.Reference,
  member: CompletionItemKind.Reference,
  organisation: CompletionItemKind.Module,
  keyword: CompletionItemKind.Keyword,
  title: CompletionItemKind.Text,
  itemNumber: CompletionItemKind.EnumMember,
  itemReference: CompletionItemKind.EnumMember,
  date: CompletionItemKind.Constant,
};

/**
 * `textDocument/completion`. The core filters and orders the proposals itself (names match by
 * last name, without accents, with a typo), so the list is marked incomplete — the editor asks
 * again as the user types — and every item's `filterText` is the typed text, so the editor's own
 * fuzzy filter keeps them all and `sortText` decides the order.
 */
export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: [' ', ',', '@', ':'] } },
  register({ connection, store }) {
    connection.onCompletion((params): CompletionList | null => {
      const analysis = store.analysis(params.textDocument.uri);
      if (!analysis) return null;
      const result = complete(analysis, analysis.lineIndex.offsetAt(params.position), {
        // The analysis' members: `minutes.members` and those the workspace index learnt.
        knownMembers: analysis.options.knownMembers ?? store.currentSettings.members,
      });
      const range = analysis.lineIndex.rangeOf(result.span);
      const typed = analysis.source.slice(result.span.start, result.span.end);
      const items = result.items.map(
        (entry): CompletionItem => ({
          label: entry.label,
          kind: KINDS[entry.kind],
          ...(entry.description ? { labelDetails: { description: entry.description } } : {}),
          ...(entry.detail ? { detail: entry.detail } : {}),
          sortText: entry.sortText,
          filterText: typed,
          textEdit: { range, newText: entry.insertText },
        }),
      );
      return { isIncomplete: true, items };
    });
  },
};
