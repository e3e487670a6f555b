import { distance } from 'fastest-levenshtein';
import type { Attendee, MeetingDocument } from '../model/types';
import { HEADER_KEYS } from '../syntax/keywords';
import { rolesOf, roleWordOf } from '../syntax/roles';
import { hasTitle, nameKey, withoutTitle } from '../text/names';
import { isWhiteSpace } from '../text/whiteSpace';

/** What an assignee's name refers to. */
export type Resolution =
  | { readonly kind: 'attendee'; readonly attendee: Attendee }
  | { readonly kind: 'member'; readonly name: string }
  | { readonly kind: 'organisation'; readonly name: string; readonly attendees: readonly Attendee[] }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly Attendee[] }
  /**
   * `suggestions`: close names, best first; `closest`: how many of them are equally close, all
   * of which the message names.
   */
  | { readonly kind: 'unknown'; readonly suggestions: readonly string[]; readonly closest: number };

/** Resolves names against one document's attendees, the known members and the organisations. */
export interface NameResolver {
  resolve(name: string): Resolution;
  /** What `resolve` would find, without the did-you-mean of an unknown name (nothing is measured). */
  identify(name: string): Resolution['kind'];
}

/**
 * Builds a resolver. Order of precedence: an attendee by full name; a known member; an
 * organisation an attendee belongs to; an attendee by first name when exactly one has it.
 * Names compare after NFC normalisation and case folding. Did-you-mean suggestions rank every
 * candidate by Levenshtein distance (fastest-levenshtein) and keep the close ones.
 */
