/**
 * `npm start`: build the extension and open `examples/` in VS Code with it loaded, as an
 * extension under development.
 *
 * - With a desktop VS Code (`code` on PATH): `code --extensionDevelopmentPath=<repo> <repo>/examples`.
 * - Without one (as on the project's machines): code-server (installed by scripts/e2e/setup.mjs,
 *   run here when needed) serves VS Code on http://127.0.0.1:PORT/ and this prints the address
 *   that opens the examples with the extension loaded. It runs until Ctrl+C.
 *
 *   npm start                      PORT=8080 by default; MINUTES_START_PORT=9000 npm start
 *   npm start -- --code-server     use code-server even when `code` is on PATH
 *   npm start -- --check           start code-server, check that it serves the workbench, stop
 *
 * code-server keeps its profile in `.cache/e2e/start/` (settings, open editors), so it
 * survives restarts. After a rebuild (`node scripts/build.mjs --watch`), run
 * "Developer: Reload Window" in the browser, as in desktop VS Code.
 */
/* global fetch, AbortSignal -- globals of Node 20 that the lint config does not list */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCodeServer, waitForHealthz, workbenchUrl, writeUserSettings } from './code-server.mjs';
import { cacheDir, ensureDir, node24Env, privateFolders, root } from './environment.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const forceCodeServer = check || args.includes('--code-server');
const examples = join(root, 'examples');

run(process.execPath, [join(root, 'scripts', 'build.mjs')]);

if (!forceCodeServer && commandExists('code')) {
  console.log(`Opening ${examples} in VS Code with the extension from ${root}`);
  const code = spawn('code', [`--extensionDevelopmentPath=${root}`, examples], { stdio: 'inherit' });
  code.on('exit', (status) => process.exit(status ?? 1));
} else {
  await serveWithCodeServer();
}

/** Starts code-server with the extension under development and keeps it running until Ctrl+C (or, with --check, stops it once it serves). */
async function serveWithCodeServer() {
  run(process.execPath, [join(root, 'scripts', 'e2e', 'setup.mjs')]);
  const port = Number(process.env.MINUTES_START_PORT || 8080);
  const home = join(cacheDir, 'start');
  const userDataDir = join(home, 'user-data');
  if (!existsSync(join(userDataDir, 'User', 'settings.json'))) writeUserSettings(userDataDir);
  const server = await startCodeServer({
    port,
    userDataDir,
    extensionsDir: ensureDir(join(home, 'extensions')),
    env: node24Env({ ...privateFolders(home), EXTENSIONS_GALLERY: '{}' }),
    logFile: join(home, 'code-server.log'),
    // The built workbench reads extensionDevelopmentPath from the URL only with this on.
    enableSmokeTestDriver: true,
    folder: examples,
  });
  let stopping = false;
  const stop = async (status) => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping code-server…');
    await server.stop();
    process.exit(status);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  void server.exited.then((status) => {
    if (!stopping) {
      const tail = readFileSync(server.logFile, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
      console.error(`code-server stopped (${status}); the end of ${server.logFile}:\n${tail}`);
      if (/EADDRINUSE/.test(tail)) console.error(`Port ${port} is taken; choose another with MINUTES_START_PORT=…`);
      void stop(1);
    }
  });

  try {
    await waitForHealthz(server, Date.now() + 60_000);
    const url = workbenchUrl(server, { folder: examples, developmentPaths: [root] });
    await expectWorkbenchPage(url, Date.now() + 30_000);
    console.log(`\nVS Code (code-server) serves the examples with the minutes extension loaded. Open:\n\n  ${url}\n`);
    console.log(`Log: ${server.logFile}. Stop with Ctrl+C.`);
    if (check) {
      console.log('--check: the workbench page is served; stopping.');
      await stop(0);
    }
  } catch (error) {
    console.error(`✖ npm start: ${error instanceof Error ? error.message : error}`);
    await stop(1);
  }
}

/** Fetches the workbench page until it is served (HTTP 200 with the workbench's configuration element). */
async function expectWorkbenchPage(url, deadline) {
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      const html = await response.text();
      if (response.ok && html.includes('vscode-workbench-web-configuration')) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the workbench page was not served in time (${last})`);
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}
