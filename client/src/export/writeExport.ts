/**
 * Writes an exported file without losing anything: a local file goes through `writeFileSafely`
 * (server/src/node/safeWrite.ts: atomic, and it refuses to replace an existing file unless told
 * to); a file on another file system (a remote workspace) through VS Code's file system API with
 * the same refusal.
 */
import * as vscode from 'vscode';
import { FileExistsError, writeFileSafely } from '../../../server/src/node/safeWrite';

/** Thrown when the target exists and `overwrite` was false (for both kinds of file system). */
export { FileExistsError };

/** Writes `data` to `target`; replaces an existing file only when `overwrite` is true (the user confirmed). */
export async function writeExport(target: vscode.Uri, data: Uint8Array, overwrite: boolean): Promise<void> {
  if (target.scheme === 'file') {
    await writeFileSafely(target.fsPath, data, { overwrite });
    return;
  }
  if (!overwrite && (await exists(target))) throw new FileExistsError(target.toString());
  await vscode.workspace.fs.writeFile(target, data);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return false;
    throw error;
  }
}
