/**
 * Every benchmark suite, in the order they run. A new concern is a new file here and one more
 * entry in this list.
 */
import { coreSuite } from './core';
import { lspSuite } from './lsp';
import type { Suite } from './suite';
import { workspaceSuite } from './workspace';

export const SUITES: readonly Suite[] = [coreSuite, lspSuite, workspaceSuite];
