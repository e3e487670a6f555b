import type { HeaderFieldKind, Lang } from '../model/types';

/**
 * Every word the published minutes show that does not come from the document itself, in Swedish
 * and English. A label with parameters is a function so that word order can differ.
 */
export interface RenderLabels {
  /** Header field names, e.g. "Datum" / "Date"; `other` fields show their own key. */
  field(kind: Exclude<HeaderFieldKind, 'other'>): string;
  /** Attendance section headings. */
  section(kind: 'present' | 'absent' | 'substitutes' | 'others'): string;
  /** Column headings of the attendance table. */
  name(): string;
  organisation(): string;
  role(): string;
  attendance(): string;
  /** Attendance in words: "Digitalt", "från punkt 4", "endast punkt 2". */
  remote(): string;
  from(item: number): string;
  until(item: number): string;
  only(items: readonly number[]): string;
  except(items: readonly number[]): string;
  /** Actions and decisions inside an item. */
  action(): string;
  decision(): string;
  owner(): string;
  noOwner(): string;
  noTask(): string;
  deadline(): string;
  status(status: 'open' | 'inProgress' | 'done'): string;
  /** The summary after the items. */
  actionsHeading(): string;
  decisionsHeading(): string;
  itemColumn(): string;
  taskColumn(): string;
  noActions(): string;
  noDecisions(): string;
  itemsHeading(): string;
  item(number: number): string;
  /** The footer. */
  recordedBy(): string;
  adjusted(): string;
  /** Page numbers in PDF and Word: "Sida 2 av 5". */
  page(): string;
  of(): string;
}

/** "2, 3 och 5" / "2, 3 and 5". */
const list = (items: readonly (string | number)[], and: string): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

const sv: RenderLabels = {
  field: (kind) =>
    ({
      meeting: 'Möte',
      date: 'Datum',
      time: 'Tid',
      place: 'Plats',
      chair: 'Ordförande',
      secretary: 'Sekreterare',
      adjusters: 'Justerare',
    })[kind],
  section: (kind) => ({ present: 'Närvarande', absent: 'Frånvarande', substitutes: 'Ersättare', others: 'Övriga närvarande' })[kind],
  name: () => 'Namn',
  organisation: () => 'Organisation',
  role: () => 'Roll',
  attendance: () => 'Närvaro',
  remote: () => 'digitalt',
  from: (item) => `från punkt ${item}`,
  until: (item) => `till och med punkt ${item}`,
  only: (items) => (items.length === 1 ? `endast punkt ${items[0]}` : `endast punkterna ${list(items, 'och')}`),
  except: (items) => (items.length === 1 ? `ej punkt ${items[0]}` : `ej punkterna ${list(items, 'och')}`),
  action: () => 'Uppdrag',
  decision: () => 'Beslut',
  owner: () => 'Ansvarig',
  noOwner: () => 'Ansvarig saknas',
  noTask: () => 'Uppgift saknas',
  deadline: () => 'Senast',
  status: (status) => ({ open: 'Ej påbörjat', inProgress: 'Pågår', done: 'Klart' })[status],
  actionsHeading: () => 'Sammanställning av uppdrag',
  decisionsHeading: () => 'Beslut',
  itemColumn: () => 'Punkt',
  taskColumn: () => 'Uppdrag',
  noActions: () => 'Inga uppdrag.',
  noDecisions: () => 'Inga beslut.',
  itemsHeading: () => 'Punkter',
  item: (number) => `Punkt ${number}`,
  recordedBy: () => 'Antecknat av',
  adjusted: () => 'Justeras',
  page: () => 'Sida',
  of: () => 'av',
};

const en: RenderLabels = {
  field: (kind) =>
    ({
      meeting: 'Meeting',
      date: 'Date',
      time: 'Time',
      place: 'Place',
      chair: 'Chair',
      secretary: 'Secretary',
      adjusters: 'Adjusters',
    })[kind],
  section: (kind) => ({ present: 'Present', absent: 'Absent', substitutes: 'Substitutes', others: 'Also present' })[kind],
  name: () => 'Name',
  organisation: () => 'Organisation',
  role: () => 'Role',
  attendance: () => 'Attendance',
  remote: () => 'remote',
  from: (item) => `from item ${item}`,
  until: (item) => `up to and including item ${item}`,
  only: (items) => (items.length === 1 ? `only item ${items[0]}` : `only items ${list(items, 'and')}`),
  except: (items) => (items.length === 1 ? `not item ${items[0]}` : `not items ${list(items, 'and')}`),
  action: () => 'Action',
  decision: () => 'Decision',
  owner: () => 'Owner',
  noOwner: () => 'No owner',
  noTask: () => 'No task given',
  deadline: () => 'Due',
  status: (status) => ({ open: 'Open', inProgress: 'In progress', done: 'Done' })[status],
  actionsHeading: () => 'Summary of actions',
  decisionsHeading: () => 'Decisions',
  itemColumn: () => 'Item',
  taskColumn: () => 'Action',
  noActions: () => 'No actions.',
  noDecisions: () => 'No decisions.',
  itemsHeading: () => 'Items',
  item: (number) => `Item ${number}`,
  recordedBy: () => 'Minutes taken by',
  adjusted: () => 'Approved',
  page: () => 'Page',
  of: () => 'of',
};

const catalogues: Readonly<Record<Lang, RenderLabels>> = { sv, en };

/** The labels of the published minutes in `lang`. */
export function renderLabels(lang: Lang): RenderLabels {
  return catalogues[lang];
}
