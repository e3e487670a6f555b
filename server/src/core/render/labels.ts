import { capitalised, itemWords, type ItemWords } from '../i18n/itemWords';
import type { ItemNaming } from '../model/itemNaming';
import type { HeaderFieldKind, Lang } from '../model/types';

/**
 * Every word the published minutes show that does not come from the document itself, in Swedish
 * and English. A label with parameters is a function so that word order can differ. A label that
 * names items names them as the document does (`itemNaming`): *punkt* / *item*, or in a protokoll
 * *paragraf* / *paragraph* and `§ 46`.
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
  /** Attendance in words: "Digitalt", "från punkt 4", "endast punkt 2"; in a protokoll "från § 46". */
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
  /** The summary's column of items: "Punkt" / "Item"; in a protokoll "Paragraf" / "Paragraph". */
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

function svLabels(w: ItemWords): RenderLabels {
  return {
    field: (kind) =>
      ({
        meeting: 'Möte',
        date: 'Datum',
        timeAndPlace: 'Plats och tid',
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
    from: (item) => `från ${w.one(item)}`,
    until: (item) => `till och med ${w.one(item)}`,
    only: (items) => `endast ${w.several(items)}`,
    except: (items) => `ej ${w.several(items)}`,
    action: () => 'Uppdrag',
    decision: () => 'Beslut',
    owner: () => 'Ansvarig',
    noOwner: () => 'Ansvarig saknas',
    noTask: () => 'Uppgift saknas',
    deadline: () => 'Senast',
    status: (status) => ({ open: 'Ej påbörjat', inProgress: 'Pågår', done: 'Klart' })[status],
    actionsHeading: () => 'Sammanställning av uppdrag',
    decisionsHeading: () => 'Beslut',
    itemColumn: () => capitalised(w.noun),
    taskColumn: () => 'Uppdrag',
    noActions: () => 'Inga uppdrag.',
    noDecisions: () => 'Inga beslut.',
    itemsHeading: () => capitalised(w.plural),
    item: (number) => capitalised(w.one(number)),
    recordedBy: () => 'Antecknat av',
    adjusted: () => 'Justeras',
    page: () => 'Sida',
    of: () => 'av',
  };
}

function enLabels(w: ItemWords): RenderLabels {
  return {
    field: (kind) =>
      ({
        meeting: 'Meeting',
        date: 'Date',
        timeAndPlace: 'Time and place',
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
    from: (item) => `from ${w.one(item)}`,
    until: (item) => `up to and including ${w.one(item)}`,
    only: (items) => `only ${w.several(items)}`,
    except: (items) => `not ${w.several(items)}`,
    action: () => 'Action',
    decision: () => 'Decision',
    owner: () => 'Owner',
    noOwner: () => 'No owner',
    noTask: () => 'No task given',
    deadline: () => 'Due',
    status: (status) => ({ open: 'Open', inProgress: 'In progress', done: 'Done' })[status],
    actionsHeading: () => 'Summary of actions',
    decisionsHeading: () => 'Decisions',
    itemColumn: () => capitalised(w.noun),
    taskColumn: () => 'Action',
    noActions: () => 'No actions.',
    noDecisions: () => 'No decisions.',
    itemsHeading: () => capitalised(w.plural),
    item: (number) => capitalised(w.one(number)),
    recordedBy: () => 'Minutes taken by',
    adjusted: () => 'Approved',
    page: () => 'Page',
    of: () => 'of',
  };
}

const catalogues: Readonly<Record<Lang, Readonly<Record<ItemNaming, RenderLabels>>>> = {
  sv: { items: svLabels(itemWords('sv', 'items')), paragraphs: svLabels(itemWords('sv', 'paragraphs')) },
  en: { items: enLabels(itemWords('en', 'items')), paragraphs: enLabels(itemWords('en', 'paragraphs')) },
};

/** The labels of the published minutes in `lang`, naming items as `naming` says (`itemNaming`). */
export function renderLabels(lang: Lang, naming: ItemNaming = 'items'): RenderLabels {
  return catalogues[lang][naming];
}
