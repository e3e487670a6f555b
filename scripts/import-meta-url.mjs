// Injected into the CommonJS bundles by scripts/build.mjs, which replaces `import.meta.url` with
// `importMetaUrl`: CommonJS has no `import.meta`, so bundled ES modules would otherwise see
// `undefined` there. esbuild adds this only to bundles that use `import.meta.url`.
import { pathToFileURL } from 'node:url';

export const importMetaUrl = pathToFileURL(__filename).href;
