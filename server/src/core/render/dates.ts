import type { DateValue } from '../dates/dateValue';
import { clean } from './publishedText';

/**
 * A date as published — the meeting date and deadlines alike: as the secretary wrote it
 * (`March 15th, 2025`, `tisdag 11 mars 2025, kl. 13.00–15.00`, `15/3`, `v. 12`, `2025-03-15`),
 * white space made one space, so that a US board publishes US dates and a Swedish committee its
 * ISO dates. A full stop that ends the sentence after a date that is read (`Datum: 15 mars
 * 2024.`) is no part of the date, as the reader has it, and is left out.
 */
export function publishedDate(value: DateValue): string {
  const written = clean(value.text.text);
  return value.date ? written.replace(/(?<=\d)\.$/, '') : written;
}
