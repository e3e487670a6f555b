/**
 * A stand-in for the `code` executable that `@vscode/test-electron`'s `runTests` spawns: it runs
 * the extension tests in a real VS Code (code-server 1.139 in headless Chromium) and exits with
 * the tests' exit code, so the standard runner works unchanged on a machine that cannot download
 * desktop VS Code. (`code-launcher` beside this file is the executable wrapper runTests spawns.)
 *
 *   code-launcher [FOLDER] --extensionDevelopmentPath=REPO --extensionTestsPath=INDEX.cjs
 *                 [--user-data-dir=D] [--extensions-dir=E] [other VS Code flags, ignored]
 *
 * How: code-server serves the workbench on a free port of 127.0.0.1; Chromium opens
 * `/?folder=FOLDER&payload=[["extensionDevelopmentPath",…],["extensionTestsPath",…]]`, which the
 * workbench honours because code-server runs with the smoke-test driver enabled. The workbench
 * then reports the extension host's console through `window.codeAutomationLog` and the result
 * through `window.codeAutomationExit(code)`; both are exposed here.
 *
 * Screenshots: `.test-artifacts/e2e/workbench.png` right before exit (whatever the outcome),
 * and `<name>.png` whenever a test logs the line `##screenshot <name>` (`takeScreenshot` in
 * test/e2e/suite/helpers.ts). Each file appears complete (written elsewhere, then renamed), so
 * a test can wait for it to exist. `##screenshot <name> visible=<selector>` first waits (up to
 * 15 s) until something matching the Playwright selector is visible — a hover, the completion
 * list; when nothing is, `<name>.error.txt` says so before the picture is saved anyway.
 *
 * Every process started here (code-server, Chromium) is stopped on every way out: success,
 * failure, the deadline (`MINUTES_E2E_TIMEOUT_MS`, 5 minutes by default), SIGINT, SIGTERM and
 * SIGHUP. (Only SIGKILL of this process alone would leave code-server behind; runTests' forced
 * close kills the whole process tree.)
 */
/* global requestAnimationFrame -- runs in the page */
import { createWriteStream, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { delay, freePort, startCodeServer, waitForHealthz, workbenchUrl, writeUserSettings } from './code-server.mjs';
import { artifactsDir, assertInstalled, chromiumArgs, chromiumPath, ensureDir, node24Env, privateFolders } from './environment.mjs';

const timeoutMs = Number(process.env.MINUTES_E2E_TIMEOUT_MS || 5 * 60_000);
const verbose = Boolean(process.env.MINUTES_E2E_VERBOSE);
const deadline = Date.now() + timeoutMs;

/** Everything that must be undone on the way out, newest first. */
const cleanups = [];
let exiting = false;
/**
 * The workbench's own start-up messages, which reach codeAutomationLog together with the test
 * output. They stay in workbench.log but are not relayed unless MINUTES_E2E_VERBOSE is set.
 * Anything not listed here is relayed, so a new message is seen rather than lost.
 */
const workbenchChatter = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^\[(reconnection-grace-time|Service Worker|AgentHost:remote|AccountPolicyGate)\]/,
  /^(Ignoring fetching|Updating) additional builtin extensions/,
  /^Timed out waiting for authentication provider 'github'/,
];

/** Set once the workbench page exists, so every way out can save workbench.png first. */
let screenshots;

process.on('SIGINT', () => void shutDown(130, 'interrupted (SIGINT)'));
process.on('SIGTERM', () => void shutDown(143, 'terminated (SIGTERM)'));
process.on('SIGHUP', () => void shutDown(129, 'hung up (SIGHUP)'));
process.on('uncaughtException', (error) => void shutDown(1, `crashed: ${error.stack ?? error}`));
process.on('unhandledRejection', (error) => void shutDown(1, `crashed: ${error instanceof Error ? error.stack : error}`));

const deadlineTimer = setTimeout(
  () => void shutDown(1, `gave up after ${Math.round(timeoutMs / 1000)} s (MINUTES_E2E_TIMEOUT_MS) without a result from the workbench`),
  timeoutMs,
);

