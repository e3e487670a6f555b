import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** The extension of minutes files; folders are searched for it. */
export const MINUTES_EXTENSION = '.minutes';

/** One file to check. */
export interface SourceFile {
  /** The path to show the user: as given, or the folder as given joined with the path found in it. */
  readonly displayPath: string;
  /** The path to read. */
  readonly absolutePath: string;
}

/** Why a path named on the command line, or found in a folder, cannot be checked. */
export type InputProblem =
  | { readonly kind: 'notFound'; readonly path: string }
  /** A symbolic link whose target (as the link holds it) does not exist. */
  | { readonly kind: 'danglingLink'; readonly path: string; readonly target: string }
  | { readonly kind: 'permissionDenied'; readonly path: string }
  | { readonly kind: 'notRegularFile'; readonly path: string }
  /** `code` is the file-system error code, when there is one, so that it can be put in the user's words. */
  | { readonly kind: 'unreadable'; readonly path: string; readonly detail: string; readonly code?: string }
  | { readonly kind: 'binaryNul'; readonly path: string }
  /** 1-based line and column of the first byte that is not UTF-8. */
  | { readonly kind: 'invalidUtf8'; readonly path: string; readonly line: number; readonly column: number }
  | { readonly kind: 'invalidUtf16'; readonly path: string }
  | { readonly kind: 'internalError'; readonly path: string; readonly detail: string };

export interface CollectedFiles {
  /** Every file to check, each once, in the order found. */
  readonly files: readonly SourceFile[];
  readonly problems: readonly InputProblem[];
  /** Folders named on the command line in which no `*.minutes` file was found (as given). */
  readonly emptyFolders: readonly string[];
}

/**
 * A folder's entry shown under the folder as the user wrote it: `./notes` gives `./notes/a.minutes`
 * (`path.join` would drop the `./`, and a file named the same way keeps it).
 */
function joinAsGiven(folder: string, name: string): string {
  return folder.endsWith('/') || folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

/** Shows a path with forward slashes on every platform, as compilers and the JSON output do. */
export function toDisplayPath(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * Turns a file-system error on `path` (as shown; `absolutePath` is where it was looked for) into a
 * problem the user can act on. A path that is not found but is a symbolic link is a link whose
 * target is missing, and is said to be one.
 */
export function problemFromError(path: string, error: unknown, absolutePath?: string): InputProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    const target = absolutePath === undefined ? undefined : danglingTarget(absolutePath);
    return target === undefined ? { kind: 'notFound', path } : { kind: 'danglingLink', path, target };
  }
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'permissionDenied', path };
  if (code === 'ENOTREG') return { kind: 'notRegularFile', path };
  return { kind: 'unreadable', path, detail: error instanceof Error ? error.message : String(error), ...(code !== undefined && { code }) };
}

/** What the symbolic link at `absolutePath` points to, when there is such a link (its target being missing). */
function danglingTarget(absolutePath: string): string | undefined {
  try {
    return lstatSync(absolutePath).isSymbolicLink() ? toDisplayPath(readlinkSync(absolutePath)) : undefined;
  } catch {
    return undefined;
  }
}

/** Folders never searched: installed packages, and dot-folders such as `.git`. */
function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * Expands the paths named on the command line into the files to check. A file named explicitly
 * is checked whatever its extension; a folder is searched recursively for `*.minutes`, skipping
 * `node_modules` and dot-folders found inside it. Symbolic links are followed, but every folder
 * and file is visited once by its real path, so a link back up the tree cannot loop and a file
 * reachable by two routes is not reported twice. A path that cannot be used is a problem, and
 * the others are still collected.
 */
export function collectFiles(operands: readonly string[], cwd: string): CollectedFiles {
  const files: SourceFile[] = [];
  const problems: InputProblem[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();
  const emptyFolders: string[] = [];
  /** Real path of each folder walked → the minutes files met in it and below it, collected or not. */
  const filesInFolder = new Map<string, number>();
  /** Real paths of the folders that could not be read, so that naming one again does not call it empty. */
  const unreadableFolders = new Set<string>();

  /** The real path, with links resolved; a path that cannot be resolved is reported and skipped. */
  const resolveReal = (displayPath: string, absolutePath: string): string | undefined => {
    try {
      return realpathSync(absolutePath);
    } catch (error) {
      problems.push(problemFromError(displayPath, error, absolutePath));
      return undefined;
    }
  };

  const addFile = (displayPath: string, absolutePath: string): void => {
    const real = resolveReal(displayPath, absolutePath);
    if (real === undefined || seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push({ displayPath, absolutePath });
  };

  /** Collects the minutes files of a folder; returns how many it holds (also when walked before). */
  const walkFolder = (displayPath: string, absolutePath: string): number => {
    const real = resolveReal(displayPath, absolutePath);
    if (real === undefined) return 0;
    // Walked before (named twice, inside a folder named earlier, or a link back up the tree).
    if (seenFolders.has(real)) return filesInFolder.get(real) ?? 0;
    seenFolders.add(real);
    let met = 0;

    let entries;
    try {
      entries = readdirSync(absolutePath, { withFileTypes: true });
    } catch (error) {
      problems.push(problemFromError(displayPath, error, absolutePath));
      unreadableFolders.add(real);
      return 0;
    }
    // Sorted so that the order found does not depend on the file system.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childDisplay = toDisplayPath(joinAsGiven(displayPath, entry.name));
      const childAbsolute = join(absolutePath, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(childAbsolute);
          isDirectory = target.isDirectory();
          isFile = !isDirectory;
        } catch (error) {
          // A dangling link matters only when it looks like a minutes file.
          if (entry.name.endsWith(MINUTES_EXTENSION)) problems.push(problemFromError(childDisplay, error, childAbsolute));
          continue;
        }
      }
      if (isDirectory) {
        if (!isSkippedFolder(entry.name)) met += walkFolder(childDisplay, childAbsolute);
      } else if (isFile && entry.name.endsWith(MINUTES_EXTENSION)) {
        met++;
        addFile(childDisplay, childAbsolute);
      }
    }
    filesInFolder.set(real, met);
    return met;
  };

  for (const operand of operands) {
    const displayPath = toDisplayPath(operand);
    const absolutePath = resolve(cwd, operand);
    let stats: Stats;
    try {
      stats = statSync(absolutePath);
    } catch (error) {
      problems.push(problemFromError(displayPath, error, absolutePath));
      continue;
    }
    if (stats.isDirectory()) {
      // A folder that could not be read, in whole or in part, is reported as such; calling it
      // empty too would be a second, wrong, message about it.
      const problemsBefore = problems.length;
      if (walkFolder(displayPath, absolutePath) === 0 && problems.length === problemsBefore && !wasUnreadable(absolutePath)) emptyFolders.push(displayPath);
    } else {
      addFile(displayPath, absolutePath);
    }
  }
  return { files, problems, emptyFolders };

  /** Whether the folder was found unreadable before (named again, or inside a folder named earlier). */
  function wasUnreadable(absolutePath: string): boolean {
    try {
      return unreadableFolders.has(realpathSync(absolutePath));
    } catch {
      return false;
    }
  }
}
