import type { GivenOption } from './args';

/** The commands of `minutes`. */
export const COMMANDS = ['check', 'render', 'actions', 'new'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Options every command takes. */
const COMMON_OPTIONS = ['--lang', '--help', '--version'] as const;

/** The options of each command, as docs/cli.md lists them (besides the common ones). */
const OWN_OPTIONS: Readonly<Record<CommandName, readonly string[]>> = {
  check: ['--format'],
  render: ['--to', '--output', '--force'],
  actions: ['--open', '--overdue', '--assignee', '--format'],
  new: ['--from', '--output', '--date'],
};

export function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

/** Whether `command` takes the option named `name` (its long name: `--output` for `-o`). */
export function takesOption(command: CommandName, name: string): boolean {
  return OWN_OPTIONS[command].includes(name) || (COMMON_OPTIONS as readonly string[]).includes(name);
}

/**
 * The first option given that is not one of `command`'s (an option of another command: `check
 * --to html`), with the command; undefined when all are its own or the command is unknown.
 */
export function misplacedOption(command: string | undefined, options: readonly GivenOption[]): { readonly option: GivenOption; readonly command: CommandName } | undefined {
  if (command === undefined || !isCommand(command)) return undefined;
  const option = options.find((given) => !takesOption(command, given.name));
  return option && { option, command };
}

/** The options `command` takes, for a message: its own, then `--lang` (help and version go without saying). */
export function optionsOf(command: CommandName): string[] {
  return [...OWN_OPTIONS[command].map((name) => (name === '--output' ? '-o/--output' : name)), '--lang'];
}
