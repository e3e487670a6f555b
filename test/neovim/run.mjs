/**
 * `npm run test:neovim`: the language server in a second real LSP client, Neovim.
 *
 * 1. Installs Debian's `neovim` with apt-get when `nvim` is missing (idempotent; `apt-get update`
 *    only when apt knows no candidate for it).
 * 2. Builds dist/server.cjs when it is missing (`npm test` has built it already).
 * 3. Copies test/neovim/fixture.minutes into a temporary folder and runs
 *      nvim --headless -u NONE -i NONE -n -c "luafile test/neovim/check.lua" <the copy>
 *    with HOME and every XDG_* folder inside that temporary folder, so Neovim writes nothing
 *    anywhere else. check.lua starts the server with vim.lsp.start_client, attaches the buffer,
 *    waits for a missing-assignee diagnostic, asks for completion after "Uppdrag: " and writes
 *    what happened to a JSON file.
 * 4. Judges that file: exit status 0 when everything holds, 1 with a message saying what failed.
 *
 * Environment: MINUTES_NVIM_KEEP_TEMP=1 keeps the temporary folder (with Neovim's lsp.log);
 * MINUTES_NVIM_TIMEOUT_MS changes how long each wait in check.lua may take (default 20000).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const serverBundle = join(root, 'dist', 'server.cjs');
const checkLua = join(here, 'check.lua');
const fixture = join(here, 'fixture.minutes');
/** The whole run, Neovim's start and the server's included, must end within this. */
const OVERALL_TIMEOUT_MS = 120_000;
/** The attendees of fixture.minutes: completion after "Uppdrag: " must offer them. */
const ATTENDEES = ['Eva Hessman', 'Pia Alhäll', 'Gull-Britt Eide'];

const started = performance.now();
const say = (message) => console.log(`  ${message}`);

/** A failed check: main() stops, the temporary folder is removed, and the message is printed. */
class Failure extends Error {}

function fail(message) {
  throw new Failure(message);
}

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

/** Installs Debian's neovim package when there is no `nvim`; runs `apt-get update` only when needed. */
function ensureNeovim() {
  if (onPath('nvim')) return;
  if (!onPath('apt-get')) fail('nvim is not installed and there is no apt-get: install Neovim 0.7 or later.');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => {
    say(`$ ${[...sudo, ...args].join(' ')}`);
    const [command, ...rest] = [...sudo, ...args];
    const result = spawnSync(command, rest, { stdio: 'inherit', env });
    if (result.status !== 0) fail(`\`${args.join(' ')}\` failed (${result.error?.message ?? `exit code ${result.status}`}).`);
  };
  const policy = spawnSync('apt-cache', ['policy', 'neovim'], { encoding: 'utf8' });
  const candidate = /Candidate:\s*(\S+)/.exec(policy.stdout ?? '')?.[1];
  if (!candidate || candidate === '(none)') run(['apt-get', 'update', '-q']);
  run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', 'neovim']);
  if (!onPath('nvim')) fail('apt-get installed neovim but there is still no nvim on PATH.');
}

function ensureServer() {
  if (existsSync(serverBundle)) return;
  say('building dist/server.cjs');
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), 'server'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail('building the server failed.');
}

