// The import boundary: column names (English or Chinese headers), one row's cells as text, and the rules
// each cell must meet. Shared by the CLI, the editor page and the round-trip tests through lib/import.
import { z } from "zod";
import { unitCodes, units, type UnitCode } from "@/lib/domain/units";
import { indicatorCategories, qualifiers, regionLevels, yearBases } from "./catalog";
import { slugPattern } from "./slug";

export const maxImportBytes = 20_000_000;
export const maxImportRows = 200_000;

export const requiredColumns = ["indicator", "region", "year", "value"] as const;
export const optionalColumns = [
  "unit", "qualifier", "source", "locator", "note", "period_start", "year_basis", "value_text",
  // For a region not yet in the store (GB/T 2260 codes and names are recognised without these).
  "region_name_zh", "region_name_en", "region_level", "region_parent",
  // For an indicator not yet in the store.
  "indicator_name_zh", "indicator_name_en", "indicator_category", "indicator_definition", "higher_is_better",
] as const;

export type ImportColumn = (typeof requiredColumns)[number] | (typeof optionalColumns)[number];

const knownColumns = new Set<string>([...requiredColumns, ...optionalColumns]);

/** Headers analysts write in Chinese, mapped to the column names. */
const chineseHeaders: Record<string, ImportColumn> = {
  指标: "indicator", 指标代码: "indicator", 地区: "region", 地区代码: "region", 年份: "year", 数值: "value",
  单位: "unit", 限定: "qualifier", 出处: "source", 来源: "source", 位置: "locator", 备注: "note", 说明: "note",
};

export function columnName(header: string): ImportColumn | null {
  const name = header.trim().toLowerCase().replace(/[\s-]+/g, "_");
  if (knownColumns.has(name)) return name as ImportColumn;
  // Own keys only: a header such as "constructor" must not find Object.prototype's members.
  return Object.hasOwn(chineseHeaders, header.trim()) ? chineseHeaders[header.trim()]! : null;
}

/** Why a cell or row was refused: a code the page and the CLI each put into words. */
export const importProblems = [
  "required", "formula", "too-long", "control-char", "not-a-number", "not-finite", "year-format", "year-range",
  "unknown-unit", "unit-mismatch", "unknown-qualifier", "unknown-year-basis", "bad-code", "unknown-level",
  "unknown-category", "bad-boolean", "period-after-year", "negative-value", "unknown-region", "unknown-indicator",
  "unknown-parent", "duplicate-key",
] as const;
export type ImportProblem = (typeof importProblems)[number];

const formulaStart = /^[=+\-@\t\r]/;

