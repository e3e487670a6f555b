import { detectLocale } from '../core';
import { parseArguments } from './args';
import type { CliLang } from './messages';

/** The language of the environment's locale: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set, as POSIX has it. */
export function environmentLang(env: Readonly<Record<string, string | undefined>>): CliLang {
  return detectLocale([env['LC_ALL'], env['LC_MESSAGES'], env['LANG']]);
}

/** The language of the messages for the command line `argv`: `--lang`, else the environment's. */
export function commandLineLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliLang {
  return parseArguments(argv).args.lang ?? environmentLang(env);
}
