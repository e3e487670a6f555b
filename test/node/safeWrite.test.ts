/**
 * `writeFileSafely` never loses data: it refuses to replace a file unless told to, writes through a
 * temporary file and a rename, and leaves nothing behind when the write fails. The tests run as
 * root in CI, where permissions do not stop a write, so failures are provoked with paths that
 * cannot exist for anyone (a folder that is missing, a path "under" a regular file, a folder as
 * the target).
 */
import assert from 'node:assert/strict';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileExistsError, fileExists, writeFileSafely } from '../../server/src/node/safeWrite';

describe('writeFileSafely', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-safewrite-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every entry of the test folder, recursively, so a stray temporary file anywhere shows up. */
  function listing(): string[] {
    return (readdirSync(dir, { recursive: true }) as string[]).map((name) => name.replace(/\\/g, '/')).sort();
  }

  const newFileCases: { name: string; data: string | Uint8Array; expected: Buffer }[] = [
    { name: 'text as UTF-8', data: 'Protokoll – åäö “citat”\n', expected: Buffer.from('Protokoll – åäö “citat”\n', 'utf8') },
    { name: 'empty text', data: '', expected: Buffer.alloc(0) },
    { name: 'bytes', data: new Uint8Array([0, 1, 2, 255]), expected: Buffer.from([0, 1, 2, 255]) },
    {
      // A view into a larger buffer must write only its own bytes.
      name: 'a byte view with an offset',
      data: new Uint8Array([9, 9, 1, 2, 3, 9]).subarray(2, 5),
      expected: Buffer.from([1, 2, 3]),
    },
  ];
  for (const { name, data, expected } of newFileCases) {
    for (const overwrite of [false, true]) {
      it(`creates a new file from ${name} (overwrite: ${overwrite}) and leaves no temporary file`, async () => {
        const target = join(dir, 'out.bin');
        await writeFileSafely(target, data, { overwrite });
        assert.deepEqual(readFileSync(target), expected);
        assert.deepEqual(listing(), ['out.bin']);
      });
    }
  }

  it('refuses to overwrite an existing file and keeps its contents', async () => {
    const target = join(dir, 'minutes.html');
    writeFileSync(target, 'old');
    await assert.rejects(writeFileSafely(target, 'new', { overwrite: false }), (error: unknown) => {
      assert.ok(error instanceof FileExistsError);
      assert.equal(error.path, target);
      assert.equal(error.name, 'FileExistsError');
      assert.match(error.message, /minutes\.html/);
      return true;
    });
    assert.equal(readFileSync(target, 'utf8'), 'old');
    assert.deepEqual(listing(), ['minutes.html']);
  });

  it('refuses to replace a folder, a symbolic link or a dangling link without overwrite', async () => {
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'real.txt'), 'kept');
    symlinkSync(join(dir, 'real.txt'), join(dir, 'link.txt'));
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
    for (const name of ['folder', 'link.txt', 'dangling.txt']) {
      await assert.rejects(writeFileSafely(join(dir, name), 'new', { overwrite: false }), FileExistsError, name);
    }
    assert.equal(readFileSync(join(dir, 'real.txt'), 'utf8'), 'kept');
    assert.deepEqual(listing(), ['dangling.txt', 'folder', 'link.txt', 'real.txt']);
  });

  it('overwrites an existing file when asked, keeping its permissions', async () => {
    const target = join(dir, 'minutes.md');
    writeFileSync(target, 'a much longer old text that must not survive as a tail', { mode: 0o640 });
    await writeFileSafely(target, 'new', { overwrite: true });
    assert.equal(readFileSync(target, 'utf8'), 'new');
    assert.equal(statSync(target).mode & 0o777, 0o640);
    assert.deepEqual(listing(), ['minutes.md']);
  });

  it('replaces by a rename, not in place: another hard link to the old file keeps the old contents', async () => {
    const target = join(dir, 'minutes.pdf');
    writeFileSync(target, 'old');
    linkSync(target, join(dir, 'backup.pdf'));
    await writeFileSafely(target, 'new', { overwrite: true });
    assert.equal(readFileSync(target, 'utf8'), 'new');
    assert.equal(readFileSync(join(dir, 'backup.pdf'), 'utf8'), 'old');
    assert.deepEqual(listing(), ['backup.pdf', 'minutes.pdf']);
  });

  it('writes through a symbolic link to its target when overwriting', async () => {
    writeFileSync(join(dir, 'real.txt'), 'old');
    symlinkSync(join(dir, 'real.txt'), join(dir, 'link.txt'));
    await writeFileSafely(join(dir, 'link.txt'), 'new', { overwrite: true });
    assert.equal(readFileSync(join(dir, 'real.txt'), 'utf8'), 'new');
    assert.deepEqual(listing(), ['link.txt', 'real.txt']);
  });

  const failureCases: { name: string; setup: () => string; code: RegExp; onlyOverwrite?: boolean }[] = [
    { name: 'the folder does not exist', setup: () => join(dir, 'no-such-folder', 'out.pdf'), code: /ENOENT/ },
    {
      name: 'a parent is a regular file',
      setup: () => {
        writeFileSync(join(dir, 'plain'), 'x');
        return join(dir, 'plain', 'out.pdf');
      },
      code: /ENOTDIR/,
    },
    {
      name: 'the target is a folder',
      onlyOverwrite: true, // without overwrite it is a refusal, tested above
      setup: () => {
        mkdirSync(join(dir, 'taken.pdf'));
        writeFileSync(join(dir, 'taken.pdf', 'inside'), 'kept');
        return join(dir, 'taken.pdf');
      },
      code: /EISDIR|EEXIST|ENOTEMPTY|EPERM/,
    },
  ];
  for (const { name, setup, code, onlyOverwrite } of failureCases) {
    for (const overwrite of [false, true]) {
      if (onlyOverwrite && !overwrite) continue;
      it(`fails cleanly when ${name} (overwrite: ${overwrite}), leaving nothing behind`, async () => {
        const target = setup();
        const before = listing();
        await assert.rejects(writeFileSafely(target, new Uint8Array(1024).fill(65), { overwrite }), (error: unknown) => {
          assert.ok(!(error instanceof FileExistsError), 'a real write error, not a refusal');
          assert.match(String((error as NodeJS.ErrnoException).code), code);
          // The error names the file asked for, never the temporary file beside it.
          const { message, path } = error as NodeJS.ErrnoException;
          assert.equal(path, target);
          assert.doesNotMatch(message, new RegExp(`${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d`), message);
          return true;
        });
        assert.deepEqual(listing(), before);
      });
    }
  }

  it('keeps the old contents whole when concurrent writes race for one file', async () => {
    const target = join(dir, 'race.txt');
    writeFileSync(target, 'old');
    const versions = Array.from({ length: 8 }, (_, index) => String(index).repeat(100_000));
    await Promise.all(versions.map((text) => writeFileSafely(target, text, { overwrite: true })));
    assert.ok(versions.includes(readFileSync(target, 'utf8')), 'the file holds one complete version');
    assert.deepEqual(listing(), ['race.txt']);
  });
});

describe('fileExists', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-exists-'));
    writeFileSync(join(dir, 'file'), '');
    mkdirSync(join(dir, 'folder'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [string, boolean][] = [
    ['file', true],
    ['folder', true],
    ['dangling', true],
    ['missing', false],
    ['missing/deeper', false],
    ['file/under-a-file', false],
  ];
  for (const [name, expected] of cases) {
    it(`${name} → ${expected}`, async () => {
      assert.equal(await fileExists(join(dir, name)), expected);
    });
  }
});
