import type { Catalogue } from '../i18n/messages';
import type { Attendee } from '../model/types';

/**
 * An attendee's attendance in words, e.g. "digitalt, från punkt 4" / "remote, from item 4";
 * "på plats" / "on site" when the note limits nothing. Used by messages and hovers.
 */
export function describeAttendance(attendee: Attendee, msg: Catalogue): string {
  const note = attendee.note;
  const parts: string[] = [];
  if (note?.remote) parts.push(msg.remote());
  if (note?.from) parts.push(msg.attendanceFrom(note.from.number));
  if (note?.to) parts.push(msg.attendanceUntil(note.to.number));
  if (note?.only) parts.push(msg.attendanceOnly([...new Set(note.only.map((r) => r.number))]));
  if (note?.except) parts.push(msg.attendanceExcept([...new Set(note.except.map((r) => r.number))]));
  if (parts.length === 0) parts.push(msg.onSite());
  return parts.join(', ');
}
