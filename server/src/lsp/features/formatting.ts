import type { TextEdit } from 'vscode-languageserver';
import { formatEdits } from '../../core/features/formatting';
import type { Feature } from '../context';
import { toLspTextEdits } from '../textEdits';

/**
 * `textDocument/formatting` and `textDocument/rangeFormatting`. The editor's tab size and spaces
 * options do not apply: the formatter never re-indents (indentation carries meaning in minutes).
 */
export const formattingFeature: Feature = {
  capabilities: { documentFormattingProvider: true, documentRangeFormattingProvider: true },
  register({ connection, store }) {
    connection.onDocumentFormatting((params): TextEdit[] => {
      const analysis = store.analysis(params.textDocument.uri);
      return analysis ? toLspTextEdits(analysis, formatEdits(analysis)) : [];
    });
    connection.onDocumentRangeFormatting((params): TextEdit[] => {
      const analysis = store.analysis(params.textDocument.uri);
      if (!analysis) return [];
      const range = { start: analysis.lineIndex.offsetAt(params.range.start), end: analysis.lineIndex.offsetAt(params.range.end) };
      return toLspTextEdits(analysis, formatEdits(analysis, { range }));
    });
  },
};
