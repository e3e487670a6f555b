import type { TextDocuments } from 'vscode-languageserver';
import { analyzeMinutes, updateAnalysis, type Analysis, type Lang } from '../core';
import type { EditTracker } from './editTracker';
import type { PieceDocument } from './pieceDocument';
import { DEFAULT_SETTINGS, type MinutesSettings } from './settings';
import { isTooLarge } from './sizeLimit';

/**
 * The open documents and their analyses. An analysis is computed on first need after each change
 * and shared by every request for that version, so completion, hover and diagnostics of one
 * keystroke parse the text once. After an edit the previous analysis is updated rather than
 * redone (`updateAnalysis`: only the item the edit touched is read again) when it was made with
 * the same settings; the previous analysis is then dropped, as updating moves its parts.
 */
export class DocumentStore {
  private readonly cache = new Map<string, { version: number; generation: number; analysis: Analysis }>();
  private settings: MinutesSettings = DEFAULT_SETTINGS;
  private clientLocale: Lang = 'en';
  /** Bumped when settings change, so cached analyses made with the old ones are not reused. */
  private generation = 0;

  constructor(
    readonly documents: TextDocuments<PieceDocument>,
    private readonly edits: EditTracker,
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

  private memberSource: ((uri: string) => readonly string[]) | undefined;

  /**
   * Where members besides `minutes.members` come from: the workspace index's attendees of the
   * document's folder tree. Analyses made before are redone and diagnostics republished.
   */
  setMemberSource(source: (uri: string) => readonly string[]): void {
    this.memberSource = source;
    this.membersChanged();
  }

  /** The member source's answer changed: cached analyses are stale, diagnostics are republished. */
  membersChanged(): void {
    this.generation++;
    this.onSettingsChanged?.();
  }

  private knownMembers(uri: string): readonly string[] {
    const learnt = this.memberSource?.(uri) ?? [];
    return learnt.length === 0 ? this.settings.members : [...this.settings.members, ...learnt];
  }

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
    // Too large to analyse without stalling the server: no features (sizeLimit.ts).
    if (isTooLarge(document.length, this.settings.maxDocumentSize)) return undefined;
    const cached = this.cache.get(uri);
    if (cached && cached.version === document.version && cached.generation === this.generation) return cached.analysis;
    const change = this.edits.take(uri);
    try {
      const now = today();
      const reusable = cached && cached.generation === this.generation && sameDay(cached.analysis.options.today, now) && change && change !== 'whole';
      // An update reads the document's pieces; only a full analysis needs the text as one string.
      const analysis = reusable
        ? updateAnalysis(cached.analysis, document.text, change, document.lineIndex)
        : analyzeMinutes(document.getText(), {
            locale: this.locale,
            today: now,
            knownMembers: this.knownMembers(uri),
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

  /**
   * Brings the analysis of `uri` up to date now, if the document has been analysed before (so
   * that this is mostly an update after an edit). A document not analysed yet — just opened —
   * waits for the first request: the settings may still be on their way, and analysing it twice
   * costs a long document dearly.
   */
  refresh(uri: string): void {
    if (this.cache.has(uri)) this.analysis(uri);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.edits.forget(uri);
  }
}

function sameDay(a: { year: number; month: number; day: number } | undefined, b: { year: number; month: number; day: number }): boolean {
  return a !== undefined && a.year === b.year && a.month === b.month && a.day === b.day;
}

function today(): { year: number; month: number; day: number } {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
