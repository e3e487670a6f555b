import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeMinutes, type Analysis, type Lang } from '../core';
import { DEFAULT_SETTINGS, type MinutesSettings } from './settings';

/**
 * The open documents and their analyses. An analysis is computed on first need after each change
 * and shared by every request for that version, so completion, hover and diagnostics of one
 * keystroke parse the text once.
 */
export class DocumentStore {
  private readonly cache = new Map<string, { version: number; generation: number; analysis: Analysis }>();
  private settings: MinutesSettings = DEFAULT_SETTINGS;
  private clientLocale: Lang = 'en';
  /** Bumped when settings change, so cached analyses made with the old ones are not reused. */
  private generation = 0;

  constructor(
    readonly documents: TextDocuments<TextDocument>,
    private readonly logError: (message: string) => void,
  ) {}

  setLocale(locale: Lang): void {
    this.clientLocale = locale;
    this.generation++;
  }

  setSettings(settings: MinutesSettings): void {
    this.settings = settings;
    this.generation++;
    this.onSettingsChanged?.();
  }

  /** Called after the settings changed (the diagnostics feature republishes). */
  onSettingsChanged: (() => void) | undefined;

  get currentSettings(): MinutesSettings {
    return this.settings;
  }

  /** The language of messages: the `minutes.language` setting, else the editor's. */
  get locale(): Lang {
    return this.settings.language === 'auto' ? this.clientLocale : this.settings.language;
  }

  /** The analysis of the open document `uri`, or undefined when it is not open or cannot be analysed. */
  analysis(uri: string): Analysis | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.cache.get(uri);
    if (cached && cached.version === document.version && cached.generation === this.generation) return cached.analysis;
    try {
      const analysis = analyzeMinutes(document.getText(), {
        locale: this.locale,
        today: today(),
        knownMembers: this.settings.members,
        severities: this.settings.severities,
      });
      this.cache.set(uri, { version: document.version, generation: this.generation, analysis });
      return analysis;
    } catch (error) {
      // The core is built never to throw; if it does, one document loses its features, not the server.
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.logError(`Analysing ${uri} (version ${document.version}) failed: ${detail}`);
      return undefined;
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

function today(): { year: number; month: number; day: number } {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
