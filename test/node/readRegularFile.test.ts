/**
 * `readRegularFileSync` / `readRegularFile` read regular files and refuse, at once, what would
 * hang a plain read (a named pipe with no writer) or never end (a device such as /dev/zero),
 * folders, and files over a size limit.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRegularFile, readRegularFileSync, type ReadLimits } from '../../server/src/node/readRegularFile';

describe('readRegularFile', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-read-'));
    writeFileSync(join(dir, 'text.minutes'), 'Anteckningar\n');
    writeFileSync(join(dir, 'empty.minutes'), '');
    mkdirSync(join(dir, 'folder.minutes'));
    symlinkSync('text.minutes', join(dir, 'link.minutes'));
    symlinkSync('loop.minutes', join(dir, 'loop.minutes'));
    execFileSync('mkfifo', [join(dir, 'pipe.minutes')]);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: { name: string; path: () => string; limits?: ReadLimits; expected: string | { code: string } }[] = [
    { name: 'a regular file', path: () => join(dir, 'text.minutes'), expected: 'Anteckningar\n' },
    { name: 'an empty file', path: () => join(dir, 'empty.minutes'), expected: '' },
    { name: 'a link to a file', path: () => join(dir, 'link.minutes'), expected: 'Anteckningar\n' },
    { name: 'a file exactly at the limit', path: () => join(dir, 'text.minutes'), limits: { maxBytes: 13 }, expected: 'Anteckningar\n' },
    { name: 'a file over the limit', path: () => join(dir, 'text.minutes'), limits: { maxBytes: 12 }, expected: { code: 'EFBIG' } },
    { name: 'a named pipe without a writer', path: () => join(dir, 'pipe.minutes'), expected: { code: 'ENOTREG' } },
    { name: 'a folder', path: () => join(dir, 'folder.minutes'), expected: { code: 'ENOTREG' } },
    { name: 'an endless device (/dev/zero)', path: () => '/dev/zero', expected: { code: 'ENOTREG' } },
    { name: 'a link to itself', path: () => join(dir, 'loop.minutes'), expected: { code: 'ELOOP' } },
    { name: 'a missing file', path: () => join(dir, 'missing.minutes'), expected: { code: 'ENOENT' } },
    { name: 'a path under a file', path: () => join(dir, 'text.minutes', 'x'), expected: { code: 'ENOTDIR' } },
  ];
  for (const c of cases) {
    it(`${c.name} → ${typeof c.expected === 'string' ? JSON.stringify(c.expected) : c.expected.code}`, async () => {
      for (const read of [async () => readRegularFileSync(c.path(), c.limits), () => readRegularFile(c.path(), c.limits)]) {
        const expected = c.expected;
        if (typeof expected === 'string') assert.equal(Buffer.from(await read()).toString('utf8'), expected);
        else await assert.rejects(read(), (error: NodeJS.ErrnoException) => error.code === expected.code || assert.fail(`${error.code}: ${error.message}`));
      }
    });
  }
});
