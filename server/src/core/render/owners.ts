import type { NameResolver, Resolution } from '../analysis/resolve';
import type { ActionBlock, Assignee } from '../model/types';
import { nameKey } from '../text/names';
import type { TextSource } from '../text/textSource';
import { clean } from './publishedText';

/** An action's owners as the published minutes name them. */
export interface PublishedOwners {
  /** Each person once, as written. */
  readonly names: readonly string[];
  /** The names joined with the words the secretary joined them with (`Dr Hartley & Dr Yates`, `Eva och Bo`); `, ` between lists. */
  readonly text: string;
  /** What stands between the owners and the task: ` – `, or the word of a line written without a dash (` to `). */
  readonly link: string;
}

interface Owner {
  name: string;
  readonly key: string;
  /** What joins it to the owner before it, spaces included. */
  readonly join: string;
}

/**
 * The owners of `action` as published: as written, white space made one space; a person named
 * twice (`Action: Lena – …` and `Owner: Lena Fischer`) once, in the first place, in the fullest
 * form written (the attendee's name as listed, when it is one of them); a full stop after a name
 * that ends a sentence (`Owner: Tom Reed.`) left out.
 */
export function publishedOwners(action: ActionBlock, source: TextSource, resolutions: ReadonlyMap<Assignee, Resolution>, resolver: NameResolver): PublishedOwners {
  const owners: Owner[] = [];
  let previous: Assignee | undefined;
  for (const assignee of action.assignees) {
    const join = previous ? joinBetween(source, previous.name.span.end, assignee.name.span.start) : '';
    previous = assignee;
    const resolution = resolutions.get(assignee);
    const name = withoutSentenceStop(clean(assignee.name.text), resolver);
    if (name === '') continue;
    const key = personKey(name, resolution);
    const same = owners.find((owner) => owner.key === key);
    if (!same) owners.push({ name, key, join: owners.length === 0 ? '' : join });
    else if (resolution?.kind === 'attendee' && nameKey(name) === nameKey(resolution.attendee.name.text)) same.name = name;
  }
  return { names: owners.map((owner) => owner.name), text: owners.map((owner) => owner.join + owner.name).join(''), link: linkOf(action, source) };
}

/** Who a name stands for: the attendee, member or organisation it resolves to, else the name itself. */
function personKey(name: string, resolution: Resolution | undefined): string {
  switch (resolution?.kind) {
    case 'attendee':
      return `attendee\n${resolution.attendee.span.start}`;
    case 'member':
      return `member\n${nameKey(resolution.name)}`;
    case 'organisation':
      return `organisation\n${nameKey(resolution.name)}`;
    default:
      return `name\n${nameKey(name)}`;
  }
}

/**
 * The words between two names of one list, as the secretary wrote them (`, `, ` & `, ` och `,
 * `, and `); `, ` between names of two lists (the action line and an `Owner:` line) or where
 * anything else stands between them.
 */
function joinBetween(source: TextSource, end: number, start: number): string {
  if (start <= end || start - end > 12) return ', ';
  const gap = clean(source.slice(end, start).replace(/@/g, ' '));
  if (gap === ',') return ', ';
  if (gap === '&') return ' & ';
  return LIST_WORD.test(gap) ? `${gap.startsWith(',') ? ',' : ''} ${gap.replace(/^,\s*/, '')} ` : ', ';
}

/** The words that join names in a list, after a comma or not. */
const LIST_WORD = /^(?:,\s*)?(?:och|samt|and)$/i;

/**
 * A full stop at the end of a name that only ends the sentence (`Owner: Tom Reed.`), as the
 * resolver reads it: left out when the name without it is one the meeting knows. Kept after an
 * initial (`J.S.`) and where the name is known with it (`Tom Reed Jr.`).
 */
function withoutSentenceStop(name: string, resolver: NameResolver): string {
  if (!name.endsWith('.') || INITIAL_AT_END.test(name)) return name;
  const without = name.slice(0, -1).trimEnd();
  return resolver.identify(without) !== 'unknown' ? without : name;
}

const INITIAL_AT_END = /(?:^|[\s.])\p{Lu}\.$/u;

/** ` – `, or ` to ` for `Action: Jane Smith to circulate the minutes` (owners, no dash, the task after `to`). */
function linkOf(action: ActionBlock, source: TextSource): string {
  const task = action.task;
  if (action.separator || !task) return ' – ';
  // The owners before the task are the line's own: those of an `Owner:` field come after it.
  let before: Assignee | undefined;
  for (const assignee of action.assignees) if (assignee.name.span.end <= task.span.start) before = assignee;
  if (!before || task.span.start - before.name.span.end > 12) return ' – ';
  const between = clean(source.slice(before.name.span.end, task.span.start));
  return between.toLowerCase() === 'to' ? ` ${between} ` : ' – ';
}
