import type { CliLang } from './messages';

/** The output formats of `minutes check`. */
export const OUTPUT_FORMATS = ['text', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const LANGS = ['sv', 'en'] as const satisfies readonly CliLang[];

/** What the command line was asked to do, before anything is checked. */
export interface CliArguments {
  /** The first operand: the command (`check`); undefined when none was given. */
  readonly command?: string;
  /** The operands after the command: the paths to check. */
  readonly operands: readonly string[];
  readonly format: OutputFormat;
  /** Undefined when `--lang` was not given (or was given an invalid value). */
  readonly lang?: CliLang;
  readonly help: boolean;
  readonly version: boolean;
}

/** Why the arguments cannot be used; rendered into words by the caller, once the language is known. */
export type UsageProblem =
  | { readonly kind: 'unknownOption'; readonly option: string }
  | { readonly kind: 'missingValue'; readonly option: string; readonly allowed: readonly string[] }
  | { readonly kind: 'invalidValue'; readonly option: string; readonly value: string; readonly allowed: readonly string[] };

export interface ParsedArguments {
  readonly args: CliArguments;
  /** The first problem found, if any; parsing goes on so that `--lang` is still honoured. */
  readonly problem?: UsageProblem;
}

/** Options that take a value, with the values they accept. */
const VALUE_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  '--format': OUTPUT_FORMATS,
  '--lang': LANGS,
};

/**
 * Reads the command line. Options may stand anywhere (before or after the command and the
 * paths), take their value as the next argument or after `=`, and `--` ends the options so
 * that a file named like an option can still be checked.
 */
export function parseArguments(argv: readonly string[]): ParsedArguments {
  const positionals: string[] = [];
  let format: OutputFormat = 'text';
  let lang: CliLang | undefined;
  let help = false;
  let version = false;
  let problem: UsageProblem | undefined;
  const report = (found: UsageProblem): void => {
    problem ??= found;
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    // A lone `-` is an operand by tradition (standard input); here it is just a path.
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (arg === '-v' || arg === '--version') {
      version = true;
      continue;
    }

    const equals = arg.indexOf('=');
    const name = equals >= 0 && arg.startsWith('--') ? arg.slice(0, equals) : arg;
    const allowed = VALUE_OPTIONS[name];
    if (!allowed) {
      report({ kind: 'unknownOption', option: name });
      continue;
    }
    let value: string | undefined;
    if (equals >= 0 && name !== arg) {
      value = arg.slice(equals + 1);
    } else if (i + 1 < argv.length) {
      value = argv[++i];
    }
    if (value === undefined || value === '') {
      report({ kind: 'missingValue', option: name, allowed });
      continue;
    }
    if (!allowed.includes(value)) {
      report({ kind: 'invalidValue', option: name, value, allowed });
      continue;
    }
    if (name === '--format') format = value as OutputFormat;
    else lang = value as CliLang;
  }

  const [command, ...operands] = positionals;
  const args: CliArguments = { operands, format, help, version, ...(command !== undefined && { command }), ...(lang && { lang }) };
  return problem ? { args, problem } : { args };
}
