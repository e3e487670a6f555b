import { joinLines } from './helpers';

/**
 * The meeting the end-to-end suites type into: two attendees, both present, and item 1 holding
 * `itemLines`. Shared so that every suite speaks of the same people.
 */
export function meetingWith(...itemLines: string[]): string {
  return joinLines('Anteckningar', 'Datum: 2024-03-08', '', 'NÄRVARANDE', 'Eva Hessman, Göteborg', 'Maria Standar, Alingsås', '', '1. Nästa möte', ...itemLines, '');
}

/** Item 1 has an action nobody is responsible for. */
export const unassignedAction = meetingWith('Uppdrag: ta fram en agenda');
