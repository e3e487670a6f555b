import * as assert from 'node:assert/strict';
import { ensureCliBuilt, packageVersion, runCli } from './helpers';

const EXAMPLE = 'examples/kommunchefsgruppen.minutes';

/** Each case: the arguments, the exit status, and what stdout or stderr must (not) show. */
const cases: {
  args: string[];
  status: number;
  stdout?: RegExp[];
  stderr?: RegExp[];
  notStdout?: RegExp[];
}[] = [
  { args: [], status: 2, stderr: [/no command/, /--help/] },
  { args: ['--bogus'], status: 2, stderr: [/unknown option '--bogus'/, /--help/] },
  { args: ['check', '--bogus', EXAMPLE], status: 2, stderr: [/'--bogus'/, /--help/] },
  { args: ['-x', 'check', EXAMPLE], status: 2, stderr: [/'-x'/] },
  { args: ['frobnicate', EXAMPLE], status: 2, stderr: [/unknown command 'frobnicate'/, /--help/] },
  { args: ['check'], status: 2, stderr: [/at least one file or folder/, /--help/] },
  { args: ['check', '--format', 'xml', EXAMPLE], status: 2, stderr: [/'xml'/, /--format \(expected text or json\)/, /--help/] },
  { args: ['actions', '--format', 'xml', EXAMPLE], status: 2, stderr: [/'xml'/, /--format \(expected table or json or csv\)/, /--help/] },
  { args: ['check', '--format=xml', EXAMPLE], status: 2, stderr: [/'xml'/] },
  { args: ['check', EXAMPLE, '--format'], status: 2, stderr: [/--format needs a value/] },
  { args: ['check', '--lang', 'de', EXAMPLE], status: 2, stderr: [/'de'/, /--lang/] },
  { args: ['--lang', 'sv', '--bogus'], status: 2, stderr: [/okänd flagga '--bogus'/, /--help/] },
  { args: ['--lang=sv', 'frobnicate'], status: 2, stderr: [/okänt kommando 'frobnicate'/] },
  { args: ['--help'], status: 0, stdout: [/Usage: minutes/, /\bcheck\b/, /\brender\b/, /--force/, /--format/, /--lang/, /\bactions PATHS/, /\bnew --from FILE/, /--format table\|json\|csv/, /--open /, /--overdue /, /--assignee NAME /, /--from FILE /, /--date YYYY-MM-DD /] },
  { args: ['-h'], status: 0, stdout: [/\bcheck\b/] },
  { args: ['check', '--help'], status: 0, stdout: [/\bcheck\b/] },
  { args: ['--lang', 'sv', '--help'], status: 0, stdout: [/Användning: minutes/, /\bcheck\b/, /\brender\b/] },
  { args: ['--version'], status: 0, stdout: [new RegExp(`^${packageVersion().replace(/\./g, '\\.')}\\n$`)] },
  { args: ['-v'], status: 0, stdout: [new RegExp(`^${packageVersion().replace(/\./g, '\\.')}\\n$`)] },
];

describe('minutes usage', function () {
  before(ensureCliBuilt);

  for (const c of cases) {
    it(`minutes ${c.args.join(' ')} → exit ${c.status}`, async () => {
      const result = await runCli(c.args);
      assert.equal(result.status, c.status, `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
      for (const pattern of c.stdout ?? []) assert.match(result.stdout, pattern);
      for (const pattern of c.stderr ?? []) assert.match(result.stderr, pattern);
      for (const pattern of c.notStdout ?? []) assert.doesNotMatch(result.stdout, pattern);
      // A usage error says nothing on stdout, so a script reading the report reads nothing.
      if (c.status === 2) assert.equal(result.stdout, '');
    });
  }
});
