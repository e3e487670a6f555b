import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { MinutesDiagnostic, Severity } from '../core';

/** The name editors show next to every diagnostic of this server. */
export const DIAGNOSTIC_SOURCE = 'minutes';

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The LSP diagnostic last made for each core one. */
const converted = new WeakMap<MinutesDiagnostic, Diagnostic>();

/**
 * Turns a core diagnostic into an LSP one. The core already counts positions in UTF-16 code
 * units, as LSP does, so the range carries over unchanged; `data` travels along for quick fixes.
 *
 * The result is never changed afterwards, and it is the same object for as long as the core's
 * diagnostic stands at the same place: an edit moves the core's diagnostics in place (`update.ts`),
 * and a moved one gets a new LSP object with a copy of its new range. So a message that is encoded
 * later (vscode-jsonrpc writes on the next turn of the event loop) still says what it said when
 * it was sent, and the encoded bytes of a diagnostic can be kept with its object
 * (`transport/diagnosticBytes.ts`).
 */
export function toLspDiagnostic(diagnostic: MinutesDiagnostic): Diagnostic {
  const cached = converted.get(diagnostic);
  if (cached && sameRange(cached.range, diagnostic.range)) return cached;
  const result = convert(diagnostic);
  converted.set(diagnostic, result);
  return result;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function convert(diagnostic: MinutesDiagnostic): Diagnostic {
  const result: Diagnostic = {
    range: { start: { ...diagnostic.range.start }, end: { ...diagnostic.range.end } },
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.code,
    source: DIAGNOSTIC_SOURCE,
    message: diagnostic.message,
  };
  if (diagnostic.data !== undefined) result.data = diagnostic.data;
  return result;
}
