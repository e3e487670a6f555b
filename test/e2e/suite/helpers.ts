/**
 * What the end-to-end tests share: waiting for a condition with a deadline, files in the test
 * workspace (a temporary copy of `examples/`), the extension's diagnostics, and screenshots.
 * Tests never sleep for a fixed time: they poll for the state they expect, with a deadline.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MinutesApi } from '../../../client/src/extension';

/** `publisher.name` from package.json. */
export const extensionId = 'minutes-team.minutes';

/** The extension's API (what `activate` returns), activating the extension when it is not yet. */
export async function minutesApi(): Promise<MinutesApi> {
  const extension = vscode.extensions.getExtension<MinutesApi>(extensionId);
  if (!extension) throw new Error(`VS Code does not know the extension ${extensionId}`);
  return extension.isActive ? extension.exports : extension.activate();
}

/**
 * The workbench's display language as the extension sees it: `'sv'` when VS Code runs in
 * Swedish (the extension's texts and the server's messages are Swedish then), `'en'` otherwise.
 */
export function displayLanguage(): 'sv' | 'en' {
  return vscode.env.language.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

/**
 * Polls `condition` every 50 ms until it returns a truthy value, and returns that value. Fails
 * after `timeoutMs` with a message naming `what`, so a failure says what never happened.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  timeoutMs = 20_000,
  what = 'the condition',
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Lines joined with `\n`: inline documents read like the file they stand for. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** The folder VS Code opened: a temporary copy of `examples/` that tests may change freely. */
export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('VS Code opened no folder; test/e2e/run.ts passes a copy of examples/');
  return folder.uri;
}

/** Opens a file of the test workspace in an editor. */
export async function openWorkspaceFile(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder(), name));
  return vscode.window.showTextDocument(document);
}

/** Writes `text` to a new file of the test workspace and opens it in an editor. */
export async function createWorkspaceFile(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(workspaceFolder(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return openWorkspaceFile(name);
}

/** The code of a diagnostic as a string (VS Code also allows `{ value, target }`). */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The diagnostics the minutes language server published for `uri`. */
export function minutesDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'minutes');
}

/** Waits until the minutes diagnostics of `uri` include one with `code`, and returns it. */
export function waitForDiagnostic(uri: vscode.Uri, code: string, timeoutMs = 30_000): Promise<vscode.Diagnostic> {
  return waitFor(
    () => minutesDiagnostics(uri).find((diagnostic) => codeOf(diagnostic) === code),
    timeoutMs,
    `a ${code} diagnostic in ${path.basename(uri.path)}`,
  );
}

/** A completion item's label as a string (VS Code also allows `{ label, description }`). */
export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** The text of every hover part, joined by blank lines (Markdown as the server wrote it). */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((part) => (typeof part === 'string' ? part : part.value))
    .join('\n\n');
}

/** Where screenshots go: set by scripts/e2e/code-launcher.mjs, `.test-artifacts/e2e/` otherwise. */
function artifactsDir(): string {
  const extensionPath = vscode.extensions.getExtension(extensionId)?.extensionPath ?? process.cwd();
  return process.env.MINUTES_E2E_ARTIFACTS || path.join(extensionPath, '.test-artifacts', 'e2e');
}

/** What a screenshot waits for. */
export interface ScreenshotOptions {
  /**
   * A Playwright selector (CSS, plus extensions such as `:has-text("…")`) of something in the
   * workbench that must be visible before the picture is taken — the hover or the completion
   * list, which VS Code shows asynchronously after the command that opens them has returned.
   * When nothing matching it becomes visible within 15 s, the launcher still saves the picture
   * (to see why) but the call fails.
   */
  readonly visible?: string;
  /** How long to wait for the file (default 30 s). */
  readonly timeoutMs?: number;
}

/**
 * Saves a screenshot of the whole workbench as `<artifacts>/<name>.png`, showing the state the
 * test has reached, and returns its path once the file exists. The request is a console line
 * (`##screenshot <name>`, or `##screenshot <name> visible=<selector>`) that the launcher sees; in
 * an editor without the launcher (desktop VS Code, `MINUTES_E2E_VSCODE`) nothing takes it, so
 * this returns `undefined` at once.
 */
export async function takeScreenshot(name: string, options: ScreenshotOptions = {}): Promise<string | undefined> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name "${name}" must be letters, digits, '.', '-' or '_'`);
  if (options.visible !== undefined && /[\r\n]/.test(options.visible)) throw new Error('a screenshot selector must be one line');
  if (!process.env.MINUTES_E2E_SCREENSHOTS) return undefined;
  const file = path.join(artifactsDir(), `${name}.png`);
  // Written by the launcher, before the picture, when `visible` never became visible.
  const problem = path.join(artifactsDir(), `${name}.error.txt`);
  rmSync(file, { force: true });
  rmSync(problem, { force: true });
  console.log(`##screenshot ${name}${options.visible ? ` visible=${options.visible}` : ''}`);
  const timeoutMs = options.timeoutMs ?? 30_000;
  return waitFor(
    () => {
      if (existsSync(problem)) throw new Error(`screenshot ${name}: ${readFileSync(problem, 'utf8').trim()}`);
      return existsSync(file) ? file : undefined;
    },
    timeoutMs,
    `the screenshot ${file}`,
  );
}
