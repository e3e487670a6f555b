/**
 * No data lost, for every command-line command that writes a file (`minutes render` in each
 * format, `minutes new`): an existing file is never replaced without `--force` (`new` never
 * replaces one); a replacement goes through a temporary file and a rename — seen from outside
 * because a second hard link to the old file keeps the old contents, which an in-place write
 * would have overwritten; a failed write leaves the folder exactly as it was.
 */
import assert from 'node:assert/strict';
import { cpSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../server/src/cli/run';
import { root } from '../helpers/expect';

describe('no data lost: the commands that write files', function () {
  this.timeout(60_000);
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'minutes-write-'));
    cpSync(join(root, 'test/fixtures/series/styrelsen'), folder, { recursive: true });
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** Runs `minutes ARGS…` in-process in the folder. */
  async function minutes(args: readonly string[]): Promise<{ status: number; stderr: string }> {
    let stderr = '';
    const status = await run(args, { cwd: folder, env: {}, stdout: () => undefined, stderr: (t) => void (stderr += t), now: () => new Date(2024, 5, 11, 9) });
    return { status, stderr };
  }
  const listing = () => (readdirSync(folder, { recursive: true }) as string[]).sort();

  const commands: { name: string; args: (output: string) => string[]; replaces: boolean }[] = [
    ...['html', 'md', 'pdf', 'docx'].map((format) => ({ name: `render --to ${format}`, args: (output: string) => ['render', '2024-05-14.minutes', '--to', format, '-o', output], replaces: true })),
    { name: 'new', args: (output: string) => ['new', '--from', '2024-05-14.minutes', '-o', output], replaces: false },
  ];

  for (const command of commands) {
    it(`${command.name}: refuses to replace an existing file (exit 2), keeping it and the folder as they were`, async () => {
      writeFileSync(join(folder, 'out.file'), 'keep me');
      const before = listing();
      const result = await minutes(command.args('out.file'));
      assert.equal(result.status, 2);
      assert.match(result.stderr, /out\.file already exists/);
      assert.equal(readFileSync(join(folder, 'out.file'), 'utf8'), 'keep me');
      assert.deepEqual(listing(), before);
    });

    for (const [where, output] of [
      ['a folder that does not exist', 'no/such/folder/out.file'],
      ['a path under a regular file', '2024-03-05.minutes/out.file'],
    ] as const) {
      it(`${command.name}: fails on ${where} (exit 2), leaving nothing behind`, async () => {
        const before = listing();
        const result = await minutes(command.args(output));
        assert.equal(result.status, 2);
        assert.match(result.stderr, /out\.file/);
        assert.deepEqual(listing(), before);
      });
    }

    if (command.replaces) {
      it(`${command.name} --force: replaces the file by a rename (another hard link keeps the old contents), no temporary file left`, async () => {
        writeFileSync(join(folder, 'out.file'), 'old contents');
        linkSync(join(folder, 'out.file'), join(folder, 'other-link.file'));
        const result = await minutes([...command.args('out.file'), '--force']);
        assert.equal(result.status, 0, result.stderr);
        assert.notEqual(readFileSync(join(folder, 'out.file'), 'utf8'), 'old contents');
        assert.equal(readFileSync(join(folder, 'other-link.file'), 'utf8'), 'old contents', 'written in place, not by a rename');
        assert.deepEqual(listing(), [...readdirSync(join(root, 'test/fixtures/series/styrelsen')), 'other-link.file', 'out.file'].sort());
      });
    }
  }
});
