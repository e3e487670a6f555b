/**
 * Shared by the command-line tests: running the built `minutes` program as a user would, and
 * writing fixture files into a throw-away folder. `runCli` is the only place the tests start the
 * program, so a change in how it is started touches this file alone.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const binScript = join(repoRoot, 'bin', 'minutes.js');
const bundle = join(repoRoot, 'dist', 'cli.cjs');

/** `npm test` builds dist/ before mocha runs; running mocha alone builds the CLI bundle if it is missing. */
export function ensureCliBuilt(): void {
  if (existsSync(bundle)) return;
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), 'cli'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`building the CLI failed:\n${result.stdout}${result.stderr}`);
}

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRunOptions {
  /** The working folder; the repository root by default. */
  readonly cwd?: string;
  /** Locale variables to set; by default none is, so messages are in English. */
  readonly env?: Readonly<Record<string, string>>;
  /** Kill the program after this many milliseconds (the run then fails); no limit by default. */
  readonly timeoutMs?: number;
  /**
   * Where standard output goes: captured (the default); `'closed'`, a pipe whose reader goes away
   * before the program writes (as `minutes … | head` when `head` has quit); or a file opened for
   * writing, such as `/dev/full`. Nothing is captured from stdout unless it is the default.
   */
  readonly stdout?: 'closed' | { readonly file: string };
  /** A command to start the program under, such as `unprivileged()`: `[...runAs, node, minutes.js, ...args]`. */
  readonly runAs?: readonly string[];
}

/** Runs `minutes ARGS…` in a child process and resolves with its exit status and output. */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliResult> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE'].includes(key)) env[key] = value;
  }
  Object.assign(env, options.env);
  if (options.stdout !== undefined || options.runAs !== undefined) return spawnCli(args, options, env);
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [binScript, ...args],
      { cwd: options.cwd ?? repoRoot, env, encoding: 'utf8', timeout: options.timeoutMs ?? 0 },
      (error, stdout, stderr) => {
        // A non-zero exit is an expected outcome here; only a failure to start is an error.
        const status = error ? error.code : 0;
        if (typeof status !== 'number') {
          reject(error ?? new Error('no exit status'));
          return;
        }
        resolve({ status, stdout, stderr });
      },
    );
  });
}

/** `runCli` with stdout redirected or under another user: spawned with its streams set up by hand. */
function spawnCli(args: readonly string[], options: CliRunOptions, env: Record<string, string>): Promise<CliResult> {
  const [command, ...prefix] = [...(options.runAs ?? []), process.execPath];
  const file = typeof options.stdout === 'object' ? openSync(options.stdout.file, 'w') : undefined;
  return new Promise((resolve, reject) => {
    const child = spawn(command ?? process.execPath, [...prefix, binScript, ...args], {
      cwd: options.cwd ?? repoRoot,
      env,
      stdio: ['ignore', file ?? 'pipe', 'pipe'],
      ...(options.timeoutMs !== undefined && { timeout: options.timeoutMs }),
    });
    // The child has its own copy of the file; and a pipe closed now is closed long before a Node program starts writing.
    if (file !== undefined) closeSync(file);
    if (options.stdout === 'closed') child.stdout?.destroy();
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      if (status === null) reject(new Error(`minutes ended by ${signal ?? 'a signal'}\nstderr:\n${stderr}`));
      else resolve({ status, stdout, stderr });
    });
  });
}

/**
 * When the tests run as root, who may read anything, the prefix that runs the program as the
 * unprivileged user `nobody` (with `setpriv`), so that a folder without permissions is unreadable
 * to it; an empty prefix for any other user; undefined when root has no `setpriv`.
 */
export function unprivileged(): readonly string[] | undefined {
  if (process.getuid?.() !== 0) return [];
  const found = spawnSync('setpriv', ['--version'], { stdio: 'ignore' });
  return found.status === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : undefined;
}

/** One row of `minutes check --format json`. */
export interface JsonRow {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

/** Parses the JSON report, failing with the program's output when it is not JSON. */
export function parseJsonReport(result: CliResult): JsonRow[] {
  try {
    return JSON.parse(result.stdout) as JsonRow[];
  } catch {
    throw new Error(`stdout is not JSON (status ${result.status}):\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
}

/** A throw-away folder under the system's temp folder for files a test writes. */
export class FixtureFolder {
  readonly root = mkdtempSync(join(tmpdir(), 'minutes-cli-'));

  /** Writes `content` to `relativePath` (folders are created) and returns the absolute path. */
  write(relativePath: string, content: string | Uint8Array): string {
    const path = join(this.root, relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  }

  path(relativePath: string): string {
    return join(this.root, relativePath);
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Joins lines with LF (or the given line end), as a file on disk would hold them. */
export function joinLines(lines: readonly string[], eol = '\n'): string {
  return lines.join(eol) + eol;
}

/** A minimal valid document (no diagnostics) whose last line is `lastLine`. */
export function minutesWithAction(lastLine: string): string[] {
  return ['Anteckningar', 'Datum: 2024-03-08', '', 'NÄRVARANDE', 'Eva Hessman, Göteborg', '', '1. Budget', lastLine];
}

export const VALID_ACTION = 'Uppdrag: Eva Hessman – ta fram en budget. Senast: 2024-04-01';

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
