import * as assert from 'node:assert/strict';
import { parseArguments } from '../../server/src/cli/args';

/** The only call site of `parseArguments`: what it makes of `argv`, flattened for comparison. */
function check(argv: string[], expected: Record<string, unknown>): void {
  const { args, problem } = parseArguments(argv);
  assert.deepEqual({ ...args, ...(problem && { problem }) }, { format: 'text', help: false, version: false, force: false, operands: [], ...expected });
}

describe('command-line arguments', () => {
  const cases: [string[], Record<string, unknown>][] = [
    [[], {}],
    [['check', 'a.minutes', 'docs'], { command: 'check', operands: ['a.minutes', 'docs'] }],
    [['check', '--format', 'json', 'a'], { command: 'check', operands: ['a'], format: 'json' }],
    [['check', 'a', '--format=json'], { command: 'check', operands: ['a'], format: 'json' }],
    [['--lang', 'sv', 'check', 'a'], { command: 'check', operands: ['a'], lang: 'sv' }],
    [['check', '--', '--format', '-h'], { command: 'check', operands: ['--format', '-h'] }],
    [['check', '-'], { command: 'check', operands: ['-'] }],
    [['-h'], { help: true }],
    [['check', '--help'], { command: 'check', help: true }],
    [['--version'], { version: true }],
    [['-v'], { version: true }],
    [['--bogus', 'check'], { command: 'check', problem: { kind: 'unknownOption', option: '--bogus' } }],
    [['--bogus=1'], { problem: { kind: 'unknownOption', option: '--bogus' } }],
    [['--format'], { problem: { kind: 'missingValue', option: '--format', allowed: ['text', 'json', 'table', 'csv'] } }],
    [['--format='], { problem: { kind: 'missingValue', option: '--format', allowed: ['text', 'json', 'table', 'csv'] } }],
    [['--format', 'xml'], { problem: { kind: 'invalidValue', option: '--format', value: 'xml', allowed: ['text', 'json', 'table', 'csv'] } }],
    // The language is still honoured after a problem, so the problem is reported in it.
    [['--nope', '--lang', 'sv'], { lang: 'sv', problem: { kind: 'unknownOption', option: '--nope' } }],
    [['render', 'a.minutes', '--to', 'pdf'], { command: 'render', operands: ['a.minutes'], to: 'pdf' }],
    [['render', 'a', '--to=md', '-o', 'b.md', '--force'], { command: 'render', operands: ['a'], to: 'md', output: 'b.md', force: true }],
    [['render', 'a', '--output=-x.md'], { command: 'render', operands: ['a'], output: '-x.md' }],
    [['render', '--to', 'odt'], { command: 'render', problem: { kind: 'invalidValue', option: '--to', value: 'odt', allowed: ['html', 'pdf', 'docx', 'md'] } }],
    [['render', 'a', '-o'], { command: 'render', operands: ['a'], problem: { kind: 'missingValue', option: '--output', allowed: [] } }],
    // The first problem is the one reported.
    [['--a', '--b'], { problem: { kind: 'unknownOption', option: '--a' } }],
  ];
  for (const [argv, expected] of cases) {
    it(JSON.stringify(argv), () => check(argv, expected));
  }

  // Each command refuses the options of the others, so every known option given is recorded.
  const recorded: [string[], string[]][] = [
    [['check', 'a'], []],
    [['check', '-o', 'r.json', '--format=json', 'a', '--force', '--open', '-h'], ['--output -o', '--format --format', '--force --force', '--open --open', '--help -h']],
    [['render', 'a', '--to', 'odt', '--output=b', '--lang', 'sv', '-v'], ['--to --to', '--output --output', '--lang --lang', '--version -v']],
    [['actions', '--assignee', 'Bo', '--overdue', '--bogus', '--', '--to'], ['--assignee --assignee', '--overdue --overdue']],
    [['new', '--from', 'a', '--date', '2024-06-11'], ['--from --from', '--date --date']],
  ];
  for (const [argv, expected] of recorded) {
    it(`records the options of ${JSON.stringify(argv)}`, () => {
      assert.deepEqual(parseArguments(argv).options.map((option) => `${option.name} ${option.written}`), expected);
    });
  }
});
