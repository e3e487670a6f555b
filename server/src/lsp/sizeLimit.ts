import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Lang } from '../core';
import { DIAGNOSTIC_SOURCE } from './convert';

/**
 * The size above which the server does not analyse a document. Analysis takes time in proportion
 * to the text (about 1 s for 10 MiB on a slow machine, docs/performance.md) and runs on the
 * server's only thread, so a huge file (a log pasted into a `.minutes` file, a 50 MiB export)
 * would stall every request of every document. Above the limit the document is kept (the
 * editor's text stays in sync) but not analysed: requests for it get empty answers at once, and
 * one information diagnostic says why.
 *
 * The limit is the `minutes.maxDocumentSize` setting in MiB, counted in characters (UTF-16 code
 * units, so checking it costs nothing); for mostly ASCII text that is the size in bytes. 0 turns
 * the limit off.
 */
export const DEFAULT_MAX_DOCUMENT_MIB = 20;

const CHARACTERS_PER_MIB = 1024 * 1024;

/** The diagnostic code of the "not analysed" notice; not a language diagnostic, so not in the core's list. */
export const DOCUMENT_TOO_LARGE = 'document-too-large';

/** Reads `minutes.maxDocumentSize`: a number of MiB ≥ 0; anything else gives the default. */
export function readMaxDocumentSize(raw: unknown): number {
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? raw : DEFAULT_MAX_DOCUMENT_MIB;
}

/** Whether a text of `length` characters is over the limit of `maxMib` MiB. */
export function isTooLarge(length: number, maxMib: number): boolean {
  return maxMib > 0 && length > maxMib * CHARACTERS_PER_MIB;
}

const MESSAGES: Readonly<Record<Lang, (size: string, limit: string) => string>> = {
  sv: (size, limit) => `Dokumentet är för stort för att analyseras (${size} MiB, gränsen är ${limit} MiB). Diagnostik, komplettering och andra funktioner är avstängda för filen. Gränsen ändras med inställningen minutes.maxDocumentSize.`,
  en: (size, limit) => `This document is too large to analyse (${size} MiB; the limit is ${limit} MiB). Diagnostics, completion and other features are off for this file. Change the limit with the minutes.maxDocumentSize setting.`,
};

/** The one diagnostic published for a document over the limit, at its first character. */
export function tooLargeDiagnostic(length: number, maxMib: number, locale: Lang): Diagnostic {
  const size = (length / CHARACTERS_PER_MIB).toFixed(1);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: DOCUMENT_TOO_LARGE,
    source: DIAGNOSTIC_SOURCE,
    message: MESSAGES[locale](size, String(maxMib)),
  };
}