export function createResolver(document: MeetingDocument, knownMembers: readonly string[]): NameResolver {
  const attendeesByName = new Map<string, Attendee>();
  const attendeesByFirstName = new Map<string, Attendee[]>();
  /** By the last word of the name: `Dr Raman`, a title and a surname, is the one Raman present. */
  const attendeesBySurname = new Map<string, Attendee[]>();
  const organisations = new Map<string, { name: string; attendees: Attendee[] }>();
  for (const section of document.sections) {
    for (const attendee of section.attendees) {
      const key = nameKey(attendee.name.text);
      // The first listing wins; a later duplicate is reported, not resolved to — nor listed again
      // under its first name or surname, where the first listing already stands.
      const firstListing = !attendeesByName.has(key);
      if (firstListing) attendeesByName.set(key, attendee);
      const space = key.indexOf(' ');
      if (firstListing && space >= 0) {
        const first = key.slice(0, space);
        const list = attendeesByFirstName.get(first);
        if (list) list.push(attendee);
        else attendeesByFirstName.set(first, [attendee]);
        const last = key.slice(key.lastIndexOf(' ') + 1);
        const bySurname = attendeesBySurname.get(last);
        if (bySurname) bySurname.push(attendee);
        else attendeesBySurname.set(last, [attendee]);
      }
      if (attendee.organisation?.text) {
        const orgKey = nameKey(attendee.organisation.text);
        const org = organisations.get(orgKey) ?? { name: attendee.organisation.text, attendees: [] };
        org.attendees.push(attendee);
        organisations.set(orgKey, org);
      }
    }
  }
  const members = new Map<string, string>();
  for (const member of knownMembers) if (member.trim()) members.set(nameKey(member), member.trim());

  let candidates: Candidate[] | undefined;
  const allCandidates = (): Candidate[] => {
    if (candidates) return candidates;
    // One spelling per name, the document's own first: a member written `Per  Ström` elsewhere
    // is not offered beside the attendee `Per Ström`. A first name that only one attendee has
    // is a name too (`Rikard` is close to `Rickard`, as written in `Rickard Vidlund`).
    const seen = new Set<string>();
    const found: Candidate[] = [];
    const uniqueFirstNames: string[] = [];
    for (const [first, list] of attendeesByFirstName) {
      if (list.length === 1 && list[0] && !attendeesByName.has(first)) uniqueFirstNames.push(firstWord(withoutTitle(list[0].name.text.trim())));
    }
    // The maps are keyed by each name's `nameKey` already; only the first names need theirs.
    const add = (name: string, key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      found.push({ name, key, letters: letterSet(key) });
    };
    for (const [key, attendee] of attendeesByName) add(attendee.name.text, key);
    for (const name of uniqueFirstNames) add(name, nameKey(name));
    for (const [key, member] of members) add(member, key);
    for (const [key, org] of organisations) add(org.name, key);
    candidates = found;
    return found;
  };

  /** Attendees by their initials, of the words (`js` for Jane Smith) and of the words' parts (`hsj` for Helen Smith-Jones); made on first use. */
  let initials: Map<string, Attendee[]> | undefined;
  const byInitials = (): Map<string, Attendee[]> => {
    if (initials) return initials;
    initials = new Map();
    for (const attendee of attendeesByName.values()) {
      const key = nameKey(attendee.name.text);
      for (const words of [key.split(' '), key.split(/[ -]/)]) {
        if (words.length < 2) continue;
        const letters = words.map((w) => w.charAt(0)).join('');
        const list = initials.get(letters) ?? [];
        if (!list.includes(attendee)) list.push(attendee);
        initials.set(letters, list);
      }
    }
    return initials;
  };

  /**
   * Attendees by the roles they hold: the role of their attendance line (`Peter Fenwick, Clerk`)
   * with the other words for a chair's or secretary's role, and the role of a header field that names one attendee (`Ordförande: Eva Berg` makes Eva Berg
   * `ordförande` and `chair`); made on first use.
   */
  let roles: Map<string, Attendee[]> | undefined;
  const byRole = (): Map<string, Attendee[]> => {
    if (roles) return roles;
    const found = new Map<string, Attendee[]>();
    const add = (role: string, attendee: Attendee) => {
      const key = roleKey(nameKey(role));
      const list = found.get(key) ?? [];
      if (!list.includes(attendee)) list.push(attendee);
      found.set(key, list);
    };
    // The words of the chair's and the secretary's roles stand for each other, in both languages
    // (`Peter Fenwick, Clerk` is also `Secretary`, `Eva Berg, ordförande` also `Chair`).
    // An abbreviation or a hyphened role is also the word it stands for (`ordf.` is `ordförande`).
    // Roles held at once (`Clerk/RFO`) are each the attendee's.
    for (const attendee of attendeesByName.values()) {
      if (!attendee.role?.text) continue;
      for (const part of attendee.role.text.includes('/') ? [attendee.role.text, ...rolesOf(attendee.role.text)] : [attendee.role.text]) {
        const written = nameKey(part);
        const role = roleWordOf(written);
        add(written, attendee);
        add(role, attendee);
        for (const words of [HEADER_KEYS.chair, HEADER_KEYS.secretary]) if (words.includes(role)) for (const word of words) add(word, attendee);
      }
    }
    for (const field of document.headerFields) {
      if ((field.kind !== 'chair' && field.kind !== 'secretary') || field.persons?.length !== 1) continue;
      const personKey = nameKey(field.persons[0]?.text ?? '');
      const byFirst = attendeesByFirstName.get(personKey);
      const attendee = attendeesByName.get(personKey) ?? (byFirst?.length === 1 ? byFirst[0] : undefined);
      if (!attendee) continue;
      for (const word of [field.key.text, ...HEADER_KEYS[field.kind]]) add(word, attendee);
    }
    roles = found;
    return found;
  };

  const byWritten = new Map<string, Resolution>();
  // Documents name the same people again and again; each name is resolved once.
  const resolved = new Map<string, Resolution>();
  const resolveKey = (key: string, suggestions = true): Resolution => {
    const attendee = attendeesByName.get(key);
    if (attendee) return { kind: 'attendee', attendee };
    const member = members.get(key);
    if (member) return { kind: 'member', name: member };
    const org = organisations.get(key);
    if (org) return { kind: 'organisation', name: org.name, attendees: org.attendees };
    const byFirst = attendeesByFirstName.get(key);
    if (byFirst && byFirst.length === 1 && byFirst[0]) return { kind: 'attendee', attendee: byFirst[0] };
    if (byFirst && byFirst.length > 1) return { kind: 'ambiguous', candidates: byFirst };
    return suggestions ? { kind: 'unknown', ...suggest(key, allCandidates()) } : NOT_FOUND;
  };
  /** `name` resolved as written; with `suggestions` false, an unknown name gets none and is not remembered. */
  const resolveWritten = (name: string, suggestions: boolean): Resolution => {
    const key = nameKey(name);
    // What is looked up besides the key depends on how the name is written: with a title
    // (`Dr Raman`) or as initials (`JS`). Remembered apart, so the order of lines does not matter.
    const titled = hasTitle(name);
    const initials = INITIALS.test(name.trim()) && !NOT_INITIALS.has(name.trim().replace(/\./g, ''));
    const memoKey = titled ? `title\n${key}` : initials ? `initials\n${key}` : key;
    let resolution = resolved.get(memoKey);
    if (!resolution) {
      resolution = resolveKey(key, suggestions);
      // A full stop that ends a sentence (`Owner: Tom Reed.`) is not part of the name: a name
      // not found with it is looked up without it (`Tom Reed Jr.` is found as written).
      if (resolution.kind === 'unknown' && key.endsWith('.')) {
        const without = resolveKey(key.slice(0, -1).trimEnd(), suggestions);
        if (without.kind !== 'unknown') resolution = without;
      }
      // Initials (`JS`, `J.S.`), as English minutes write owners, name the one attendee they fit.
      if (resolution.kind === 'unknown' && initials) {
        const fitting = byInitials().get(key.replace(/\./g, ''));
        if (fitting?.length === 1 && fitting[0]) resolution = { kind: 'attendee', attendee: fitting[0] };
        else if (fitting && fitting.length > 1) resolution = { kind: 'ambiguous', candidates: fitting };
      }
      // A title and a surname (`Dr Raman`, `Cllr Ashdown`) name the one attendee with that surname.
      if (resolution.kind === 'unknown' && titled && !key.includes(' ')) {
        const bySurname = attendeesBySurname.get(key);
        if (bySurname?.length === 1 && bySurname[0]) resolution = { kind: 'attendee', attendee: bySurname[0] };
        else if (bySurname && bySurname.length > 1) resolution = { kind: 'ambiguous', candidates: bySurname };
      }
      // A role (`Action: Clerk – …`, `Uppdrag: Ordföranden – …`) names the one attendee who holds it.
      if (resolution.kind === 'unknown') {
        const holders = byRole().get(roleKey(key));
        if (holders?.length === 1 && holders[0]) resolution = { kind: 'attendee', attendee: holders[0] };
        else if (holders && holders.length > 1) resolution = { kind: 'ambiguous', candidates: holders };
      }
      // A party or note copied from the attendance list with the name (`Eva Berg (S)`, as
      // listed `Eva Berg (S), Lerum`) is not part of the name either.
      const note = resolution.kind === 'unknown' ? TRAILING_NOTE.exec(key) : null;
      if (note && note.index > 0) {
        const without = resolveKey(key.slice(0, note.index), suggestions);
        if (without.kind !== 'unknown') resolution = without;
      }
      // `Ola Ek m.fl.`, `Jane Smith et al.`: the one named leads, and is the one who answers for it.
      const others = resolution.kind === 'unknown' ? AND_OTHERS.exec(key) : null;
      if (others && others.index > 0) {
        const without = resolveKey(key.slice(0, others.index), suggestions);
        if (without.kind !== 'unknown') resolution = without;
      }
      if (resolution !== NOT_FOUND) resolved.set(memoKey, resolution);
    }
    return resolution;
  };
  return {
    resolve(name) {
      // Documents write the same names again and again: as written, each is resolved once.
      const known = byWritten.get(name);
      if (known) return known;
      const resolution = resolveWritten(name, true);
      byWritten.set(name, resolution);
      return resolution;
    },
    identify(name) {
      return (byWritten.get(name) ?? resolveWritten(name, false)).kind;
    },
  };
}

