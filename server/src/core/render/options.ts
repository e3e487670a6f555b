import type { Analysis } from '../analysis/analyze';
import type { Lang } from '../model/types';

/** How to render a document. */
export interface RenderOptions {
  /** The language of the published minutes' own words; default: the document's language by its keywords. */
  readonly lang?: Lang;
}

/** The language to render `analysis` in. */
export function renderLang(analysis: Analysis, options: RenderOptions = {}): Lang {
  return options.lang ?? analysis.document.language;
}
