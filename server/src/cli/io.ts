/**
 * What the command line needs from its surroundings. `run` takes it as a parameter so that the
 * only place touching `process` is `main.ts`, and a test can run a command in-process.
 */
export interface CliIo {
  /** The folder relative paths are resolved against. */
  readonly cwd: string;
  /** The environment, for the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Writes to standard output; the text carries its own line ends. */
  stdout(text: string): void;
  /** Writes to standard error; the text carries its own line ends. */
  stderr(text: string): void;
  /** The current time; its local date is the "today" the core uses for dates written without a year. */
  now(): Date;
}

/** The real process: its folder, environment, streams and clock. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    now: () => new Date(),
  };
}
