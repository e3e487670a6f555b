import type { Lang } from '../model/types';

/**
 * Picks Swedish or English from locale strings such as `sv_SE.UTF-8`, `sv`, `en-GB`, in order of
 * precedence (the caller passes e.g. LC_ALL, LC_MESSAGES, LANG, or VS Code's display language).
 * The first value that is set decides, as POSIX has it: `LC_ALL=C` asks for the untranslated
 * messages, which are the English ones, whatever `LANG` says. Anything not Swedish is English.
 */
export function detectLocale(candidates: readonly (string | undefined)[]): Lang {
  for (const value of candidates) {
    if (!value) continue;
    return /^sv\b|^sv[_-]/i.test(value) ? 'sv' : 'en';
  }
  return 'en';
}
