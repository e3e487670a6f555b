// ESLint flat config. Besides the recommended JavaScript and TypeScript rules it enforces the
// project's main architecture invariant: the language core (server/src/core) imports nothing
// from an editor, from the Language Server Protocol libraries, or from Node.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Globals of the Node scripts (scripts/, bin/, config files); TypeScript files get theirs from tsc. */
const nodeGlobals = Object.fromEntries(
  ['console', 'process', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'setInterval',
    'clearInterval', 'setImmediate', 'performance', 'structuredClone', 'TextEncoder', 'TextDecoder',
    'AbortController', '__dirname', '__filename', 'require', 'module'].map((name) => [name, 'readonly']),
);

const editorAndProtocolImports = {
  group: [
    'vscode',
    'vscode/*',
    'vscode-languageserver',
    'vscode-languageserver/*',
    'vscode-languageserver-*',
    'vscode-languageclient',
    'vscode-languageclient/*',
    'vscode-languageclient-*',
    'vscode-jsonrpc',
    'vscode-jsonrpc/*',
  ],
  message: 'The language core must not depend on an editor or on the LSP libraries; adapt it in server/src/lsp or client/ instead.',
};
const nodeMessage = 'The language core must run anywhere (browser, worker, tests): no Node built-ins. Pass data in from the caller.';

export default defineConfig(
  globalIgnores(['dist/', 'out/', 'node_modules/', '.cache/', '.test-artifacts/', '**/*.tmp.ts']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    // Declared for every file so that no-implied-eval recognises these timers in TypeScript too.
    languageOptions: { globals: { setTimeout: 'readonly', setInterval: 'readonly', globalThis: 'readonly' } },
    rules: {
      // Code is never built from strings, in any part of the project.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: nodeMessage })),
          patterns: [editorAndProtocolImports, { group: ['node:*'], message: nodeMessage }],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global'].map((name) => ({
          name,
          message: nodeMessage,
        })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: 'The language core loads no modules at run time.' },
      ],
    },
  },
);
