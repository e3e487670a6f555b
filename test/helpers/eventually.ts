/**
 * Polls an asynchronous condition until it gives a value, with a deadline (never a fixed sleep).
 * For protocol tests that wait for the server's index or its files.
 */
export async function eventually<T>(condition: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
