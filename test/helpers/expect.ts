import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** True when golden files should be rewritten instead of compared (`UPDATE_EXPECT=1`). */
export const updating = process.env.UPDATE_EXPECT === '1';

/**
 * Compares `actual` with the golden file at `path`. With `UPDATE_EXPECT=1` the file is written
 * instead, so expectations are refreshed from the code, never edited by hand to match it.
 */
export function expectFile(path: string, actual: string): void {
  if (updating) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `golden file ${path} is missing; run with UPDATE_EXPECT=1 to create it`);
  assert.equal(actual, readFileSync(path, 'utf8'), `output differs from ${path}; if the change is intended, run with UPDATE_EXPECT=1`);
}

/** Lines joined with `\n`: inline documents in tests read like the file they stand for. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** The repository root. */
export const root = new URL('../../', import.meta.url).pathname;
