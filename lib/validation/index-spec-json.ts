// An index spec as JSON text (a POST body, an uploaded file): size, encoding, syntax and schema checked in
// that order, so the API and the editor's import read a spec the same way, and every problem of a spec is
// named by its path ("pillars.0.weight") and a reason the editor page can put into words.
import { z, type ZodError } from "zod";
import { indexSpecSchema, type IndexSpec } from "@/lib/index/spec";
import { slugMaxLength, slugPattern } from "./slug";

/** A spec is a few kilobytes; 256 KB leaves room for long rationales and is still nothing to parse. */
export const maxIndexSpecBytes = 256 * 1024;

export type SpecJsonRead =
  | { ok: true; spec: IndexSpec }
  | { ok: false; problem: "too-large" }
  | { ok: false; problem: "not-json" }
  | { ok: false; problem: "invalid"; error: ZodError };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Bytes → a validated spec. A byte-order mark is allowed (Windows editors write one). */
export function readIndexSpecJson(bytes: Uint8Array): SpecJsonRead {
  if (bytes.byteLength > maxIndexSpecBytes) return { ok: false, problem: "too-large" };
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes));
  } catch {
    return { ok: false, problem: "not-json" };
  }
  const parsed = indexSpecSchema.safeParse(value);
  return parsed.success ? { ok: true, spec: parsed.data } : { ok: false, problem: "invalid", error: parsed.error };
}

/** Why one part of a spec was refused, in terms the editor page has words for. */
export type SpecProblem =
  | "required"
  | "too-long"
  | "bad-key"
  | "bad-version"
  | "not-a-number"
  | "negative"
  | "bad-share"
  | "bad-choice"
  | "no-indicators"
  | "duplicate-key"
  | "zero-weights"
  | "geometric-zscore"
  | "unknown-indicator"
  | "builtin-key"
  | "key-exists"
  | "invalid";

export type SpecIssue = { path: string; problem: SpecProblem; message: string };

const last = (path: PropertyKey[]) => path[path.length - 1];

/** One zod issue of indexSpecSchema as a problem: by its code and where it is (the custom checks by their path). */
export function specProblem(issue: z.core.$ZodIssue): SpecProblem {
  const at = last(issue.path);
  switch (issue.code) {
    case "custom":
      if (at === "key") return "duplicate-key";
      if (at === "aggregation") return "geometric-zscore";
      if (at === "pillars" || at === "indicators") return "zero-weights";
      return "invalid";
    case "invalid_format":
      return at === "version" ? "bad-version" : "bad-key";
    case "too_small":
      if (issue.origin === "array") return at === "indicators" ? "no-indicators" : "required";
      if (issue.origin === "number") return at === "minIndicatorShare" ? "bad-share" : "negative";
      return "required";
    case "too_big":
      return issue.origin === "number" ? "bad-share" : "too-long";
    case "invalid_type":
      // zod 4 says "received undefined" for a missing property; anything else is a value of the wrong kind.
      if (/received undefined$/.test(issue.message)) return "required";
      return issue.expected === "number" ? "not-a-number" : "invalid";
    case "invalid_value":
    case "invalid_union":
      return "bad-choice";
    default:
      return "invalid";
  }
}

/** Every issue of a refused spec, with its dotted path ("" for the spec as a whole). */
export function specIssues(error: ZodError): SpecIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)).join("."),
    problem: specProblem(issue),
    message: issue.message,
  }));
}

/** GET /api/v1/index/spec/{key}?download=1: the spec as a file to save rather than to read. */
export const indexSpecDownloadQuerySchema = z.object({
  download: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.enum(["0", "1", "true", "false"], { error: "download must be 1 or 0" }).optional(),
  ),
});

export const isDownload = (flag: string | undefined) => flag === "1" || flag === "true";

/** The attachment's file name: key and version, both already limited to file-safe characters. */
export function indexSpecFileName(spec: Pick<IndexSpec, "key" | "version">): string {
  return `kechan-index-spec-${spec.key}-${spec.version}.json`;
}

/** A spec file as the export writes it: two-space JSON with a final newline, which re-imports unchanged. */
export function indexSpecFileText(spec: IndexSpec): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

/** The key of a spec named in a form or a notice, read like any other slug. */
export const specKeySchema = z.string().min(1).max(slugMaxLength).regex(slugPattern);
