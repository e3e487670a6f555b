import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { foldingRanges } from '../../core';
import type { Feature } from '../context';

/**
 * `textDocument/foldingRange`. Parts of the minutes carry no kind: `region` in LSP means
 * `#region` markers, which editors fold with their own commands; comment runs are comments.
 */
export const foldingRangeFeature: Feature = {
  capabilities: { foldingRangeProvider: true },
  register({ connection, store }) {
    connection.onFoldingRanges((params): FoldingRange[] => {
      const analysis = store.analysis(params.textDocument.uri);
      if (!analysis) return [];
      return foldingRanges(analysis).map((fold) => ({
        startLine: analysis.lineIndex.positionAt(fold.span.start).line,
        endLine: analysis.lineIndex.positionAt(fold.span.end).line,
        ...(fold.kind === 'comment' ? { kind: FoldingRangeKind.Comment } : {}),
      }));
    });
  },
};
