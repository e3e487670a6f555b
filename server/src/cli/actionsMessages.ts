import type { CliLang } from './messages';

/** The texts of `minutes actions` and `minutes new`, in Swedish and English. */
export interface SeriesMessages {
  actionsMissingPaths(): string;
  /** Column headings of the table. */
  readonly headings: {
    readonly file: string;
    readonly line: string;
    readonly date: string;
    readonly item: string;
    readonly title: string;
    readonly assignees: string;
    readonly task: string;
    readonly deadline: string;
    readonly status: string;
  };
  status(status: 'open' | 'inProgress' | 'done', overdue: boolean): string;
  noActions(): string;
  newMissingFrom(): string;
  newUnexpectedOperands(): string;
  newBadDate(date: string): string;
  newExists(path: string): string;
  newCannotWrite(path: string, detail: string): string;
  newWritten(path: string, openActions: number): string;
}

const en: SeriesMessages = {
  actionsMissingPaths: () => 'actions needs at least one file or folder',
  headings: { file: 'File', line: 'Line', date: 'Meeting', item: 'Item', title: 'Item title', assignees: 'Assignees', task: 'Task', deadline: 'Deadline', status: 'Status' },
  status: (status, overdue) => `${status === 'inProgress' ? 'in progress' : status}${overdue ? ', OVERDUE' : ''}`,
  noActions: () => 'No actions.',
  newMissingFrom: () => 'new needs --from FILE: the previous meeting',
  newUnexpectedOperands: () => 'new takes no paths besides --from FILE and -o OUT',
  newBadDate: (date) => `cannot read the date '${date}' (write it as YYYY-MM-DD)`,
  newExists: (path) => `${path} already exists; nothing was written. Choose another file with -o`,
  newCannotWrite: (path, detail) => `cannot write ${path}: ${detail}`,
  newWritten: (path, openActions) => `wrote ${path} (${openActions === 1 ? '1 open action' : `${openActions} open actions`} to follow up)`,
};

const sv: SeriesMessages = {
  actionsMissingPaths: () => 'actions behöver minst en fil eller mapp',
  headings: { file: 'Fil', line: 'Rad', date: 'Möte', item: 'Punkt', title: 'Rubrik', assignees: 'Ansvariga', task: 'Uppdrag', deadline: 'Senast', status: 'Status' },
  status: (status, overdue) => `${status === 'inProgress' ? 'pågår' : status === 'done' ? 'klar' : 'öppen'}${overdue ? ', FÖRSENAD' : ''}`,
  noActions: () => 'Inga uppdrag.',
  newMissingFrom: () => 'new behöver --from FIL: det föregående mötet',
  newUnexpectedOperands: () => 'new tar inga sökvägar utöver --from FIL och -o UT',
  newBadDate: (date) => `kan inte läsa datumet '${date}' (skriv det som ÅÅÅÅ-MM-DD)`,
  newExists: (path) => `${path} finns redan; inget skrevs. Välj en annan fil med -o`,
  newCannotWrite: (path, detail) => `kan inte skriva ${path}: ${detail}`,
  newWritten: (path, openActions) => `skrev ${path} (${openActions === 1 ? '1 öppet uppdrag' : `${openActions} öppna uppdrag`} att följa upp)`,
};

export function seriesMessages(lang: CliLang): SeriesMessages {
  return lang === 'sv' ? sv : en;
}
