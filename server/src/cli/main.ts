/**
 * Entry point of the `minutes` command, bundled to `dist/cli.cjs` and started by `bin/minutes.js`.
 * It only connects the process to `run`; the exit status is set, not forced with
 * `process.exit`, so that everything written to stdout is flushed before the process ends.
 */
import { processIo } from './io';
import { run } from './run';

// `render` finishes asynchronously (the PDF and Word writers are promise based); `check` does not.
void Promise.resolve(run(process.argv.slice(2), processIo())).then((status) => {
  process.exitCode = status;
});
