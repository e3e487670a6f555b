import { OUTPUT_FORMATS, parseArguments, type UsageProblem } from './args';
import { runActions } from './actions';
import { runNew } from './new';
import { runCheck } from './check';
import { misplacedOption, optionsOf } from './commandOptions';
import { ExitStatus } from './exitStatus';
import type { CliIo } from './io';
import { environmentLang } from './lang';
import { cliMessages, type CliLang, type CliMessages } from './messages';
import { readPackageVersion } from './version';

/**
 * Runs the `minutes` command line with `argv` (the arguments after the program name) and
 * returns the exit status. Messages are in the language of `--lang`, else of the environment's
 * locale (`LC_ALL`, `LC_MESSAGES`, `LANG`). Each command takes only its own options (and the
 * common ones): `check --to html` is a usage error, not an option silently ignored.
 */
export function run(argv: readonly string[], io: CliIo): ExitStatus | Promise<ExitStatus> {
  const { args, options, problem } = parseArguments(argv);
  const lang: CliLang = args.lang ?? environmentLang(io.env);
  const messages = cliMessages(lang);
  const usageError = (text: string): ExitStatus => {
    io.stderr(`minutes: ${text}\n${messages.helpHint()}\n`);
    return ExitStatus.usageOrInput;
  };

  // An option of another command is named as such, even when its value is also missing or invalid.
  const misplaced = misplacedOption(args.command, options);
  if (misplaced) return usageError(messages.notAnOptionOf(misplaced.option.written, misplaced.command, optionsOf(misplaced.command)));
  if (problem) return usageError(describeUsageProblem(problem, messages));
  if (args.help) {
    io.stdout(`${messages.usage()}\n`);
    return ExitStatus.ok;
  }
  if (args.version) {
    const version = readPackageVersion();
    if (!version) {
      io.stderr(`minutes: ${messages.unknownVersion()}\n`);
      return ExitStatus.usageOrInput;
    }
    io.stdout(`${version}\n`);
    return ExitStatus.ok;
  }
  if (args.command === undefined) return usageError(messages.missingCommand());
  if (args.command === 'render') {
    const request = { files: args.operands, force: args.force, lang, ...(args.to && { to: args.to }), ...(args.output !== undefined && { output: args.output }) };
    // Loaded on demand: the PDF and Word libraries and the embedded font would slow down every `check`.
    return import('./render').then(({ runRender }) => runRender(request, io));
  }
  if (args.command === 'actions') {
    const format = args.format === 'text' ? 'table' : args.format;
    return runActions({ paths: args.operands, format, open: args.open ?? false, overdue: args.overdue ?? false, lang, ...(args.assignee !== undefined && { assignee: args.assignee }) }, io);
  }
  if (args.command === 'new') return runNew({ operands: args.operands, lang, ...(args.from !== undefined && { from: args.from }), ...(args.output !== undefined && { output: args.output }), ...(args.date !== undefined && { date: args.date }) }, io);
  if (args.command !== 'check') return usageError(messages.unknownCommand(args.command));
  if (args.format !== 'text' && args.format !== 'json') return usageError(messages.invalidValue('--format', args.format, OUTPUT_FORMATS));
  if (args.operands.length === 0) return usageError(messages.missingPaths());
  return runCheck({ paths: args.operands, format: args.format, lang }, io);
}

function describeUsageProblem(problem: UsageProblem, messages: CliMessages): string {
  switch (problem.kind) {
    case 'unknownOption':
      return messages.unknownOption(problem.option);
    case 'noValueTaken':
      return messages.noValueTaken(problem.option);
    case 'missingValue':
      return messages.missingValue(problem.option, problem.allowed);
    case 'invalidValue':
      return messages.invalidValue(problem.option, problem.value, problem.allowed);
  }
}
