// For tests of server actions: a stand-in for next/navigation's redirect(), which throws as Next's does, and
// `whereTo`, which runs an action and answers where it sent the reader. Use with
// vi.mock("next/navigation", () => import("@/lib/testing/redirects")).

export class Redirected extends Error {}

export function redirect(to: string): never {
  throw new Redirected(to);
}

export async function whereTo(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Redirected) return error.message;
    throw error;
  }
  throw new Error("expected a redirect");
}
