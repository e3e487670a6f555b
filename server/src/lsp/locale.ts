import { detectLocale, type Lang } from '../core';

/**
 * The language of diagnostics: the editor's display language from the `initialize` request when
 * the client sends one (VS Code does), otherwise the locale of the server's environment.
 */
export function resolveLocale(clientLocale: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  return detectLocale([clientLocale, env.LC_ALL, env.LC_MESSAGES, env.LANG]);
}
