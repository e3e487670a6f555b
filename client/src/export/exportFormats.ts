/**
 * The four export formats as the editor offers them: the command of each, the file extension
 * and the name shown in the save dialog's filter. Pure data, shared by the commands and the tests.
 */
import type { ExportFormat } from '../../../server/src/export/exportMinutes';

export interface ExportFormatInfo {
  readonly format: ExportFormat;
  /** The command (package.json `contributes.commands`). */
  readonly command: string;
  /** The file extension, without the dot. */
  readonly extension: string;
  /** The name of the format in the save dialog's filter and in messages (the same in Swedish). */
  readonly label: string;
}

export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { format: 'html', command: 'minutes.exportHtml', extension: 'html', label: 'HTML' },
  { format: 'pdf', command: 'minutes.exportPdf', extension: 'pdf', label: 'PDF' },
  { format: 'docx', command: 'minutes.exportWord', extension: 'docx', label: 'Word' },
  { format: 'md', command: 'minutes.exportMarkdown', extension: 'md', label: 'Markdown' },
];

/**
 * The file the save dialog proposes: the source's folder and name with the format's extension
 * (`möte.minutes` → `möte.pdf`). Works on the path part of a URI (`/` separated).
 */
export function defaultExportPath(sourcePath: string, extension: string): string {
  const slash = sourcePath.lastIndexOf('/');
  const folder = sourcePath.slice(0, slash + 1);
  const name = sourcePath.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return `${folder}${stem || 'minutes'}.${extension}`;
}