/** Records a problem on the cell and gives up on it. */
function fail(ctx: z.RefinementCtx, problem: ImportProblem): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message: problem });
  return z.NEVER;
}
// Control characters other than tab and line breaks never belong in a figure's text.
const controlChar = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A code or number cell as text, with an exported cell's neutralising apostrophe ('+, '-5) removed. */
function plain(raw: string): string {
  return raw.trim().replace(/^'(?=[=+\-@\t\r])/, "");
}

/**
 * A text cell: trimmed, neutralised exports ('=…, as our CSV export writes them) read back as the text
 * they stand for, and raw formula-looking text refused.
 */
function textCell(max: number) {
  return z.string().transform((raw, ctx) => {
    if (formulaStart.test(raw)) return fail(ctx, "formula");
    let text = raw.trim();
    if (/^'[=+\-@\t\r]/.test(text)) text = text.slice(1);
    if (controlChar.test(text)) ctx.addIssue({ code: "custom", message: "control-char" });
    if (text.length > max) ctx.addIssue({ code: "custom", message: "too-long" });
    return text;
  });
}

const requiredText = (max: number) => textCell(max).refine((t) => t !== "", { message: "required" });
const optionalText = (max: number) => textCell(max).transform((t) => (t === "" ? undefined : t)).optional();

const plainNumber = /^-?\d+(\.\d+)?$/;
const groupedNumber = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

const valueCell = z.string().transform((raw, ctx) => {
  const text = plain(raw);
  if (text === "") return fail(ctx, "required");
  if (!plainNumber.test(text) && !groupedNumber.test(text)) {
    return fail(ctx, /^(nan|[+-]?inf(inity)?)$/i.test(text) ? "not-finite" : formulaStart.test(text) ? "formula" : "not-a-number");
  }
  const value = Number(text.replace(/,/g, ""));
  if (!Number.isFinite(value)) return fail(ctx, "not-finite");
  return value;
});

const yearCell = z.string().transform((raw, ctx) => {
  const text = plain(raw);
  if (!/^\d{4}$/.test(text)) return fail(ctx, text === "" ? "required" : "year-format");
  const year = Number(text);
  if (year < 1900 || year > 2100) return fail(ctx, "year-range");
  return year;
});

const optionalYear = z
  .string()
  .transform((raw, ctx) => {
    if (plain(raw) === "") return undefined;
    const year = yearCell.safeParse(raw);
    return year.success ? year.data : fail(ctx, (year.error.issues[0]?.message ?? "year-format") as ImportProblem);
  })
  .optional();

/** Unit codes, or their Chinese labels when a label names one unit only. */
const unitByLabel = new Map<string, UnitCode>();
for (const code of unitCodes) {
  const label = units[code].labelZh;
  unitByLabel.set(label, unitByLabel.has(label) ? ("" as UnitCode) : code);
}
const unitCell = z
  .string()
  .transform((raw, ctx) => {
    const text = plain(raw);
    if (text === "") return undefined;
    if ((unitCodes as string[]).includes(text)) return text as UnitCode;
    const byLabel = unitByLabel.get(text);
    if (byLabel) return byLabel;
    return fail(ctx, "unknown-unit");
  })
  .optional();

const qualifierWords: Record<string, (typeof qualifiers)[number]> = { 超过: ">", 大于: ">", 低于: "<", 约: "≈", 余: "+", 多: "+", 不低于: "≥", 不高于: "≤" };
const qualifierCell = z
  .string()
  .transform((raw, ctx) => {
    const text = plain(raw);
    if (text === "") return undefined;
    if ((qualifiers as readonly string[]).includes(text)) return text as (typeof qualifiers)[number];
    if (Object.hasOwn(qualifierWords, text)) return qualifierWords[text]!;
    return fail(ctx, "unknown-qualifier");
  })
  .optional();

function enumCell<T extends string>(values: readonly T[], problem: ImportProblem) {
  return z
    .string()
    .transform((raw, ctx) => {
      const text = plain(raw);
      if (text === "") return undefined;
      if ((values as readonly string[]).includes(text)) return text as T;
      return fail(ctx, problem);
    })
    .optional();
}

const booleanCell = z
  .string()
  .transform((raw, ctx) => {
    const text = plain(raw).toLowerCase();
    if (text === "") return undefined;
    if (["true", "yes", "1", "是"].includes(text)) return true;
    if (["false", "no", "0", "否"].includes(text)) return false;
    return fail(ctx, "bad-boolean");
  })
  .optional();

export const importRowSchema = z
  .object({
    indicator: requiredText(80),
    region: requiredText(80),
    year: yearCell,
    value: valueCell,
    unit: unitCell,
    qualifier: qualifierCell,
    source: optionalText(200),
    locator: optionalText(200),
    note: optionalText(400),
    period_start: optionalYear,
    year_basis: enumCell(yearBases, "unknown-year-basis"),
    value_text: optionalText(40),
    region_name_zh: optionalText(60),
    region_name_en: optionalText(120),
    region_level: enumCell(regionLevels, "unknown-level"),
    region_parent: optionalText(80),
    indicator_name_zh: optionalText(80),
    indicator_name_en: optionalText(160),
    indicator_category: enumCell(indicatorCategories, "unknown-category"),
    indicator_definition: optionalText(400),
    higher_is_better: booleanCell,
  })
  .superRefine((row, ctx) => {
    if (row.period_start !== undefined && row.period_start > row.year) ctx.addIssue({ code: "custom", message: "period-after-year", path: ["period_start"] });
  });

export type ImportRow = z.output<typeof importRowSchema>;

export function isSlug(text: string): boolean {
  return slugPattern.test(text) && text.length <= 80;
}

/**
 * The choices that go with a file: the .xlsx sheet to read, and for an NBS export which indicator a label
 * stands for — "标签=CODE" (or "标签=new" for a new one, "标签=auto" to let the importer match), or CODE
 * alone for a file with one indicator. Shared by the CLI flags, the editor page and the API.
 */
export const indicatorMappingSchema = z
  .string()
  .trim()
  .min(1, "required")
  .max(240, "too-long")
  .transform((text, ctx) => {
    const at = text.lastIndexOf("=");
    const label = at === -1 ? null : text.slice(0, at).trim();
    const code = (at === -1 ? text : text.slice(at + 1)).trim();
    if (label === "" || !(code === "new" || code === "auto" || isSlug(code))) {
      ctx.addIssue({ code: "custom", message: "bad-mapping" });
      return z.NEVER;
    }
    return code === "auto" ? null : { label, code };
  });

export const importChoicesSchema = z.object({
  sheet: z.string().trim().max(100, "too-long").optional().transform((s) => (s ? s : undefined)),
  indicator: z
    .array(indicatorMappingSchema)
    .max(500, "too-many")
    .default([])
    .transform((list) => list.filter((m): m is { label: string | null; code: string } => m !== null)),
});
export type ImportChoices = z.output<typeof importChoicesSchema>;

/** The import page's form: a new upload to preview, or a staged one to preview again with choices or to write. */
export const importFormSchema = importChoicesSchema.extend({
  intent: z.enum(["preview", "reapply", "confirm"]).default("preview"),
  token: z.uuid().optional(),
});
