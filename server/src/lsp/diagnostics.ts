import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeMinutes, type Lang } from '../core';
import { toLspDiagnostic } from './convert';

/**
 * Analyses one document and returns its diagnostics. A half-written document must never take the
 * server down, so a failure inside the analysis is reported through `logError` and yields no
 * diagnostics rather than an exception.
 */
export function diagnose(document: TextDocument, locale: Lang, logError: (message: string) => void): Diagnostic[] {
  try {
    return analyzeMinutes(document.getText(), { locale }).diagnostics.map(toLspDiagnostic);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    logError(`Analysing ${document.uri} (version ${document.version}) failed: ${detail}`);
    return [];
  }
}
