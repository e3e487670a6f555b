/**
 * The Node options the language server is started with, by the VS Code extension
 * (`client/src/extension.ts`) and by the benchmark (`bench/suites/lsp.ts`), which measures the
 * server as the extension runs it. Other editors start it themselves (`docs/editor.md`).
 *
 * `--max-semi-space-size=2` caps V8's young generation at 2 MiB per semi-space (Node's default
 * lets it grow to 16 MiB). Opening a long document allocates far more than its analysis keeps, and
 * the young generation grows to its cap and stays committed; at 1 MiB of minutes the server's peak
 * resident set is about 97 MiB with the cap and about 122 MiB without (`docs/performance.md`,
 * "Memory"). A keystroke allocates little (the edited item, and a few hundred small objects for
 * the diagnostics), so the smaller young generation costs it little.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2'];
