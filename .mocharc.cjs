// Mocha runs the TypeScript tests directly: tsx compiles them on load, as ES modules (the
// package is "type": "module"), so ESM-only dependencies such as chevrotain load as they are.

// Mocha adds the files named on the command line to `spec` instead of replacing it, so
// `npx mocha test/core/parse.test.ts` would still run every test. Fall back to the whole suite
// only when the command line names no test files or folders of its own.
const namedOnCommandLine = process.argv
  .slice(2)
  .some((arg) => !arg.startsWith('-') && (/\.test\.ts$/.test(arg) || /^(\.\/)?test[\\/]/.test(arg)));

module.exports = {
  ...(namedOnCommandLine ? {} : { spec: ['test/**/*.test.ts'] }),
  // The end-to-end suites run inside VS Code's extension host (`npm run test:e2e`), not here.
  ignore: ['test/e2e/**'],
  extension: ['ts'],
  // Node 20.19+ can require() ES modules, and mocha then loads each test with require() first;
  // under tsx that path compiles ESM-only packages such as chevrotain to CommonJS and fails,
  // mocha falls back to import() and, if that fails too, reports the misleading require() error.
  // Turning require(esm) off makes mocha import() test files straight away, as ES modules.
  'node-option': ['import=tsx', 'no-experimental-require-module'],
  timeout: 10000,
  // A stray `it.only` must not silently skip the rest of the suite on CI.
  'forbid-only': Boolean(process.env.CI),
};
