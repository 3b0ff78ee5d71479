// Index frameworks: the built-in ones from code (seed/data/index-specs.ts, so every store has them) and
// the ones editors saved (the IndexSpec table). A spec is validated on the way in and again on the way out,
// so a row edited by hand can't reach the pipeline unchecked.
import "server-only";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { indexSpecSchema, type IndexSpec } from "@/lib/index/spec";
import { defaultIndexSpec } from "@/seed/data/index-specs";

export const builtinIndexSpecs: ReadonlyMap<string, IndexSpec> = new Map(
  [defaultIndexSpec].map((input) => {
    const spec = indexSpecSchema.parse(input);
    return [spec.key, spec];
  }),
);

export const defaultIndexSpecKey = "default";

/** `titleEn`: the spec's English title, where it gives one (read from the saved body). */
export type IndexSpecSummary = { key: string; version: string; title: string; titleEn: string | null; builtin: boolean; savedAt: Date | null };

/** A saved body's English title, if it has one that is text; the list never fails on a body. */
function savedTitleEn(body: string): string | null {
  const value: unknown = safeJson(body);
  const titleEn = typeof value === "object" && value !== null && "titleEn" in value ? value.titleEn : null;
  return typeof titleEn === "string" && titleEn.trim() !== "" ? titleEn.trim().slice(0, 120) : null;
}

export async function listIndexSpecs(): Promise<IndexSpecSummary[]> {
  const saved = await db.indexSpec.findMany({ select: { key: true, version: true, title: true, body: true, savedAt: true } });
  // By key in code-unit order here, not by the database: PostgreSQL's collation may order hyphens otherwise than SQLite.
  saved.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return [
    ...[...builtinIndexSpecs.values()].map((s) => ({ key: s.key, version: s.version, title: s.title, titleEn: s.titleEn ?? null, builtin: true, savedAt: null })),
    ...saved.map(({ body, ...s }) => ({ ...s, titleEn: savedTitleEn(body), builtin: false })),
  ];
}

export type StoredIndexSpec = { spec: IndexSpec; builtin: boolean; savedAt: Date | null };

/** The spec with this key, or null. A stored body that no longer validates is reported, not passed on. */
export async function getIndexSpec(key: string): Promise<StoredIndexSpec | null> {
  const builtin = builtinIndexSpecs.get(key);
  if (builtin) return { spec: builtin, builtin: true, savedAt: null };
  const row = await db.indexSpec.findUnique({ where: { key } });
  if (!row) return null;
  const parsed = indexSpecSchema.safeParse(safeJson(row.body));
  if (!parsed.success) throw new AppError(500, `The saved index spec ${key} no longer validates; save it again from the editor`);
  return { spec: parsed.data, builtin: false, savedAt: row.savedAt };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export type SaveOutcome = { status: "created" | "replaced"; spec: IndexSpec };

/**
 * Saves a validated spec under its key: a new key is created, a saved one replaced. A built-in key is
 * refused (409): the starter framework stays as shipped, and a variant needs a key of its own.
 */
export async function saveIndexSpec(spec: IndexSpec): Promise<SaveOutcome> {
  if (builtinIndexSpecs.has(spec.key)) {
    throw new AppError(409, `key: "${spec.key}" is the built-in framework's key; save your variant under a key of its own`);
  }
  const data = { key: spec.key, version: spec.version, title: spec.title, body: JSON.stringify(spec), savedAt: new Date() };
  const existing = await db.indexSpec.findUnique({ where: { key: spec.key }, select: { id: true } });
  await db.indexSpec.upsert({ where: { key: spec.key }, create: data, update: data });
  return { status: existing ? "replaced" : "created", spec };
}

/** Deletes a saved spec; false when there was none. Built-in specs can't be deleted. */
export async function deleteIndexSpec(key: string): Promise<boolean> {
  if (builtinIndexSpecs.has(key)) throw new AppError(409, `key: "${key}" is the built-in framework; it can't be deleted`);
  const { count } = await db.indexSpec.deleteMany({ where: { key } });
  return count > 0;
}
