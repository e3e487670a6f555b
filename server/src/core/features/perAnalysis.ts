import type { Analysis } from '../analysis/analyze';

/**
 * Makes `build` run at most once per analysis: the result is kept as long as the analysis is, so
 * the requests of one document version (references, highlights, rename, tokens …) share it.
 */
export function perAnalysis<T extends object>(build: (analysis: Analysis) => T): (analysis: Analysis) => T {
  const cache = new WeakMap<Analysis, T>();
  return (analysis) => {
    let value = cache.get(analysis);
    if (!value) {
      value = build(analysis);
      cache.set(analysis, value);
    }
    return value;
  };
}
