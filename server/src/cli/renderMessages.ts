import type { CliLang } from './messages';

/** The texts of `minutes render`, in Swedish and English. */
export interface RenderMessages {
  missingFile(): string;
  tooManyFiles(): string;
  missingFormat(formats: readonly string[]): string;
  sameAsInput(path: string): string;
  outputExists(path: string): string;
  cannotWrite(path: string, detail: string): string;
  failed(path: string, detail: string): string;
  written(path: string): string;
  /** `-o -` with a format that is not text. */
  binaryToStdout(format: string): string;
}

const en: RenderMessages = {
  missingFile: () => 'render needs one minutes file',
  tooManyFiles: () => 'render takes one minutes file at a time',
  missingFormat: (formats) => `render needs --to ${formats.join('|')}`,
  sameAsInput: (path) => `refusing to write the rendering over its own source ${path}; choose another file with -o`,
  outputExists: (path) => `${path} already exists; nothing was written. Use --force to replace it, or -o to choose another file`,
  cannotWrite: (path, detail) => `cannot write ${path}: ${detail}`,
  failed: (path, detail) => `internal error while rendering ${path}: ${detail}`,
  written: (path) => `wrote ${path}`,
  binaryToStdout: (format) => `${format} is not text and is not written to standard output; choose a file with -o`,
};

const sv: RenderMessages = {
  missingFile: () => 'render behöver en protokollfil',
  tooManyFiles: () => 'render tar en protokollfil i taget',
  missingFormat: (formats) => `render behöver --to ${formats.join('|')}`,
  sameAsInput: (path) => `skriver inte över källfilen ${path} med resultatet; välj en annan fil med -o`,
  outputExists: (path) => `${path} finns redan; inget skrevs. Använd --force för att ersätta den, eller -o för att välja en annan fil`,
  cannotWrite: (path, detail) => `kan inte skriva ${path}: ${detail}`,
  failed: (path, detail) => `internt fel när ${path} skulle återges: ${detail}`,
  written: (path) => `skrev ${path}`,
  binaryToStdout: (format) => `${format} är inte text och skrivs inte till standard ut; välj en fil med -o`,
};

/** The texts of `minutes render` in `lang`. */
export function renderMessages(lang: CliLang): RenderMessages {
  return lang === 'sv' ? sv : en;
}
