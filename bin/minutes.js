#!/usr/bin/env node
// The `minutes` command. The CLI itself is bundled to CommonJS by `npm run build`; loading the
// bundle runs it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../dist/cli.cjs');
