/**
 * The entry point VS Code's extension host loads for `--extensionTestsPath` (bundled to
 * `dist/e2e/suite/index.cjs` by scripts/e2e/build-tests.mjs): runs every `*.test.cjs` bundle
 * beside it with mocha and rejects when a test fails, which makes VS Code exit non-zero.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { takeScreenshot } from './helpers';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    // The first test waits for the extension and its language server to start in a cold workbench.
    timeout: 60_000,
    color: false,
    // A stray `it.only` must not silently skip the rest of the suite on CI.
    forbidOnly: Boolean(process.env.CI),
  });
  // `MINUTES_E2E_GREP=snippet npm run test:e2e` runs only the tests whose title matches.
  if (process.env.MINUTES_E2E_GREP) mocha.grep(process.env.MINUTES_E2E_GREP);
  // A failed test leaves a picture of the workbench as it was: failed-<test title>.png.
  mocha.suite.afterEach(async function () {
    const test = this.currentTest;
    if (test?.state !== 'failed') return;
    const name = `failed-${test.fullTitle().toLowerCase().replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').slice(0, 80)}`;
    await takeScreenshot(name).catch((error: unknown) => console.error(`could not save ${name}.png: ${error}`));
  });
  const files = readdirSync(__dirname).filter((name) => name.endsWith('.test.cjs')).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      // One plain summary line, the same in every editor this runs in.
      console.log(`e2e: ${passes} passed, ${failures} failed${pending > 0 ? `, ${pending} skipped` : ''}`);
      if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
      else if (passes === 0) reject(new Error('no end-to-end test ran'));
      else resolve();
    });
  });
}
