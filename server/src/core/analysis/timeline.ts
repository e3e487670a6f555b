import type { Attendee, MeetingDocument } from '../model/types';

/** How a person took part in one item. */
export type Presence = 'onSite' | 'remote' | 'absent';

/** Who was present at which item, and how, from the attendance sections and their notes. */
export interface AttendanceTimeline {
  /** How `attendee` took part in item `itemNumber`. */
  presenceAt(attendee: Attendee, itemNumber: number): Presence;
  /** Everyone present at item `itemNumber`, in the order they are listed, with how they took part. */
  presentAt(itemNumber: number): readonly { readonly attendee: Attendee; readonly presence: Exclude<Presence, 'absent'> }[];
}

/**
 * Presence rules: people under FRÅNVARANDE are absent throughout; everyone else is present unless
 * their note limits it — `from p N` (items ≥ N), `t.o.m. p N` (items ≤ N), `p 2, 5` (only those),
 * `ej p 3` (all but those).
 * A remote note makes every present item remote. Item numbers are compared as numbers, so the
 * rules hold whatever order the items are written in.
 */
export function buildTimeline(document: MeetingDocument): AttendanceTimeline {
  const presenceAt = (attendee: Attendee, itemNumber: number): Presence => {
    if (attendee.section === 'absent') return 'absent';
    const note = attendee.note;
    if (note) {
      if (note.from && itemNumber < note.from.number) return 'absent';
      if (note.to && itemNumber > note.to.number) return 'absent';
      if (note.only && !note.only.some((ref) => ref.number === itemNumber)) return 'absent';
      if (note.except?.some((ref) => ref.number === itemNumber)) return 'absent';
      if (note.remote) return 'remote';
    }
    return 'onSite';
  };
  const cache = new Map<number, { attendee: Attendee; presence: Exclude<Presence, 'absent'> }[]>();
  // Gathered on first use: the checks ask only `presenceAt`.
  let attendees: Attendee[] | undefined;
  return {
    presenceAt,
    presentAt(itemNumber) {
      let present = cache.get(itemNumber);
      if (!present) {
        present = [];
        attendees ??= document.sections.flatMap((s) => s.attendees);
        for (const attendee of attendees) {
          const presence = presenceAt(attendee, itemNumber);
          if (presence !== 'absent') present.push({ attendee, presence });
        }
        cache.set(itemNumber, present);
      }
      return present;
    },
  };
}