/** An unknown name looked up without a did-you-mean (`identify`). */
const NOT_FOUND: Resolution = { kind: 'unknown', suggestions: [], closest: 0 };

/**
 * A role as looked up: without `the` before it (`The Clerk`), and with the Swedish definite ending
 * and a final `e` left out, so that a role and its definite form meet: `-n` after a vowel or `-or`
 * (`ordföranden`, `sekreteraren`, `kyrkoherden`, `revisorn`), `-en` after another consonant
 * (`kassören`, `socialchefen`, `ledamoten`). Both the roles held and the names looked up are
 * keyed so (`ordförande` and `ordföranden` are `ordförand`; `socialchef` and `socialchefen`,
 * `socialchef`).
 */
export function roleKey(key: string): string {
  const bare = key.startsWith('the ') ? key.slice(4) : key;
  const stem = bare.endsWith('en') || bare.endsWith('orn') ? bare.slice(0, -1) : bare;
  return stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/** The first word of a trimmed name: up to its first white space. */
function firstWord(name: string): string {
  let end = 0;
  while (end < name.length && !isWhiteSpace(name.charCodeAt(end))) end++;
  return name.slice(0, end);
}

/** Initials as written: two to four capital letters, each may have a full stop (`JS`, `J.S.`, `HSJ`). */
const INITIALS = /^(?:\p{Lu}\.?){2,4}$/u;
/** Words in capitals that are no one's initials (`Action: ALL to read`). */
const NOT_INITIALS = new Set(['ALL', 'ANY', 'NONE', 'TBC', 'TBA', 'TBD', 'AOB', 'ALLA']);

/** A note in parentheses at the end of a name, with the white space before it. */
const TRAILING_NOTE = /\s*\([^()]*\)\.?$/;

/** `m.fl.`, `med flera`, `et al.` after a name (in `nameKey`'s lower case). */
const AND_OTHERS = /\s+(?:m\.?\s?fl\.?|med\s+flera|et\s+al\.?)$/;

/** A name a did-you-mean may offer, as written and as compared (`nameKey`), and its key's `letterSet`. */
interface Candidate {
  readonly name: string;
  readonly key: string;
  readonly letters: number;
}

/**
 * The characters of `text` as a set of 32 classes (each code unit by its value modulo 32), one
 * bit each. A character of a class that one string has and the other lacks must be deleted,
 * inserted or replaced by an edit of its own, so each such class is one edit at least:
 * `editsAtLeast` of two sets is never more than the strings' edit distance.
 */
export function letterSet(text: string): number {
  let set = 0;
  for (let i = 0; i < text.length; i++) set |= 1 << (text.charCodeAt(i) & 31);
  return set;
}

/** The fewest edits two strings with these `letterSet`s can be apart. */
export function editsAtLeast(a: number, b: number): number {
  return Math.max(bitCount(a & ~b), bitCount(b & ~a));
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Names longer than this get no did-you-mean (no person's name is). */
const MAX_SUGGESTED_LENGTH = 160;

/**
 * Close names, best first: within a third of the name's length, at most three edits apart. A
 * candidate whose length or letters (`editsAtLeast`) differ by more than that cannot be close and
 * is not measured, and text far longer than a name gets no suggestion: an edit distance costs
 * the product of the lengths.
 */
function suggest(key: string, candidates: readonly Candidate[]): { suggestions: string[]; closest: number } {
  if (key.length > MAX_SUGGESTED_LENGTH) return { suggestions: [], closest: 0 };
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  const letters = letterSet(key);
  const close: { candidate: string; d: number }[] = [];
  for (const { name: candidate, key: candidateKey, letters: candidateLetters } of candidates) {
    // Two cheap bounds first: most names are too far apart by their lengths or their letters.
    if (Math.abs(candidateKey.length - key.length) > limit || editsAtLeast(letters, candidateLetters) > limit) continue;
    const d = distance(key, candidateKey);
    if (d <= limit) close.push({ candidate, d });
  }
  const ranked = close.sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate, 'sv')).slice(0, 3);
  const best = ranked[0]?.d;
  return { suggestions: ranked.map((c) => c.candidate), closest: ranked.filter((c) => c.d === best).length };
}
