// Tests that race another process: poll a condition every 2 ms until it holds or the time is up.
export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 2));
  }
  return false;
}