/** Runs nvim in its own process group; kills the group (nvim and the server it started) on timeout. */
function runNeovim(args, options) {
  return new Promise((resolve) => {
    const child = spawn('nvim', args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n[killed after ${OVERALL_TIMEOUT_MS} ms]`;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, OVERALL_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ status: null, output: `${output}\n${error.message}` });
    });
    child.on('exit', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, output });
    });
  });
}

async function main() {
  console.log('▶ Neovim as an LSP client of dist/server.cjs');
  ensureNeovim();
  const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout?.split('\n')[0] ?? '?';
  say(version);
  ensureServer();

  const temp = mkdtempSync(join(tmpdir(), 'minutes-nvim-'));
  const keep = Boolean(process.env.MINUTES_NVIM_KEEP_TEMP);
  try {
    const xdg = Object.fromEntries(
      ['CONFIG', 'DATA', 'STATE', 'CACHE', 'RUNTIME'].map((name) => {
        const dir = join(temp, 'xdg', name.toLowerCase());
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        return [`XDG_${name}_${name === 'RUNTIME' ? 'DIR' : 'HOME'}`, dir];
      }),
    );
    const work = join(temp, 'work');
    mkdirSync(work);
    const document = join(work, 'fixture.minutes');
    copyFileSync(fixture, document);
    const resultFile = join(temp, 'result.json');
    const env = {
      ...process.env,
      ...xdg,
      HOME: temp,
      MINUTES_NODE: process.execPath,
      MINUTES_SERVER: serverBundle,
      MINUTES_NVIM_RESULT: resultFile,
    };

    const nvimStarted = performance.now();
    const run = await runNeovim(['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${checkLua}`, document], { cwd: work, env });
    const nvimMs = Math.round(performance.now() - nvimStarted);
    if (!existsSync(resultFile)) {
      fail(`Neovim wrote no result (exit ${run.status ?? run.signal}, ${nvimMs} ms). Its output:\n${run.output.trim() || '(none)'}`);
    }
    const result = JSON.parse(readFileSync(resultFile, 'utf8'));
    for (const s of result.steps ?? []) say(`${s.ok ? '✔' : '✖'} ${s.name} (${s.ms} ms): ${s.detail ?? ''}`);
    say(`Neovim ${result.nvim_version}: run took ${nvimMs} ms (${result.elapsed_ms} ms inside check.lua)`);

    const problems = [];
    if ((result.errors ?? []).length > 0) problems.push(`check.lua raised: ${result.errors.join('; ')}`);
    const stepOk = (name) => (result.steps ?? []).find((s) => s.name === name)?.ok === true;
    if (!stepOk('initialize')) problems.push('the server did not complete the initialize handshake with Neovim (see the steps above)');
    const diagnostics = Array.isArray(result.diagnostics) ? result.diagnostics : [];
    const missing = diagnostics.find((d) => d.code === 'missing-assignee');
    if (!missing) {
      problems.push(`no missing-assignee diagnostic reached Neovim (got: ${diagnostics.map((d) => d.code).join(', ') || 'none'})`);
    } else {
      if (missing.source !== 'minutes') problems.push(`missing-assignee has source ${JSON.stringify(missing.source)}, expected "minutes"`);
      // fixture.minutes line 10 (0-based 9): "Uppdrag: ta fram …"; the range is the keyword.
      if (missing.lnum !== 9 || missing.col !== 0) problems.push(`missing-assignee is at ${missing.lnum}:${missing.col}, expected 9:0 (the keyword on line 10)`);
    }
    if (!stepOk('initialize')) {
      // Nothing to say about completion without a running server.
    } else if (!result.completion?.supported) {
      problems.push('textDocument/completion is not supported: the server does not advertise completionProvider');
    } else {
      const labels = result.completion.labels ?? [];
      const absent = ATTENDEES.filter((name) => !labels.includes(name));
      if (absent.length > 0) {
        problems.push(`completion after "Uppdrag: " lacks ${absent.join(', ')} (got ${labels.length} items: ${labels.slice(0, 12).join(', ')}${result.completion.error ? `; error: ${result.completion.error}` : ''})`);
      } else {
        say(`completion after "Uppdrag: " offers ${ATTENDEES.join(', ')} (${labels.length} items)`);
      }
    }
    if (run.status !== 0) problems.push(`nvim exited with ${run.status ?? run.signal}; output:\n${run.output.trim()}`);
    if (problems.length > 0) fail(`${problems.map((p) => `\n  - ${p}`).join('')}${keep ? `\n  (temporary folder kept: ${temp})` : '\n  (MINUTES_NVIM_KEEP_TEMP=1 keeps the temporary folder with lsp.log)'}`);
    console.log(`✔ test:neovim passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    if (keep) console.log(`  temporary folder kept: ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof Failure)) throw error;
  console.error(`\n✖ test:neovim failed: ${error.message}`);
  process.exitCode = 1;
}
