import { ExitStatus } from './exitStatus';
import { guardedWriter } from './guardedWriter';
import { cliMessages, type CliLang } from './messages';
import { writeFailureReason } from './outputPath';

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

/** The real process's surroundings, and whether writing its output failed. */
export interface ProcessIo extends CliIo {
  /** Standard output or standard error could not be written: the exit status is then 2, whatever the command found. */
  readonly outputFailed: boolean;
}

/**
 * The real process: its folder, environment, streams and clock. A failure to write standard
 * output never ends in a stack trace: when the reader went away (`EPIPE`: `minutes … | head`)
 * the program stops quietly, as command-line tools do; any other failure (a full disk) is said
 * once on stderr, in `lang`. Either way the exit status becomes 2. When stderr itself fails there
 * is nowhere to say anything, and only the exit status tells.
 */
export function processIo(lang: CliLang): ProcessIo {
  let outputFailed = false;
  const failed = (): void => {
    outputFailed = true;
    // Also set here: the failure may be reported after the command has set its exit status.
    process.exitCode = ExitStatus.usageOrInput;
  };
  const stderr = guardedWriter(process.stderr, failed);
  const stdout = guardedWriter(process.stdout, (error) => {
    failed();
    if (error.code === 'EPIPE') return;
    const messages = cliMessages(lang);
    stderr(`minutes: ${messages.cannotWriteStdout(writeFailureReason(error, messages))}\n`);
  });
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout,
    stderr,
    now: () => new Date(),
    get outputFailed() {
      return outputFailed;
    },
  };
}
