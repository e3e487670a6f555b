/**
 * The rendering a preview shows: the document analysed and rendered by the language core, in the
 * extension host (no round trip to the language server, whose analysis is not shaped for HTML).
 * The same `renderHtmlBody` feeds the HTML export, so the preview shows what will be published.
 */
import { analyzeMinutes, renderHtmlBody, type Lang } from '../../../server/src/core/index';

/** One rendering of a document. */
export interface PreviewRendering {
  /** `renderHtmlBody`'s `<article class="minutes">` fragment, with `data-line` on every block. */
  readonly html: string;
  /** The document's own language (by its keywords), for the page's `lang`. */
  readonly lang: Lang;
  /** How long analysis and rendering took, in milliseconds. */
  readonly millis: number;
}

/** Analyses and renders `text`; `knownMembers` are the `minutes.members` setting's names. */
export function renderForPreview(text: string, knownMembers: readonly string[]): PreviewRendering {
  const started = performance.now();
  const analysis = analyzeMinutes(text, { knownMembers });
  const html = renderHtmlBody(analysis);
  return { html, lang: analysis.document.language, millis: performance.now() - started };
}
