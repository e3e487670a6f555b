import { DIAGNOSTIC_CODES, isDiagnosticCode, type DiagnosticCode, type Lang, type SeveritySetting } from '../core';
import { DEFAULT_MAX_DOCUMENT_MIB, readMaxDocumentSize } from './sizeLimit';

/** The server's view of the `minutes.*` settings. */
export interface MinutesSettings {
  /** `minutes.diagnostics.<code>`: a severity or `off` per code. */
  readonly severities: Partial<Record<DiagnosticCode, SeveritySetting>>;
  /** `minutes.members`: names the workspace knows besides the attendees. */
  readonly members: readonly string[];
  /** `minutes.language`: the language of messages; `auto` follows the editor. */
  readonly language: 'auto' | Lang;
  /** `minutes.maxDocumentSize`: MiB above which a document is not analysed (0: no limit); see sizeLimit.ts. */
  readonly maxDocumentSize: number;
}

export const DEFAULT_SETTINGS: MinutesSettings = { severities: {}, members: [], language: 'auto', maxDocumentSize: DEFAULT_MAX_DOCUMENT_MIB };

const SEVERITY_VALUES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/**
 * Reads the `minutes` section of the client's configuration. Anything malformed is ignored
 * rather than trusted: a settings file typo must not break the server.
 */
export function readSettings(raw: unknown): MinutesSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const section = raw as Record<string, unknown>;
  const severities: Partial<Record<DiagnosticCode, SeveritySetting>> = {};
  const diagnostics = section.diagnostics;
  if (typeof diagnostics === 'object' && diagnostics !== null) {
    for (const [code, value] of Object.entries(diagnostics as Record<string, unknown>)) {
      if (isDiagnosticCode(code) && typeof value === 'string' && SEVERITY_VALUES.has(value)) severities[code] = value as SeveritySetting;
    }
  }
  const members = Array.isArray(section.members) ? section.members.filter((m): m is string => typeof m === 'string' && m.trim() !== '') : [];
  const language = section.language === 'sv' || section.language === 'en' ? section.language : 'auto';
  return { severities, members, language, maxDocumentSize: readMaxDocumentSize(section.maxDocumentSize) };
}

export { DIAGNOSTIC_CODES };
