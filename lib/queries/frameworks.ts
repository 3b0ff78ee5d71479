// The documents' conceptual frameworks, validated. Static content for now; async so it can move into the store.
import "server-only";
import { frameworks } from "@/seed/data/frameworks";
import { frameworksSchema, type Framework, type FrameworkKey } from "@/lib/validation/frameworks";

export type FrameworksByKey = Record<FrameworkKey, Framework>;

export async function listFrameworks(): Promise<Framework[]> {
  return frameworksSchema.parse(frameworks);
}

/** The frameworks keyed by what they show, for a page that lays each one out differently. */
export async function getFrameworksByKey(): Promise<FrameworksByKey> {
  const list = await listFrameworks();
  // The schema has checked that every key appears exactly once.
  return Object.fromEntries(list.map((f) => [f.key, f])) as FrameworksByKey;
}
