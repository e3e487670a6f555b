import { readRegularFileSync } from '../node/readRegularFile';
import { problemFromError, type InputProblem, type SourceFile } from './collectFiles';

/** The text of a file, or why it is not text. */
export type DecodedSource =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'binaryNul' }
  | { readonly kind: 'invalidUtf8' };

/**
 * Decodes the bytes of a minutes file. Minutes are UTF-8 text: a NUL byte or a byte sequence
 * that is not UTF-8 means the file is something else (a PDF, a Word file, UTF-16), and checking
 * it would only produce noise. A leading byte-order mark is dropped before analysis, so that
 * every position reported is one in the text the user sees in an editor.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.includes(0)) return { kind: 'binaryNul' };
  let text: string;
  try {
    // `ignoreBOM: false` (the default, spelled out) makes the decoder drop a leading BOM.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { kind: 'invalidUtf8' };
  }
  return { kind: 'text', text };
}

/** Reads and decodes one file, or says why it cannot be checked. */
export function readSource(file: SourceFile): { readonly text: string } | { readonly problem: InputProblem } {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFileSync(file.absolutePath);
  } catch (error) {
    return { problem: problemFromError(file.displayPath, error) };
  }
  const decoded = decodeSource(bytes);
  if (decoded.kind === 'text') return { text: decoded.text };
  return { problem: { kind: decoded.kind, path: file.displayPath } };
}
