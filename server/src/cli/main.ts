/**
 * Entry point of the `minutes` command, bundled to `dist/cli.cjs` and started by `bin/minutes.js`.
 * It only connects the process to `run`; the exit status is set, not forced with
 * `process.exit`, so that everything written to stdout is flushed before the process ends.
 */
import { ExitStatus } from './exitStatus';
import { processIo } from './io';
import { commandLineLang } from './lang';
import { run } from './run';

const argv = process.argv.slice(2);
// The language is known before the command runs, for a failure to write its output.
const io = processIo(commandLineLang(argv, process.env));
// `render` finishes asynchronously (the PDF and Word writers are promise based); `check` does not.
void Promise.resolve(run(argv, io)).then((status) => {
  process.exitCode = io.outputFailed ? ExitStatus.usageOrInput : status;
});
