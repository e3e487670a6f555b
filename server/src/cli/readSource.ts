import { readRegularFileSync } from '../node/readRegularFile';
import { problemFromError, type InputProblem, type SourceFile } from './collectFiles';
import { firstInvalidUtf8, positionOfByte } from './invalidUtf8';

/** The text of a file, or why it is not text. */
export type DecodedSource =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'binaryNul' }
  /** Where the first byte that is not UTF-8 stands (1-based; the column in UTF-16 code units). */
  | { readonly kind: 'invalidUtf8'; readonly line: number; readonly column: number }
  | { readonly kind: 'invalidUtf16' };

/** The UTF-16 byte-order marks: a file starting with one is UTF-16 text in that byte order. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Decodes the bytes of a minutes file. Minutes are UTF-8 text, or UTF-16 text that says so with
 * a byte-order mark (as Windows editors save "Unicode"). Otherwise a NUL byte or a byte sequence
 * that is not UTF-8 means the file is something else (a PDF, a Word file, Latin-1 text), and
 * checking it would only produce noise. A leading byte-order mark is dropped before analysis, so
 * that every position reported is one in the text the user sees in an editor.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    let text: string;
    try {
      // The decoder drops the byte-order mark; an odd byte count or a lone surrogate is an error.
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return { kind: 'invalidUtf16' };
    }
    // A NUL character is no more text in UTF-16 than in UTF-8 (and FF FE 00 00 starts UTF-32).
    return text.includes('\0') ? { kind: 'binaryNul' } : { kind: 'text', text };
  }
  if (bytes.includes(0)) return { kind: 'binaryNul' };
  let text: string;
  try {
    // `ignoreBOM: false` (the default, spelled out) makes the decoder drop a leading BOM.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { kind: 'invalidUtf8', ...positionOfByte(bytes, firstInvalidUtf8(bytes) ?? bytes.length) };
  }
  return { kind: 'text', text };
}

/** Reads and decodes one file, or says why it cannot be used. */
export function readSource(file: SourceFile): { readonly text: string } | { readonly problem: InputProblem } {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFileSync(file.absolutePath);
  } catch (error) {
    return { problem: problemFromError(file.displayPath, error, file.absolutePath) };
  }
  const decoded = decodeSource(bytes);
  if (decoded.kind === 'text') return { text: decoded.text };
  return { problem: { ...decoded, path: file.displayPath } };
}