/** Starts everything, runs the tests and returns their exit code. */
async function main() {
  assertInstalled();
  const options = parseArguments(process.argv.slice(2));
  ensureDir(artifactsDir);
  // Pictures and logs of an earlier run would be mistaken for this one's.
  for (const name of readdirSync(artifactsDir)) {
    if (/\.(png|log)$|\.error\.txt$/.test(name)) rmSync(join(artifactsDir, name), { force: true });
  }

  const scratch = mkdtempSync(join(tmpdir(), 'minutes-e2e-'));
  cleanups.push(() => {
    if (process.env.MINUTES_E2E_KEEP_TEMP) log(`kept ${scratch} (MINUTES_E2E_KEEP_TEMP)`);
    else rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  });
  const folders = privateFolders(scratch);
  // Playwright puts Chromium's profile in os.tmpdir(): keep it inside the scratch folder too.
  process.env.TMPDIR = folders.TMPDIR;
  const userDataDir = options.userDataDir ?? join(scratch, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(scratch, 'extensions');
  writeUserSettings(userDataDir);
  ensureDir(extensionsDir);

  const port = await freePort();
  const server = await startCodeServer({
    port,
    userDataDir,
    extensionsDir,
    env: node24Env({
      ...folders,
      // An empty gallery turns the marketplace off: no failing requests to the closed network.
      EXTENSIONS_GALLERY: '{}',
      // Read by test/e2e/suite/helpers.ts (the extension host inherits code-server's environment).
      MINUTES_E2E_ARTIFACTS: artifactsDir,
      MINUTES_E2E_SCREENSHOTS: '1',
    }),
    logFile: join(artifactsDir, 'code-server.log'),
    echo: verbose ? process.stderr : undefined,
    enableSmokeTestDriver: true,
  });
  cleanups.push(() => server.stop());
  await waitForHealthz(server, deadline);
  log(`code-server ready on ${server.url}`);

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    env: { ...process.env, ...folders, HOME: ensureDir(join(scratch, 'home')) },
    timeout: remaining(),
    // Playwright would otherwise exit the process itself on these signals, before code-server
    // is stopped; shutDown() closes the browser instead.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  cleanups.push(() => withTimeout(browser.close(), 10_000, 'closing Chromium'));
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });

  const browserLog = createWriteStream(join(artifactsDir, 'browser-console.log'));
  cleanups.push(() => new Promise((done) => browserLog.end(done)));
  page.on('console', (message) => browserLog.write(`[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => browserLog.write(`[pageerror] ${error.stack ?? error.message}\n`));

  // Everything the workbench logs (the extension host's console included), unfiltered.
  const workbenchLog = createWriteStream(join(artifactsDir, 'workbench.log'));
  cleanups.push(() => new Promise((done) => workbenchLog.end(done)));

  screenshots = new ScreenshotTaker(page);
  let reportExit;
  const result = new Promise((resolveResult, rejectResult) => {
    reportExit = resolveResult;
    page.on('crash', () => rejectResult(new Error('the workbench page crashed')));
    void server.exited.then((status) => rejectResult(new Error(`code-server exited early (${status}); see ${server.logFile}`)));
  });
  // Awaited below; this only keeps an early failure from counting as an unhandled rejection.
  result.catch(() => {});
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(typeof code === 'number' ? code : 1));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = formatLogArgs(args);
    const request = /##screenshot ([\w.-]+)(?: visible=(.+))?/.exec(line);
    if (request) {
      screenshots.take(request[1], request[2]);
      return;
    }
    workbenchLog.write(`[${type}] ${line}\n`);
    if (verbose) process.stdout.write(`[${type}] `);
    else if (workbenchChatter.some((pattern) => pattern.test(line))) return;
    if (type === 'error' || type === 'warn' || type === 'warning') process.stderr.write(`${line}\n`);
    else process.stdout.write(`${line}\n`);
  });

  const url = workbenchUrl(server, {
    folder: options.folder,
    developmentPaths: options.extensionDevelopmentPaths,
    testsPath: options.extensionTestsPath,
  });
  log(`opening ${options.folder} in the workbench (Chromium ${browser.version()})`);
  if (verbose) log(url);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: remaining() });

  const code = await result;
  log(`the workbench reported exit code ${code}`);
  return code;
}

/**
 * Reads the arguments runTests passes (`--name=value` or `--name value`); the first positional
 * argument is the folder (or a file, whose folder is opened) to open.
 */
function parseArguments(args) {
  const options = { extensionDevelopmentPaths: [], extensionTestsPath: undefined, userDataDir: undefined, extensionsDir: undefined, folder: undefined };
  const ignored = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const match = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    if (!match) {
      options.folder ??= resolve(arg);
      continue;
    }
    const [, name, inline] = match;
    const takesValue = ['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir'].includes(name);
    const value = takesValue ? (inline ?? args[++index]) : inline;
    if (name === 'extensionDevelopmentPath') options.extensionDevelopmentPaths.push(resolve(value));
    else if (name === 'extensionTestsPath') options.extensionTestsPath = resolve(value);
    else if (name === 'user-data-dir') options.userDataDir = resolve(value);
    else if (name === 'extensions-dir') options.extensionsDir = resolve(value);
    else ignored.push(arg);
  }
  if (ignored.length > 0 && verbose) log(`ignoring desktop-only flags: ${ignored.join(' ')}`);
  if (!options.folder) throw new Error('no folder to open: pass one as a launch argument');
  if (existsSync(options.folder) && !statSync(options.folder).isDirectory()) options.folder = dirname(options.folder);
  return options;
}

/** Takes screenshots one at a time, each into a temporary file renamed into place when complete. */
class ScreenshotTaker {
  constructor(page) {
    this.page = page;
    this.queue = Promise.resolve();
  }

  /** Queues a screenshot requested by a test; with `visible`, once something matching that selector is visible. */
  take(name, visible) {
    this.queue = this.queue
      .then(() => (visible ? this.waitUntilVisible(name, visible) : undefined))
      .then(() => this.save(name))
      .catch((error) => log(`screenshot ${name} failed: ${error.message}`));
  }

  /** Waits for `selector` to match a visible element; when none appears in time, writes `<name>.error.txt`. */
  async waitUntilVisible(name, selector) {
    const timeout = 15_000;
    try {
      await this.page.locator(selector).filter({ visible: true }).first().waitFor({ state: 'visible', timeout });
    } catch (error) {
      const reason = /Timeout/i.test(error.message) ? `nothing matching ${selector} became visible within ${timeout / 1000} s` : error.message.split('\n')[0];
      writeFileSync(join(artifactsDir, `${name}.error.txt`), `${reason}\n`);
      log(`screenshot ${name}: ${reason}`);
    }
  }

  /** Resolves when every queued screenshot is written. */
  idle() {
    return this.queue;
  }

  async save(name) {
    const target = join(artifactsDir, `${name}.png`);
    const partial = join(artifactsDir, `.${name}.partial.png`);
    // Let the workbench paint what the test just did (two animation frames) before capturing.
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))).catch(() => {});
    await this.page.screenshot({ path: partial, timeout: 30_000 });
    renameSync(partial, target);
    log(`screenshot ${target}`);
  }
}

/** Undoes everything (newest first) and exits; safe to call more than once. */
async function shutDown(code, reason) {
  if (exiting) return;
  exiting = true;
  clearTimeout(deadlineTimer);
  if (reason) log(reason);
  if (screenshots) {
    // The workbench as it was at the end: after the tests, or when something went wrong.
    const final = screenshots.idle().then(() => screenshots.save('workbench'));
    await withTimeout(final.catch((error) => log(`screenshot workbench failed: ${error.message}`)), 20_000, 'the final screenshot');
  }
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      log(`cleanup: ${error instanceof Error ? error.message : error}`);
    }
  }
  process.exit(code);
}

/**
 * Formats the arguments of a console call as console.log would: mocha's reporter logs
 * `('%s%s', indent, title)`, so the format string is applied rather than printed.
 */
function formatLogArgs(args) {
  return format(...(Array.isArray(args) ? args : [args]));
}

function remaining() {
  return Math.max(1_000, deadline - Date.now());
}

function withTimeout(promise, ms, what) {
  return Promise.race([promise, delay(ms).then(() => log(`${what} took longer than ${ms / 1000} s; moving on`))]);
}

function log(message) {
  process.stdout.write(`[code-launcher] ${message}\n`);
}

// Last, so that every declaration above is initialised before it runs.
try {
  const code = await main();
  await shutDown(code);
} catch (error) {
  await shutDown(1, `failed: ${error instanceof Error ? error.message : error}`);
}
