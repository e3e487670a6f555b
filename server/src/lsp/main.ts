/**
 * Entry point of the minutes language server, bundled to `dist/server.cjs`.
 *
 * Editors start it with a transport argument: VS Code's client uses `--node-ipc`, most other
 * editors `--stdio`. All language knowledge lives in `../core`; this folder only adapts it to
 * the Language Server Protocol.
 */
import { createServer } from './server';

createServer().listen();
