/**
 * Every text the command line prints itself (usage, errors, the summary), in Swedish and English.
 * Diagnostic messages are not here: they come from the language core, already in the user's
 * language. Messages are functions of their parameters so that word order may differ.
 */

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
  unknownCommand(command: string): string;
  missingCommand(): string;
  missingValue(option: string, allowed: readonly string[]): string;
  invalidValue(option: string, value: string, allowed: readonly string[]): string;
  missingPaths(): string;
  notFound(path: string): string;
  permissionDenied(path: string): string;
  notRegularFile(path: string): string;
  unreadable(path: string, detail: string): string;
  binaryNul(path: string): string;
  invalidUtf8(path: string): string;
  internalError(path: string, detail: string): string;
  noMinutesInFolder(path: string): string;
  unknownVersion(): string;
  /** `2 errors, 1 warning in 3 files`; information and hints only when there are any. */
  summary(counts: SeverityCounts, files: number): string;
}

const quoted = (text: string): string => `'${text}'`;

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
  unknownCommand: (command) => `unknown command ${quoted(command)}`,
  missingCommand: () => 'no command given',
  missingValue: (option, allowed) => `option ${option} needs a value` + (allowed.length > 0 ? ` (${allowed.join(' or ')})` : ''),
  invalidValue: (option, value, allowed) =>
    `invalid value ${quoted(value)} for ${option} (expected ${allowed.join(' or ')})`,
  missingPaths: () => 'check needs at least one file or folder',
  notFound: (path) => `cannot find ${path}: no such file or folder`,
  permissionDenied: (path) => `cannot read ${path}: permission denied`,
  notRegularFile: (path) => `cannot read ${path}: not a regular file (a folder, pipe, device or socket); not checked`,
  unreadable: (path, detail) => `cannot read ${path}: ${detail}`,
  binaryNul: (path) => `${path} looks like a binary file (it contains a NUL byte); not checked`,
  invalidUtf8: (path) => `${path} is not valid UTF-8 text; not checked`,
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
  unknownCommand: (command) => `okänt kommando ${quoted(command)}`,
  missingCommand: () => 'inget kommando angivet',
  missingValue: (option, allowed) => `flaggan ${option} kräver ett värde` + (allowed.length > 0 ? ` (${allowed.join(' eller ')})` : ''),
  invalidValue: (option, value, allowed) =>
    `ogiltigt värde ${quoted(value)} för ${option} (ska vara ${allowed.join(' eller ')})`,
  missingPaths: () => 'check behöver minst en fil eller mapp',
  notFound: (path) => `hittar inte ${path}: filen eller mappen finns inte`,
  permissionDenied: (path) => `kan inte läsa ${path}: åtkomst nekad`,
  notRegularFile: (path) => `kan inte läsa ${path}: inte en vanlig fil (en mapp, pipe, enhet eller socket) och granskas inte`,
  unreadable: (path, detail) => `kan inte läsa ${path}: ${detail}`,
  binaryNul: (path) => `${path} ser ut att vara en binärfil (den innehåller en NUL-byte) och granskas inte`,
  invalidUtf8: (path) => `${path} är inte giltig UTF-8-text och granskas inte`,
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
