import type { Diagnostic } from 'vscode-languageserver';

/**
 * The UTF-8 JSON of each LSP diagnostic, kept with the diagnostic object. The server makes one
 * object per diagnostic of the core (`convert.ts`), and an edit changes no more of it than its
 * range (`update.ts` moves diagnostics in place); so the bytes of a diagnostic an edit did not
 * touch are found here rather than encoded again. Used by the stdio encoder, which puts messages
 * together from them, and by pull diagnostics, which compare a document's diagnostics with those
 * last reported by comparing their bytes.
 */
interface Encoded {
  readonly message: Diagnostic['message'];
  readonly severity: Diagnostic['severity'];
  readonly code: Diagnostic['code'];
  readonly startLine: number;
  readonly startCharacter: number;
  readonly endLine: number;
  readonly endCharacter: number;
  readonly bytes: Buffer;
}

const encoded = new WeakMap<Diagnostic, Encoded>();

/**
 * `JSON.stringify(diagnostic)` as UTF-8: from the cache when the object is the same and its range,
 * message, severity and code are what they were when it was encoded.
 */
export function diagnosticBytes(diagnostic: Diagnostic): Buffer {
  const { start, end } = diagnostic.range;
  const cached = encoded.get(diagnostic);
  if (
    cached &&
    cached.startLine === start.line &&
    cached.startCharacter === start.character &&
    cached.endLine === end.line &&
    cached.endCharacter === end.character &&
    cached.message === diagnostic.message &&
    cached.severity === diagnostic.severity &&
    cached.code === diagnostic.code
  ) {
    return cached.bytes;
  }
  const bytes = Buffer.from(JSON.stringify(diagnostic, undefined, 0), 'utf8');
  encoded.set(diagnostic, {
    message: diagnostic.message,
    severity: diagnostic.severity,
    code: diagnostic.code,
    startLine: start.line,
    startCharacter: start.character,
    endLine: end.line,
    endCharacter: end.character,
    bytes,
  });
  return bytes;
}

/** Whether two lists of encoded diagnostics say the same, byte for byte. */
export function sameBytes(a: readonly Buffer[], b: readonly Buffer[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Buffer;
    const y = b[i] as Buffer;
    if (x !== y && !x.equals(y)) return false;
  }
  return true;
}
