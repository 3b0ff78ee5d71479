// What the store gives the index for one spec and year (lib/queries/index-inputs.ts reads it): the data
// matrix and, beside it, the regions' names and each indicator's name, unit, reference and sources. Plain
// types (and one helper), so a client component (the what-if panel, the Monte Carlo worker) can take them as props.
import type { UnitCode } from "@/lib/domain/units";
import type { Locale } from "@/lib/i18n/locales";
import type { IndexData } from "./spec";

export type IndexRegionMeta = { slug: string; nameZh: string; nameEn: string; adminCode: string | null };

export type IndexIndicatorMeta = {
  key: string;
  /** The store's name and unit; null when the store has no indicator with this code. */
  nameZh: string | null;
  /** The store's English name, where it has one. */
  nameEn?: string | null;
  unit: UnitCode | null;
  /** Provinces with a figure in the chosen year. */
  provinces: number;
  /**
   * What data.reference holds for it: the national figure, or for a total (additive unit) the national
   * figure divided by the provinces with a figure, so that groups compare a province with an average one.
   */
  reference: "national" | "national-per-province" | null;
  /** The sources of the chosen year's figures, by how the site names them (`nameEn`: in English, where known). */
  sources: { slug: string; name: string; nameEn?: string | null }[];
};

export type IndexInputs = {
  year: number;
  data: IndexData;
  /** Same order as data.regions. */
  regions: IndexRegionMeta[];
  /** Same order as data.indicators (the spec's order). */
  indicators: IndexIndicatorMeta[];
};

/** A source of the figures by the name the page's language gives it (the Chinese one where English has none). */
export function indexSourceName(source: { name: string; nameEn?: string | null }, locale: Locale): string {
  return locale === "en" && source.nameEn ? source.nameEn : source.name;
}

/** The names of the sources behind the figures, each once, in the spec's indicator order. */
export function indexSourceNames(inputs: IndexInputs, locale: Locale): string[] {
  return [...new Set(inputs.indicators.flatMap((i) => i.sources.map((s) => indexSourceName(s, locale))))];
}
