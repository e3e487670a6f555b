/**
 * Writing to a standard stream that may fail: the reader of a pipe went away (`EPIPE`, after
 * `| head` or quitting `less`), or the disk is full (`ENOSPC`, `> /dev/full`). Node reports such
 * a failure as an `'error'` event on the stream, which, unhandled, ends the program with a stack
 * trace. Here the first failure goes to `onError`, once, and later writes are dropped: there is
 * nowhere for them to go.
 */
export function guardedWriter(stream: NodeJS.WritableStream, onError: (error: NodeJS.ErrnoException) => void): (text: string) => void {
  let failed = false;
  const fail = (error: unknown): void => {
    if (failed) return;
    failed = true;
    onError(error instanceof Error ? error : new Error(String(error)));
  };
  stream.on('error', fail);
  return (text) => {
    if (failed) return;
    try {
      stream.write(text);
    } catch (error) {
      fail(error);
    }
  };
}
