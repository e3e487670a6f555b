/**
 * Protocol fuzzing inside `npm test`: a few thousand random steps against the built server (see
 * fuzzer.ts for what is tried and what is checked). Two fixed seeds, so a failure reproduces;
 * `npm run fuzz` runs 100,000 steps with a new seed.
 */
import assert from 'node:assert/strict';
import { describeReport, runFuzz } from './fuzzer';

describe('protocol fuzzing of the language server', () => {
  for (const seed of [1, 20261127]) {
    it(`survives 1500 random edits and requests (seed ${seed}), answering each in time with the client's text`, async function () {
      this.timeout(180_000);
      const report = await runFuzz({ steps: 1500, seed });
      if (process.env.MINUTES_FUZZ_VERBOSE) console.log(describeReport(report));
      assert.equal(report.steps, 1500);
      const edits = Object.values(report.edits).reduce((a, b) => a + b, 0);
      assert.ok(edits > 500, `${edits} edits`);
      assert.ok(report.digestChecks >= edits, 'the text was compared after every edit');
      for (const method of ['textDocument/completion', 'textDocument/hover', 'textDocument/documentSymbol', 'textDocument/codeAction', 'textDocument/formatting', 'textDocument/rename']) {
        assert.ok((report.requests[method] ?? 0) > 20, `${method} was asked`);
      }
      assert.ok(report.timedRequests > 300, 'requests on a document of about 100 KiB were timed');
    });
  }
});
