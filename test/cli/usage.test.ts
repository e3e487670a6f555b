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
  { args: ['actions', '--format', 'xml', EXAMPLE], status: 2, stderr: [/'xml'/, /--format \(expected table or json or csv or text\)/, /--help/] },
  // An option is never the value of the one before it; a flag takes no value; `-o=VALUE` works.
  { args: ['render', EXAMPLE, '--to', 'md', '-o', '--force'], status: 2, stderr: [/option --output needs a value/] },
  { args: ['render', EXAMPLE, '--to', 'md', '--force=yes', '-o', '-'], status: 2, stderr: [/option --force takes no value/] },
  { args: ['render', EXAMPLE, '--to', 'md', '-o=-'], status: 0, stdout: [/^# /] },
  { args: ['check', '--format=xml', EXAMPLE], status: 2, stderr: [/'xml'/] },
  { args: ['check', EXAMPLE, '--format'], status: 2, stderr: [/--format needs a value/] },
  { args: ['check', '--lang', 'de', EXAMPLE], status: 2, stderr: [/'de'/, /--lang/] },
  { args: ['--lang', 'sv', '--bogus'], status: 2, stderr: [/okänd flagga '--bogus'/, /--help/] },
  { args: ['--lang=sv', 'frobnicate'], status: 2, stderr: [/okänt kommando 'frobnicate'/] },
  // Each command takes only its own options (docs/cli.md), and names the one it does not take.
  { args: ['check', '-o', 'report.json', '--format', 'json', EXAMPLE], status: 2, stderr: [/^minutes: '-o' is not an option of check; check takes --format and --lang\n/, /--help/] },
  { args: ['check', '--output=report.json', EXAMPLE], status: 2, stderr: [/'--output' is not an option of check/] },
  { args: ['check', '--to', 'html', EXAMPLE], status: 2, stderr: [/'--to' is not an option of check/] },
  { args: ['check', '--to', 'odt', EXAMPLE], status: 2, stderr: [/'--to' is not an option of check/] },
  { args: ['check', '--force', EXAMPLE], status: 2, stderr: [/'--force' is not an option of check/] },
  { args: ['check', '--open', EXAMPLE], status: 2, stderr: [/'--open' is not an option of check/] },
  { args: ['check', '--overdue', '--assignee', 'Eva', EXAMPLE], status: 2, stderr: [/'--overdue' is not an option of check/] },
  { args: ['--from', EXAMPLE, 'check', EXAMPLE], status: 2, stderr: [/'--from' is not an option of check/] },
  { args: ['--lang', 'sv', 'check', '--date', '2024-06-11', EXAMPLE], status: 2, stderr: [/^minutes: '--date' är ingen flagga för check; check tar --format och --lang\n/, /--help/] },
  { args: ['render', EXAMPLE, '--to', 'md', '--format', 'json'], status: 2, stderr: [/^minutes: '--format' is not an option of render; render takes --to, -o\/--output, --force and --lang\n/] },
  { args: ['render', EXAMPLE, '--to', 'md', '--open'], status: 2, stderr: [/'--open' is not an option of render/] },
  { args: ['actions', EXAMPLE, '--to', 'html'], status: 2, stderr: [/^minutes: '--to' is not an option of actions; actions takes --open, --overdue, --assignee, --format and --lang\n/] },
  { args: ['actions', EXAMPLE, '-o', 'x.csv'], status: 2, stderr: [/'-o' is not an option of actions/] },
  { args: ['actions', EXAMPLE, '--force'], status: 2, stderr: [/'--force' is not an option of actions/] },
  { args: ['new', '--from', EXAMPLE, '--force'], status: 2, stderr: [/^minutes: '--force' is not an option of new; new takes --from, -o\/--output, --date and --lang\n/] },
  { args: ['new', '--from', EXAMPLE, '--format', 'json'], status: 2, stderr: [/'--format' is not an option of new/] },
  { args: ['new', '--from', EXAMPLE, '--assignee', 'Eva'], status: 2, stderr: [/'--assignee' is not an option of new/] },
  { args: ['check', '--format', 'json', '--lang', 'en', EXAMPLE], status: 0, stdout: [/^\[/] },
  { args: ['actions', '--format', 'text', '--open', '--overdue', '--assignee', 'Eva', '--lang', 'en', EXAMPLE], status: 0 },
  { args: ['render', EXAMPLE, '--to', 'md', '-o', '-', '--force', '--lang', 'sv'], status: 0, stdout: [/^# /] },
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
