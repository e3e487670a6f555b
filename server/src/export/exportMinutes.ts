import { buildPublishedMinutes, renderHtmlPage, renderLang, renderMarkdown, type Analysis, type RenderOptions } from '../core';
import type { ExportAssets } from './assets';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';

/** The formats the minutes can be exported to; also the file extensions. */
export const EXPORT_FORMATS = ['html', 'pdf', 'docx', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The minutes of `analysis` as a file in `format`: a self-contained HTML page, a PDF, a Word
 * document or Markdown. Both the CLI (`minutes render`) and the VS Code export commands call this;
 * writing the bytes (with `writeFileSafely`) is the caller's part.
 */
export async function exportMinutes(
  analysis: Analysis,
  format: ExportFormat,
  options: RenderOptions & { assets?: ExportAssets } = {},
): Promise<Uint8Array> {
  const { assets, ...renderOptions } = options;
  switch (format) {
    case 'html':
      return new TextEncoder().encode(renderHtmlPage(analysis, renderOptions));
    case 'md':
      return new TextEncoder().encode(renderMarkdown(analysis, renderOptions));
    case 'docx':
      return renderDocx(buildPublishedMinutes(analysis, renderLang(analysis, renderOptions)));
    case 'pdf':
      return renderPdf(buildPublishedMinutes(analysis, renderLang(analysis, renderOptions)), assets);
  }
}

export type { ExportAssets } from './assets';
