// Schemas for figures taken from public statistical publications (NBS yearbooks and communiqués,
// provincial bureaux): kept apart from the five documents, each figure tied to the table text
// retrieved into seed/references/ so a test can find the number where its record says it stands.
import { z } from "zod";
import { slugMaxLength, slugPattern } from "./slug";

const slug = z.string().min(1).max(slugMaxLength).regex(slugPattern, "lower-case letters, digits and single hyphens");
const text = (max: number) => z.string().trim().min(1).max(max);

/** primary: published by the statistical office itself; secondary: a copy elsewhere that names its NBS origin. */
export const sourceTiers = ["primary", "secondary"] as const;

export const statisticSourceRecordSchema = z.object({
  slug,
  titleZh: text(200),
  titleEn: text(200),
  /** The office that publishes the table (国家统计局, 重庆市统计局 …) or, for a secondary copy, the site. */
  publisher: text(200),
  /** The publication year (YYYY) or month (YYYY-MM) of the table. */
  published: z.string().regex(/^\d{4}(-\d{2})?$/, "YYYY or YYYY-MM"),
  url: z.url({ protocol: /^https?$/ }),
  /** The table as the publication numbers and titles it, e.g. "表3-9 地区生产总值和指数". */
  table: text(200),
  tier: z.enum(sourceTiers),
  /** For a secondary source: the NBS publication it says the figures come from. */
  originZh: text(300).optional(),
  /** File under seed/references/ holding the table text as retrieved. */
  reference: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\.txt$/, "a file name under seed/references/"),
  /** When the text was retrieved (YYYY-MM-DD). */
  retrieved: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** What the table holds, in our own words. */
  summaryZh: text(600),
}).refine((s) => s.tier === "primary" || s.originZh !== undefined, {
  message: "a secondary source must name its NBS origin",
  path: ["originZh"],
});

export const statisticFigureRecordSchema = z.object({
  indicator: slug,
  region: slug,
  year: z.number().int().min(1949).max(2100),
  /** The stored value: the number as written × scale (704.67 元/100美元 × 0.01 = 7.0467 元/美元). */
  value: z.number().finite(),
  /** The number exactly as the table writes it. */
  valueText: text(40),
  scale: z.number().positive().default(1),
  source: slug,
  /** The row's label exactly as it stands in the reference text (北京, Beijing, 2023 …). */
  rowLabel: text(60),
  /** Which number after the row label holds the figure, counting from 1. */
  nth: z.number().int().min(1).max(200),
  /** Where in the table, in words: column and row, e.g. "表3-9·人均地区生产总值(元)列·北京行". */
  locator: text(200),
});

export type StatisticSourceRecord = z.infer<typeof statisticSourceRecordSchema>;
export type StatisticFigureRecord = z.input<typeof statisticFigureRecordSchema>;
export type StatisticFigure = z.output<typeof statisticFigureRecordSchema>;
