/**
 * Every text the command line prints itself (usage, errors, the summary), in Swedish and English.
 * Diagnostic messages are not here: they come from the language core, already in the user's
 * language. Messages are functions of their parameters so that word order may differ.
 */

import type { CommandName } from './commandOptions';

/** The languages the command line speaks; the same as the core's `Lang`. */
export type CliLang = 'sv' | 'en';

/** How many diagnostics of each severity were found. */
export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly information: number;
  readonly hint: number;
}

export interface CliMessages {
  usage(): string;
  /** The line after a usage error that tells the user where to look. */
  helpHint(): string;
  unknownOption(option: string): string;
  /** `--force=yes`: the option takes no value. */
  noValueTaken(option: string): string;
  unknownCommand(command: string): string;
  missingCommand(): string;
  missingValue(option: string, allowed: readonly string[]): string;
  invalidValue(option: string, value: string, allowed: readonly string[]): string;
  /** `check --to html`: an option of another command. `options` are those `command` takes. */
  notAnOptionOf(option: string, command: CommandName, options: readonly string[]): string;
  missingPaths(): string;
  notFound(path: string): string;
  /** A symbolic link named (or found) whose target does not exist. */
  danglingLink(path: string, target: string): string;
  permissionDenied(path: string): string;
  /** The messages about an input that is not read say what `command` did not do with it. */
  notRegularFile(path: string, command: CommandName): string;
  unreadable(path: string, detail: string): string;
  binaryNul(path: string, command: CommandName): string;
  /** `line` and `column` (1-based, in UTF-16 code units as everywhere) of the first byte that is not UTF-8. */
  invalidUtf8(path: string, line: number, column: number, command: CommandName): string;
  /** A file with a UTF-16 byte-order mark whose contents are not UTF-16. */
  invalidUtf16(path: string, command: CommandName): string;
  /** A file-system error code (`ENOSPC`) in words, or undefined for a code without words here. */
  systemError(code: string): string | undefined;
  /** `-o OUT` names a folder (it ends in `/`, or is an existing folder); `example` is a file that would do. */
  outputIsFolder(path: string, example: string): string;
  /** `-o /dev/full`: a device, a pipe or a socket, which writing a file would replace. */
  outputNotRegularFile(path: string): string;
  /** The folder `-o OUT` would go in does not exist. */
  outputFolderMissing(path: string, folder: string): string;
  /** The "folder" `-o OUT` would go in is a file. */
  outputParentNotFolder(path: string, parent: string): string;
  /** Standard output cannot be written (a full disk, say); `reason` is in words. */
  cannotWriteStdout(reason: string): string;
  internalError(path: string, detail: string): string;
  noMinutesInFolder(path: string): string;
  unknownVersion(): string;
  /** `2 errors, 1 warning in 3 files`; information and hints only when there are any. */
  summary(counts: SeverityCounts, files: number): string;
}

const quoted = (text: string): string => `'${text}'`;

