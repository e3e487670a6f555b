import { MarkupKind, type Hover } from 'vscode-languageserver';
import { hover } from '../../core/features/hover';
import type { Feature } from '../context';

/** `textDocument/hover`: people, item references and dates, as Markdown. */
export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, store }) {
    connection.onHover((params): Hover | null => {
      const analysis = store.analysis(params.textDocument.uri);
      if (!analysis) return null;
      const result = hover(analysis, analysis.lineIndex.offsetAt(params.position));
      if (!result) return null;
      return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: analysis.lineIndex.rangeOf(result.span) };
    });
  },
};
