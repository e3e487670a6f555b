import type { Analysis } from '../analysis/analyze';
import type { Span } from '../text/span';
import { itemIndex, type ItemNumberOccurrence } from './itemIndex';
import { peopleIndex, type Person } from './people';

/** An occurrence to highlight: `write` where the thing is defined, `read` where it is used. */
export interface Highlight {
  readonly span: Span;
  readonly kind: 'read' | 'write';
}

/** What the cursor is on: a person (by any occurrence) or an item number. */
type Target = { readonly kind: 'person'; readonly person: Person } | { readonly kind: 'item'; readonly number: number };

function targetAt(analysis: Analysis, offset: number): Target | undefined {
  const occurrence = peopleIndex(analysis).at(offset);
  const person = occurrence && peopleIndex(analysis).persons.get(occurrence.key);
  if (person) return { kind: 'person', person };
  const item = itemIndex(analysis).at(offset);
  return item ? { kind: 'item', number: item.number } : undefined;
}

function itemOccurrences(analysis: Analysis, number: number): ItemNumberOccurrence[] {
  return itemIndex(analysis).occurrences.filter((o) => o.number === number);
}

/**
 * Go to definition. On a person: the name on their (first) attendance line — nothing for a
 * person who is not listed. On an item number (a heading, `p 4` in a note, `punkt 4` in text):
 * the heading line of that item, or of each item when the number is duplicated.
 */
export function definitionAt(analysis: Analysis, offset: number): Span[] {
  const target = targetAt(analysis, offset);
  if (!target) return [];
  if (target.kind === 'person') return target.person.definition ? [target.person.definition.name.span] : [];
  return itemIndex(analysis)
    .itemsNumbered(target.number)
    .map((item) => item.headerSpan);
}

/**
 * Find all references: every occurrence of the person (attendance line, actions, header, footer,
 * mentions, full name in text) or of the item number, in document order. The declaration — the
 * first attendance listing, or the item heading — only when `includeDeclaration`.
 */
export function referencesAt(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[] {
  const target = targetAt(analysis, offset);
  if (!target) return [];
  if (target.kind === 'person') {
    return target.person.occurrences.filter((o) => includeDeclaration || !o.isDefinition).map((o) => o.span);
  }
  return itemOccurrences(analysis, target.number)
    .filter((o) => includeDeclaration || o.kind !== 'heading')
    .map((o) => o.span);
}

/** Document highlights: the same occurrences as references, the declaration marked `write`. */
export function highlightsAt(analysis: Analysis, offset: number): Highlight[] {
  const target = targetAt(analysis, offset);
  if (!target) return [];
  if (target.kind === 'person') return target.person.occurrences.map((o) => ({ span: o.span, kind: o.isDefinition ? 'write' : 'read' }));
  return itemOccurrences(analysis, target.number).map((o) => ({ span: o.span, kind: o.kind === 'heading' ? 'write' : 'read' }));
}
