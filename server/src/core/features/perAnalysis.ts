import { keptWith, type Analysis } from '../analysis/analyze';

/**
 * Makes `build` run at most once per analysis: the result is kept with the analysis (`keptWith`),
 * so the requests of one document version (references, highlights, rename, tokens …) share it.
 * Not in a `WeakMap` keyed by the analysis: V8's young-generation collector keeps such a map's
 * values alive while their key is young, so the result for every version typed would survive
 * each collection until a full one.
 */
export function perAnalysis<T extends object>(build: (analysis: Analysis) => T): (analysis: Analysis) => T {
  const key = {};
  return (analysis) => keptWith(analysis, key, () => build(analysis));
}
