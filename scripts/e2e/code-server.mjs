/**
 * Starting, waiting for and stopping code-server: shared by the test launcher
 * (`code-launcher.mjs`) and `npm start` (`start.mjs`).
 */
/* global fetch, AbortSignal -- globals of Node 20 that the lint config does not list */
import { spawn } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { codeServerEntry, ensureDir, nodeBin } from './environment.mjs';

/**
 * Settings for a quiet, predictable workbench: no welcome page, tips, walkthroughs, update or
 * telemetry traffic, no AI side panels, so screenshots show the editor and the Problems view.
 * Written as the user settings of a fresh profile folder.
 */
export function writeUserSettings(userDataDir, overrides = {}) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'editor.minimap.enabled': false,
    ...overrides,
  };
  writeFileSync(join(ensureDir(join(userDataDir, 'User')), 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

/**
 * Starts code-server on 127.0.0.1:`port` in a process group of its own, so that `stop()` ends
 * it together with its children (extension host, language server, file watcher). Its output
 * goes to `logFile` (and to `echo`, a stream, when given).
 *
 * `enableSmokeTestDriver` makes the built workbench honour `extensionDevelopmentPath` /
 * `extensionTestsPath` in the URL's payload and report through `window.codeAutomationExit` /
 * `window.codeAutomationLog`.
 */
export async function startCodeServer({ port, userDataDir, extensionsDir, env, logFile, echo, enableSmokeTestDriver = false, folder }) {
  const output = createWriteStream(logFile);
  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(enableSmokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(folder ? [folder] : []),
  ];
  const child = spawn(nodeBin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolveExit) => child.on('exit', (code, signal) => resolveExit(signal ?? `exit code ${code}`)));
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(output, { end: false });
    if (echo) stream.pipe(echo, { end: false });
  }
  await new Promise((resolveSpawn, rejectSpawn) => {
    child.once('spawn', resolveSpawn);
    child.once('error', rejectSpawn);
  });
  let stopping;
  return {
    url: `http://127.0.0.1:${port}/`,
    host: `127.0.0.1:${port}`,
    logFile,
    exited,
    /** SIGTERM to the whole process group, SIGKILL after five seconds; safe to call twice. */
    stop() {
      stopping ??= stopProcessGroup(child, exited).finally(() => output.end());
      return stopping;
    },
  };
}

async function stopProcessGroup(child, exited) {
  const signalGroup = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // The group is gone already.
    }
  };
  if (child.exitCode === null && child.signalCode === null) {
    signalGroup('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), delay(5_000).then(() => false)]);
    if (!stopped) {
      signalGroup('SIGKILL');
      await exited;
    }
  }
  // Children that outlived code-server itself (an extension host, a language server) share its group.
  signalGroup('SIGKILL');
}

/** Polls `<server>/healthz` every 200 ms until it answers, code-server exits, or `deadline` (ms since epoch) passes. */
export async function waitForHealthz(server, deadline) {
  let died;
  void server.exited.then((status) => (died = status));
  let lastError = 'no answer yet';
  while (Date.now() < deadline) {
    if (died) throw new Error(`code-server exited while starting (${died}); see ${server.logFile}`);
    try {
      const response = await fetch(new URL('healthz', server.url), { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await delay(200);
  }
  throw new Error(`code-server did not answer ${server.url}healthz in time (${lastError}); see ${server.logFile}`);
}

/**
 * The workbench address that opens `folder` with the extensions under development in
 * `developmentPaths` (and, for tests, the test index `testsPath`), as the payload code-server's
 * workbench reads from its URL.
 */
export function workbenchUrl(server, { folder, developmentPaths = [], testsPath }) {
  const remote = (path) => `vscode-remote://${server.host}${path}`;
  const payload = [
    ...developmentPaths.map((path) => ['extensionDevelopmentPath', remote(path)]),
    ...(testsPath ? [['extensionTestsPath', remote(testsPath)]] : []),
  ];
  const query = [`folder=${encodeURIComponent(folder)}`];
  if (payload.length > 0) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.url}?${query.join('&')}`;
}

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolvePort, rejectPort) => {
    const probe = createServer();
    probe.once('error', rejectPort);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

export function delay(ms) {
  return new Promise((done) => setTimeout(done, ms));
}
