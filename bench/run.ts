/**
 * Runs the benchmark suites and reports the results (`npm run bench`). See docs/performance.md.
 *
 *   npm run bench                          every suite, text report on stdout
 *   npm run bench -- --suite core          only the named suite(s)
 *   npm run bench -- --json                also write bench/results.json (or --json=PATH)
 *   npm run bench -- --markdown            tables as Markdown, for docs/performance.md
 *   npm run bench -- --core source         measure the tsx-compiled core instead of the bundle
 *   npm run bench -- --suite lsp --profile-server[=DIR]
 *                                          run the language server under --cpu-prof (profiles in
 *                                          out/prof/server, or DIR), for bench/profileSummary.ts
 *   npm run bench -- --suite lsp --server-node-arg=--max-old-space-size=64
 *                                          a Node option for the server (repeatable)
 *
 * Progress goes to stderr. The exit code is 0 even when a goal is missed: the benchmark reports,
 * it does not gate (a shared CI machine is too noisy for that).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CoreSource } from './loadCore';
import { loadAverage, machineFacts } from './machine';
import { formatMachine, formatSuite, formatSuiteMarkdown } from './report';
import { SUITES } from './suites/index';
import type { SuiteResult } from './suites/suite';

const benchDir = dirname(fileURLToPath(import.meta.url));

interface Options {
  readonly suites: readonly string[];
  readonly json: string | undefined;
  readonly markdown: boolean;
  readonly coreSource: CoreSource;
  /** Where the language server writes CPU profiles, when asked. */
  readonly profileServer: string | undefined;
  readonly serverNodeArgs: readonly string[];
}

const USAGE = `usage: npm run bench -- [--suite NAME]... [--json[=PATH]] [--markdown] [--core bundle|source]
       [--profile-server[=DIR]] [--server-node-arg=ARG]...
suites: ${SUITES.map((s) => s.name).join(', ')}`;

function parseArgs(args: readonly string[]): Options {
  const suites: string[] = [];
  let json: string | undefined;
  let markdown = false;
  let coreSource: CoreSource = 'bundle';
  let profileServer: string | undefined;
  const serverNodeArgs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--suite') suites.push(value());
    else if (flag === '--json') json = inline ?? join(benchDir, 'results.json');
    else if (flag === '--markdown') markdown = true;
    else if (flag === '--core') {
      const v = value();
      if (v !== 'bundle' && v !== 'source') throw new UsageError(`--core is bundle or source, not ${v}`);
      coreSource = v;
    } else if (flag === '--profile-server') profileServer = inline ?? join(benchDir, '..', 'out', 'prof', 'server');
    else if (flag === '--server-node-arg') serverNodeArgs.push(value());
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new UsageError(`unknown argument ${arg}`);
  }
  const unknown = suites.filter((name) => !SUITES.some((s) => s.name === name));
  if (unknown.length > 0) throw new UsageError(`unknown suite ${unknown.join(', ')}`);
  return {
    suites,
    json: json === undefined ? undefined : resolve(json),
    markdown,
    coreSource,
    profileServer: profileServer === undefined ? undefined : resolve(profileServer),
    serverNodeArgs,
  };
}

class UsageError extends Error {}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }

  const machine = machineFacts();
  console.log(formatMachine(machine));
  console.log(`Core as  ${options.coreSource === 'bundle' ? 'esbuild bundle (as shipped)' : 'tsx-compiled source'}`);
  if (options.profileServer !== undefined) console.log(`Server   profiled (--cpu-prof) into ${options.profileServer}`);
  console.log('');

  const started = performance.now();
  const selected = options.suites.length > 0 ? SUITES.filter((s) => options.suites.includes(s.name)) : SUITES;
  const results: SuiteResult[] = [];
  for (const suite of selected) {
    const result = await suite.run({ coreSource: options.coreSource, profileServerDir: options.profileServer, serverNodeArgs: options.serverNodeArgs, log: (message) => console.error(`… ${message}`) });
    results.push(result);
    console.log(options.markdown ? formatSuiteMarkdown(result) : formatSuite(result));
    console.log('');
  }
  const seconds = (performance.now() - started) / 1000;
  const loadAtEnd = loadAverage();
  console.log(`Finished in ${seconds.toFixed(0)} s. Load at end ${loadAtEnd.join(' / ')}.`);

  if (options.json) {
    const report = { createdAt: new Date().toISOString(), machine, loadAverageAtEnd: loadAtEnd, coreSource: options.coreSource, durationSeconds: seconds, suites: results };
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Wrote ${options.json}`);
  }
}

await main();
