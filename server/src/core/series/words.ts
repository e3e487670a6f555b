import type { Lang } from '../model/types';

/**
 * The words the carry-forward writes into a new meeting, in the language of the meeting it comes
 * from. They are document text, like keywords, not messages to the user.
 */
export interface SeriesWords {
  readonly title: string;
  readonly meeting: string;
  readonly date: string;
  readonly place: string;
  readonly present: string;
  readonly recorder: string;
  readonly followUpTitle: string;
  readonly noOpenActions: string;
  /**
   * `(senast 2024-05-15; mötet 2024-04-10, p. 6)`. The item of the earlier meeting is written
   * `p.` / `point`, not `punkt` / `item`: those words make a reference to an item of the new
   * document itself (`unknown-item-reference`, and a wrong go-to-definition).
   */
  followUpNote(deadline: string | undefined, meetingDate: string | undefined, item: number): string;
  readonly noAssignee: string;
}

const sv: SeriesWords = {
  title: 'Anteckningar',
  meeting: 'Möte',
  date: 'Datum',
  place: 'Plats',
  present: 'NÄRVARANDE',
  recorder: 'Antecknat av',
  followUpTitle: 'Uppföljning av uppdrag',
  noOpenActions: 'Inga öppna uppdrag.',
  followUpNote: (deadline, meetingDate, item) => `(${deadline ? `senast ${deadline}; ` : ''}${meetingDate ? `mötet ${meetingDate}, ` : ''}p. ${item})`,
  noAssignee: 'ingen ansvarig',
};

const en: SeriesWords = {
  title: 'Minutes',
  meeting: 'Meeting',
  date: 'Date',
  place: 'Place',
  present: 'PRESENT',
  recorder: 'Minutes taken by',
  followUpTitle: 'Follow-up of actions',
  noOpenActions: 'No open actions.',
  followUpNote: (deadline, meetingDate, item) => `(${deadline ? `due ${deadline}; ` : ''}${meetingDate ? `meeting ${meetingDate}, ` : ''}point ${item})`,
  noAssignee: 'no owner',
};

export function seriesWords(lang: Lang): SeriesWords {
  return lang === 'sv' ? sv : en;
}

/**
 * Item titles that come back at every meeting, when the `minutes.standingItems` setting names
 * none: compared without case, surrounding white space and a final `.` or `:`.
 */
export const DEFAULT_STANDING_ITEMS: readonly string[] = [
  'Mötets öppnande',
  'Upprop',
  'Val av justerare',
  'Val av sekreterare',
  'Fastställande av dagordning',
  'Godkännande av dagordning',
  'Föregående mötesanteckningar',
  'Föregående protokoll',
  'Stående punkter',
  'Information',
  'Övriga frågor',
  'Nästa möte',
  'Mötets avslutande',
  'Opening of the meeting',
  'Welcome',
  'Apologies',
  'Apologies for absence',
  'Approval of the agenda',
  'Previous minutes',
  'Minutes of the previous meeting',
  'Matters arising',
  'Standing items',
  'Any other business',
  'Other business',
  'Next meeting',
  'Date of next meeting',
  'Closing of the meeting',
];
