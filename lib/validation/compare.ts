// The selection of a comparison page (?r=a,b,c or ?r=a&r=b): a list of slugs with a minimum and maximum.
import { z } from "zod";
import { slugMaxLength, slugPattern } from "./slug";

const slug = z.string().regex(slugPattern, "bad-slug").max(slugMaxLength, "bad-slug");

/** Accepts comma-separated and repeated parameters alike, so both a shared link and a form work. */
function toList(raw: unknown): unknown {
  if (raw === undefined) return [];
  const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => (typeof v === "string" ? v.split(",") : [v]));
  return [...new Set(parts.map((p) => (typeof p === "string" ? p.trim() : p)).filter((p) => p !== ""))];
}

export function selectionSchema(min: number, max: number) {
  return z.preprocess(toList, z.array(slug).min(min, "too-few").max(max, "too-many"));
}

export type SelectionProblem = "too-few" | "too-many" | "bad-slug";

export type Selection = { ok: true; slugs: string[] } | { ok: false; problem: SelectionProblem; slugs: string[] };

/** Parses a selection; on failure keeps whatever well-formed slugs were given so the form can show them. */
export function parseSelection(raw: unknown, min: number, max: number): Selection {
  const result = selectionSchema(min, max).safeParse(raw);
  if (result.success) return { ok: true, slugs: result.data };
  const given = toList(raw) as unknown[];
  const slugs = given.filter((s): s is string => slug.safeParse(s).success);
  const problem = (result.error.issues[0]?.message ?? "bad-slug") as SelectionProblem;
  return { ok: false, problem, slugs };
}
