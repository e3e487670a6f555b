import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { FixtureFolder, ensureCliBuilt, joinLines, minutesWithAction, runCli } from './helpers';

const EXAMPLE = 'examples/kommunchefsgruppen.minutes';

/**
 * Standard output that cannot be written, through the real process: a reader that went away
 * (`minutes … | head`) ends the program quietly, any other failure (a full disk) is said once on
 * stderr; both with exit status 2, and never a stack trace.
 */
describe('minutes with an unwritable standard output', function () {
  this.timeout(60_000);
  before(ensureCliBuilt);

  const commands: string[][] = [
    ['check', 'examples'],
    ['check', '--format', 'json', 'examples'],
    ['actions', 'examples'],
    ['render', EXAMPLE, '--to', 'html', '-o', '-'],
  ];
  for (const args of commands) {
    it(`minutes ${args.join(' ')} into a pipe closed early: exit 2, nothing on stderr`, async () => {
      const result = await runCli(args, { stdout: 'closed' });
      assert.equal(result.stderr, '');
      assert.equal(result.status, 2);
    });
  }

  const devFull = '/dev/full';
  it('says once, in the user\'s language, that a full disk took the output: exit 2, no stack trace', async function () {
    if (!existsSync(devFull)) this.skip();
    const english = await runCli(['check', EXAMPLE], { stdout: { file: devFull } });
    assert.equal(english.stderr, 'minutes: cannot write to standard output: no space left on the device\n');
    assert.equal(english.status, 2);
    const swedish = await runCli(['render', EXAMPLE, '--to', 'md', '-o', '-'], { stdout: { file: devFull }, env: { LANG: 'sv_SE.UTF-8' } });
    assert.equal(swedish.stderr, 'minutes: kan inte skriva till standard ut: inget utrymme kvar på enheten\n');
    assert.equal(swedish.status, 2);
  });

  it('exits 2, not 1, when the errors found could not be reported', async () => {
    const fixtures = new FixtureFolder();
    try {
      fixtures.write('missing.minutes', joinLines(minutesWithAction('Uppdrag: ta fram en agenda')));
      const closed = await runCli(['check', 'missing.minutes'], { cwd: fixtures.root, stdout: 'closed' });
      assert.equal(closed.status, 2, closed.stderr);
      if (!existsSync(devFull)) return;
      const full = await runCli(['check', 'missing.minutes'], { cwd: fixtures.root, stdout: { file: devFull } });
      assert.equal(full.status, 2, full.stderr);
    } finally {
      fixtures.remove();
    }
  });
});
