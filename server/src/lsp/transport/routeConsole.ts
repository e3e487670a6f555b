import { format } from 'node:util';
import type { Connection } from 'vscode-languageserver/node';

/**
 * Sends what is printed with `console` to the client's log. Over stdio the server's standard
 * output is the protocol stream, so a stray `console.log` (from a library, say) would corrupt it;
 * vscode-languageserver guards against that when it opens the stdio connection itself, and the
 * server does the same when it opens it with its own writer.
 */
export function routeConsole(connection: Connection): void {
  const log = (...args: unknown[]) => connection.console.log(format(...args));
  console.log = log;
  console.info = (...args: unknown[]) => connection.console.info(format(...args));
  console.debug = log;
  console.trace = log;
  console.dir = (value: unknown) => connection.console.log(format('%O', value));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
}
