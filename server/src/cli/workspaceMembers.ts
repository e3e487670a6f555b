import { readdirSync } from 'node:fs';
import { readRegularFileSync } from '../node/readRegularFile';
import { dirname, join, resolve } from 'node:path';
import { parseMinutes } from '../core';
import { MINUTES_EXTENSION } from './collectFiles';
import { decodeSource } from './readSource';

/** A sibling larger than this is not minutes anyone wrote by hand; its names are not read. */
const MAX_MEMBER_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The people the workspace knows, as the language defines them: an assignee is not unknown when
 * an attendee of *other* minutes in the same folder has that name (a member of the group who
 * missed this meeting). The editor resolves names the same way, so `minutes check` and the
 * editor agree about `unknown-assignee`.
 *
 * Every folder is listed once and every sibling parsed once, on first need. A sibling that cannot
 * be read or is not text simply contributes no names: it is not one of the files being checked.
 */
export class WorkspaceMembers {
  /** Folder → the attendee names of each minutes file in it, by absolute path. */
  private readonly folders = new Map<string, ReadonlyMap<string, readonly string[]>>();

  /** The attendee names of the minutes next to `absolutePath`, the file itself left out. */
  membersFor(absolutePath: string): string[] {
    const file = resolve(absolutePath);
    const names = new Set<string>();
    for (const [sibling, attendees] of this.namesInFolder(dirname(file))) {
      if (sibling !== file) for (const name of attendees) names.add(name);
    }
    return [...names];
  }

  private namesInFolder(folder: string): ReadonlyMap<string, readonly string[]> {
    let byFile = this.folders.get(folder);
    if (byFile) return byFile;
    const found = new Map<string, readonly string[]>();
    let entries: string[] = [];
    try {
      entries = readdirSync(folder).filter((name) => name.endsWith(MINUTES_EXTENSION));
    } catch {
      // An unlistable folder knows nobody; the file being checked reports its own read errors.
    }
    for (const name of entries) {
      const path = join(folder, name);
      const attendees = attendeeNames(path);
      if (attendees.length > 0) found.set(path, attendees);
    }
    byFile = found;
    this.folders.set(folder, byFile);
    return byFile;
  }
}

function attendeeNames(path: string): string[] {
  let decoded;
  try {
    decoded = decodeSource(readRegularFileSync(path, { maxBytes: MAX_MEMBER_FILE_BYTES }));
  } catch {
    return [];
  }
  if (decoded.kind !== 'text') return [];
  const { document } = parseMinutes(decoded.text);
  return document.sections.flatMap((section) => section.attendees.map((attendee) => attendee.name.text));
}
