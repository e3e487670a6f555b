import type { CliLang } from './messages';

/** The output formats of `minutes check`. */
export const OUTPUT_FORMATS = ['text', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
/** The output formats of `minutes actions` (`text` is taken as `table`). */
export const ACTIONS_FORMATS = ['table', 'json', 'csv'] as const;
/** Every value `--format` accepts; each command says which of them it takes. */
export type AnyFormat = OutputFormat | (typeof ACTIONS_FORMATS)[number];

export const LANGS = ['sv', 'en'] as const satisfies readonly CliLang[];

/** The formats of `minutes render --to`. */
export const RENDER_FORMATS = ['html', 'pdf', 'docx', 'md'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** What the command line was asked to do, before anything is checked. */
export interface CliArguments {
  /** The first operand: the command (`check`); undefined when none was given. */
  readonly command?: string;
  /** The operands after the command: the paths to check. */
  readonly operands: readonly string[];
  readonly format: AnyFormat;
  /** Undefined when `--lang` was not given (or was given an invalid value). */
  readonly lang?: CliLang;
  readonly help: boolean;
  readonly version: boolean;
  /** `render --to`: the format to render to. */
  readonly to?: RenderFormat;
  /** `render -o`/`--output`: the file to write. */
  readonly output?: string;
  /** `render --force`: replace an existing output file. */
  readonly force: boolean;
  /** `actions --open`, `--overdue`, `--assignee NAME`: the filters of the action list. */
  readonly open?: boolean;
  readonly overdue?: boolean;
  readonly assignee?: string;
  /** `new --from FILE`: the previous meeting; `--date`: the new meeting's date. */
  readonly from?: string;
  readonly date?: string;
}

/** Why the arguments cannot be used; rendered into words by the caller, once the language is known. */
export type UsageProblem =
  | { readonly kind: 'unknownOption'; readonly option: string }
  /** `--force=yes`: an option that takes no value was given one. */
  | { readonly kind: 'noValueTaken'; readonly option: string }
  | { readonly kind: 'missingValue'; readonly option: string; readonly allowed: readonly string[] }
  | { readonly kind: 'invalidValue'; readonly option: string; readonly value: string; readonly allowed: readonly string[] };

/** An option as it stood on the command line: its name (`--output`) and how it was written (`-o`). */
export interface GivenOption {
  readonly name: string;
  readonly written: string;
}

export interface ParsedArguments {
  readonly args: CliArguments;
  /** Every known option given, in order (also those whose value was missing or invalid), so that each command can refuse the options of others. */
  readonly options: readonly GivenOption[];
  /** The first problem found, if any; parsing goes on so that `--lang` is still honoured. */
  readonly problem?: UsageProblem;
}

/** Options that take a value, with the values they accept; an empty list accepts any value (a path). */
const VALUE_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  '--format': [...OUTPUT_FORMATS, 'table', 'csv'],
  '--lang': LANGS,
  '--to': RENDER_FORMATS,
  '--output': [],
  '--assignee': [],
  '--from': [],
  '--date': [],
};

/** Short spellings of options. */
const ALIASES: Readonly<Record<string, string>> = { '-o': '--output', '-h': '--help', '-v': '--version' };

/**
 * Reads the command line. Options may stand anywhere (before or after the command and the
 * paths), take their value as the next argument or after `=`, and `--` ends the options so
 * that a file named like an option can still be checked.
 */
export function parseArguments(argv: readonly string[]): ParsedArguments {
  const positionals: string[] = [];
  let format: AnyFormat = 'text';
  let lang: CliLang | undefined;
  let help = false;
  let version = false;
  let force = false;
  let open = false;
  let overdue = false;
  const values: Record<string, string> = {};
  let to: RenderFormat | undefined;
  let output: string | undefined;
  let problem: UsageProblem | undefined;
  const options: GivenOption[] = [];
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
      options.push({ name: '--help', written: arg });
      help = true;
      continue;
    }
    if (arg === '-v' || arg === '--version') {
      options.push({ name: '--version', written: arg });
      version = true;
      continue;
    }
    if (arg === '--force') {
      options.push({ name: arg, written: arg });
      force = true;
      continue;
    }
    if (arg === '--open' || arg === '--overdue') {
      options.push({ name: arg, written: arg });
      if (arg === '--open') open = true;
      else overdue = true;
      continue;
    }

    const equals = arg.indexOf('=');
    // A value after `=`, for long and short options alike (`--output=-`, `-o=-`).
    const written = equals >= 0 ? arg.slice(0, equals) : arg;
    if (FLAGS.has(written)) {
      options.push({ name: ALIASES[written] ?? written, written });
      report({ kind: 'noValueTaken', option: written });
      continue;
    }
    const name = ALIASES[written] ?? written;
    const allowed = VALUE_OPTIONS[name];
    if (!allowed) {
      report({ kind: 'unknownOption', option: name });
      continue;
    }
    options.push({ name, written });
    let value: string | undefined;
    if (equals >= 0 && written !== arg) {
      value = arg.slice(equals + 1);
    } else if (i + 1 < argv.length && !looksLikeOption(argv[i + 1] ?? '')) {
      // The next argument is the value, unless it is an option itself (`-o --force` is `-o`
      // without its value, not a file named `--force`).
      value = argv[++i];
    }
    if (value === undefined || value === '') {
      report({ kind: 'missingValue', option: name, allowed });
      continue;
    }
    if (allowed.length > 0 && !allowed.includes(value)) {
      report({ kind: 'invalidValue', option: name, value, allowed });
      continue;
    }
    if (name === '--format') format = value as AnyFormat;
    else if (name === '--assignee' || name === '--from' || name === '--date') values[name.slice(2)] = value;
    else if (name === '--to') to = value as RenderFormat;
    else if (name === '--output') output = value;
    else lang = value as CliLang;
  }

  const [command, ...operands] = positionals;
  const args: CliArguments = {
    operands,
    format,
    help,
    version,
    force,
    ...(open && { open }),
    ...(overdue && { overdue }),
    ...(values['assignee'] !== undefined && { assignee: values['assignee'] }),
    ...(values['from'] !== undefined && { from: values['from'] }),
    ...(values['date'] !== undefined && { date: values['date'] }),
    ...(command !== undefined && { command }),
    ...(lang && { lang }),
    ...(to && { to }),
    ...(output !== undefined && { output }),
  };
  return problem ? { args, options, problem: forCommand(problem, command) } : { args, options };
}

/** The `--format` values the command takes: a problem with `--format` names only those. */
function forCommand(problem: UsageProblem, command: string | undefined): UsageProblem {
  if (problem.kind === 'unknownOption' || problem.kind === 'noValueTaken' || problem.option !== '--format') return problem;
  // `text` is the table's other name for `actions` (as for `check`, whose text is the default).
  const allowed = command === 'check' ? OUTPUT_FORMATS : command === 'actions' ? [...ACTIONS_FORMATS, 'text'] : problem.allowed;
  return { ...problem, allowed };
}

/** Options that take no value. */
const FLAGS = new Set(['--force', '--open', '--overdue', '--help', '-h', '--version', '-v']);

/** An argument that is an option (`--force`, `-o`), not a value: `-` alone stands for standard output. */
function looksLikeOption(arg: string): boolean {
  return arg.length > 1 && arg.startsWith('-') && !/^-\d/.test(arg);
}
