/** The exit statuses of `minutes`; scripts and CI rely on them (see docs/cli.md). */
export const ExitStatus = {
  /** Everything was checked and no diagnostic of severity error was found. */
  ok: 0,
  /** At least one diagnostic of severity error was found. */
  errorsFound: 1,
  /** Bad usage, or an input that could not be read; wins over `errorsFound`. */
  usageOrInput: 2,
} as const;

export type ExitStatus = (typeof ExitStatus)[keyof typeof ExitStatus];
