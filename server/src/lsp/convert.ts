import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { MinutesDiagnostic, Severity } from '../core';

/** The name editors show next to every diagnostic of this server. */
export const DIAGNOSTIC_SOURCE = 'minutes';

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Turns a core diagnostic into an LSP one. The core already counts positions in UTF-16 code
 * units, as LSP does, so the range carries over unchanged; `data` travels along for quick fixes.
 */
export function toLspDiagnostic(diagnostic: MinutesDiagnostic): Diagnostic {
  const result: Diagnostic = {
    range: diagnostic.range,
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.code,
    source: DIAGNOSTIC_SOURCE,
    message: diagnostic.message,
  };
  if (diagnostic.data !== undefined) result.data = diagnostic.data;
  return result;
}