/** `a, b and c`: a list in running text, `last` being the word before its last entry. */
function listing(items: readonly string[], last: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** What a command did not do with an input it could not read, to end a message with. */
const skippedEn: Readonly<Record<CommandName, string>> = {
  check: 'not checked',
  render: 'not rendered',
  actions: 'its actions are not listed',
  new: 'no new meeting was written',
};
const skippedSv: Readonly<Record<CommandName, string>> = {
  check: 'filen granskas inte',
  render: 'filen återges inte',
  actions: 'filens uppdrag listas inte',
  new: 'inget nytt möte skrevs',
};

/** File-system error codes in words; others are shown as Node words them. */
const systemErrorsEn: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EFBIG: 'the file is too large',
  EIO: 'input/output error',
  ELOOP: 'the symbolic links loop',
  ENAMETOOLONG: 'the name is too long',
  EBADF: 'it is closed',
};
const systemErrorsSv: Readonly<Record<string, string>> = {
  EACCES: 'åtkomst nekad',
  EPERM: 'åtkomst nekad',
  ENOSPC: 'inget utrymme kvar på enheten',
  EDQUOT: 'diskkvoten är slut',
  EROFS: 'filsystemet är skrivskyddat',
  EISDIR: 'det är en mapp',
  ENOENT: 'filen eller mappen finns inte',
  ENOTDIR: 'en del av sökvägen är inte en mapp',
  EFBIG: 'filen är för stor',
  EIO: 'in- eller utmatningsfel',
  ELOOP: 'de symboliska länkarna går i en slinga',
  ENAMETOOLONG: 'namnet är för långt',
  EBADF: 'den är stängd',
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Joins the parts of a summary: errors and warnings always, the quieter severities when present. */
function summaryParts(counts: SeverityCounts, words: Record<keyof SeverityCounts, [string, string]>): string {
  const parts = [plural(counts.error, ...words.error), plural(counts.warning, ...words.warning)];
  if (counts.information > 0) parts.push(plural(counts.information, ...words.information));
  if (counts.hint > 0) parts.push(plural(counts.hint, ...words.hint));
  return parts.join(', ');
}

const en: CliMessages = {
  usage: () =>
    [
      'Usage: minutes <command> [options]',
      '',
      'Commands:',
      '  check PATHS...        Check minutes files and folders (folders are searched for *.minutes)',
      '  actions PATHS... [--open] [--overdue] [--assignee NAME] [--format table|json|csv]',
      '                        List the action items of the minutes, a folder being one series',
      '  new --from FILE [-o OUT] [--date YYYY-MM-DD]',
      '                        Write the next meeting of FILE\'s series (never replaces a file)',
      '  render FILE --to html|pdf|docx|md [-o OUT] [--force]',
      '                        Render the published minutes (default OUT: FILE with the new extension;',
      '                        an existing file is replaced only with --force)',
      '',
      'Options:',
      '  --format text|json    Output format of check (default: text)',
      '  --format table|json|csv',
      '                        Output format of actions (default: table)',
      '  --open                actions: only actions not done',
      '  --overdue             actions: only open actions whose deadline has passed',
      '  --assignee NAME       actions: only actions of NAME (full or first name)',
      '  --from FILE           new: the previous meeting',
      '  --date YYYY-MM-DD     new: the date of the new meeting (default: today)',
      '  --to html|pdf|docx|md Format of render',
      '  -o, --output OUT      File new or render writes (render --to md|html: - for standard output)',
      '  --force               Let render replace an existing file',
      '  --lang sv|en          Language of messages (default: from LC_ALL, LC_MESSAGES, LANG)',
      '  -h, --help            Show this help',
      '  -v, --version         Show the version',
      '',
      'Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable input.',
    ].join('\n'),
  helpHint: () => "Run 'minutes --help' for usage.",
  unknownOption: (option) => `unknown option ${quoted(option)}`,
  noValueTaken: (option) => `option ${option} takes no value; write it alone`,
  unknownCommand: (command) => `unknown command ${quoted(command)}`,
  missingCommand: () => 'no command given',
  missingValue: (option, allowed) => `option ${option} needs a value` + (allowed.length > 0 ? ` (${allowed.join(' or ')})` : ''),
  invalidValue: (option, value, allowed) =>
    `invalid value ${quoted(value)} for ${option} (expected ${allowed.join(' or ')})`,
  notAnOptionOf: (option, command, options) => `${quoted(option)} is not an option of ${command}; ${command} takes ${listing(options, 'and')}`,
  missingPaths: () => 'check needs at least one file or folder',
  notFound: (path) => `cannot find ${path}: no such file or folder`,
  danglingLink: (path, target) => `cannot read ${path}: it is a symbolic link to ${target}, which does not exist`,
  permissionDenied: (path) => `cannot read ${path}: permission denied`,
  notRegularFile: (path, command) => `cannot read ${path}: not a regular file (a folder, pipe, device or socket); ${skippedEn[command]}`,
  unreadable: (path, detail) => `cannot read ${path}: ${detail}`,
  binaryNul: (path, command) => `${path} looks like a binary file (it contains a NUL byte); ${skippedEn[command]}`,
  invalidUtf8: (path, line, column, command) =>
    `${path} is not valid UTF-8 text: the first invalid byte is on line ${line}, column ${column}; ${skippedEn[command]}. Save the file as UTF-8 and try again`,
  invalidUtf16: (path, command) =>
    `${path} starts with a UTF-16 byte-order mark but is not valid UTF-16 text; ${skippedEn[command]}. Save the file as UTF-8 and try again`,
  systemError: (code) => systemErrorsEn[code],
  outputIsFolder: (path, example) => `${path} names a folder, not a file; nothing was written. Name the file to write, for example -o ${example}`,
  outputNotRegularFile: (path) => `${path} is not a regular file (a device, a pipe or a socket); nothing was written, with --force or without. Name a file to write`,
  outputFolderMissing: (path, folder) => `cannot write ${path}: the folder ${folder} does not exist; nothing was written. Create it first, or choose another file with -o`,
  outputParentNotFolder: (path, parent) => `cannot write ${path}: ${parent} is a file, not a folder; nothing was written`,
  cannotWriteStdout: (reason) => `cannot write to standard output: ${reason}`,
  internalError: (path, detail) => `internal error while checking ${path}: ${detail}`,
  noMinutesInFolder: (path) => `no *.minutes files found in ${path}`,
  unknownVersion: () => 'cannot find the version: package.json not found next to the program',
  summary: (counts, files) =>
    `${summaryParts(counts, {
      error: ['error', 'errors'],
      warning: ['warning', 'warnings'],
      information: ['info', 'info'],
      hint: ['hint', 'hints'],
    })} in ${plural(files, 'file', 'files')}`,
};

const sv: CliMessages = {
  usage: () =>
    [
      'Användning: minutes <kommando> [flaggor]',
      '',
      'Kommandon:',
      '  check SÖKVÄGAR...     Granska protokollfiler och mappar (i mappar söks *.minutes)',
      '  actions SÖKVÄGAR... [--open] [--overdue] [--assignee NAMN] [--format table|json|csv]',
      '                        Lista uppdragen i protokollen; en mapp är en mötesserie',
      '  new --from FIL [-o UT] [--date ÅÅÅÅ-MM-DD]',
      '                        Skriv nästa möte i FIL:s serie (ersätter aldrig en fil)',
      '  render FIL --to html|pdf|docx|md [-o UT] [--force]',
      '                        Återge det färdiga protokollet (standard för UT: FIL med det nya filtillägget;',
      '                        en befintlig fil ersätts bara med --force)',
      '',
      'Flaggor:',
      '  --format text|json    Utdataformat för check (standard: text)',
      '  --format table|json|csv',
      '                        Utdataformat för actions (standard: table)',
      '  --open                actions: bara uppdrag som inte är klara',
      '  --overdue             actions: bara öppna uppdrag vars tid har gått ut',
      '  --assignee NAMN       actions: bara uppdrag för NAMN (hela namnet eller förnamnet)',
      '  --from FIL            new: det föregående mötet',
      '  --date ÅÅÅÅ-MM-DD     new: det nya mötets datum (standard: i dag)',
      '  --to html|pdf|docx|md Format för render',
      '  -o, --output UT       Filen som new eller render skriver (render --to md|html: - för standard ut)',
      '  --force               Låt render ersätta en befintlig fil',
      '  --lang sv|en          Språk för meddelanden (standard: från LC_ALL, LC_MESSAGES, LANG)',
      '  -h, --help            Visa den här hjälpen',
      '  -v, --version         Visa versionen',
      '',
      'Slutstatus: 0 inga fel, 1 fel hittades, 2 felaktig användning eller oläsbar indata.',
    ].join('\n'),
  helpHint: () => "Kör 'minutes --help' för att se hur kommandot används.",
  unknownOption: (option) => `okänd flagga ${quoted(option)}`,
  noValueTaken: (option) => `flaggan ${option} tar inget värde; skriv den ensam`,
  unknownCommand: (command) => `okänt kommando ${quoted(command)}`,
  missingCommand: () => 'inget kommando angivet',
  missingValue: (option, allowed) => `flaggan ${option} kräver ett värde` + (allowed.length > 0 ? ` (${allowed.join(' eller ')})` : ''),
  invalidValue: (option, value, allowed) =>
    `ogiltigt värde ${quoted(value)} för ${option} (ska vara ${allowed.join(' eller ')})`,
  notAnOptionOf: (option, command, options) => `${quoted(option)} är ingen flagga för ${command}; ${command} tar ${listing(options, 'och')}`,
  missingPaths: () => 'check behöver minst en fil eller mapp',
  notFound: (path) => `hittar inte ${path}: filen eller mappen finns inte`,
  danglingLink: (path, target) => `kan inte läsa ${path}: den är en symbolisk länk till ${target}, som inte finns`,
  permissionDenied: (path) => `kan inte läsa ${path}: åtkomst nekad`,
  notRegularFile: (path, command) => `kan inte läsa ${path}: inte en vanlig fil (en mapp, pipe, enhet eller socket) och ${skippedSv[command]}`,
  unreadable: (path, detail) => `kan inte läsa ${path}: ${detail}`,
  binaryNul: (path, command) => `${path} ser ut att vara en binärfil (den innehåller en NUL-byte) och ${skippedSv[command]}`,
  invalidUtf8: (path, line, column, command) =>
    `${path} är inte giltig UTF-8-text (den första ogiltiga byten står på rad ${line}, kolumn ${column}) och ${skippedSv[command]}. Spara filen som UTF-8 och försök igen`,
  invalidUtf16: (path, command) =>
    `${path} börjar med en byteordningsmarkering för UTF-16 men är inte giltig UTF-16-text och ${skippedSv[command]}. Spara filen som UTF-8 och försök igen`,
  systemError: (code) => systemErrorsSv[code],
  outputIsFolder: (path, example) => `${path} anger en mapp, inte en fil; inget skrevs. Ange filen som ska skrivas, till exempel -o ${example}`,
  outputNotRegularFile: (path) => `${path} är ingen vanlig fil (en enhet, ett rör eller en socket); inget skrevs, med --force eller utan. Ange en fil att skriva`,
  outputFolderMissing: (path, folder) => `kan inte skriva ${path}: mappen ${folder} finns inte; inget skrevs. Skapa den först eller välj en annan fil med -o`,
  outputParentNotFolder: (path, parent) => `kan inte skriva ${path}: ${parent} är en fil, inte en mapp; inget skrevs`,
  cannotWriteStdout: (reason) => `kan inte skriva till standard ut: ${reason}`,
  internalError: (path, detail) => `internt fel vid granskning av ${path}: ${detail}`,
  noMinutesInFolder: (path) => `hittade inga *.minutes-filer i ${path}`,
  unknownVersion: () => 'hittar inte versionen: package.json saknas bredvid programmet',
  summary: (counts, files) =>
    `${summaryParts(counts, {
      error: ['fel', 'fel'],
      warning: ['varning', 'varningar'],
      information: ['upplysning', 'upplysningar'],
      hint: ['tips', 'tips'],
    })} i ${plural(files, 'fil', 'filer')}`,
};

/** The command line's texts in `lang`. */
export function cliMessages(lang: CliLang): CliMessages {
  return lang === 'sv' ? sv : en;
}
