// What the store gives the index for one spec and year (lib/queries/index-inputs.ts reads it): the data
// matrix and, beside it, the regions' names and each indicator's name, unit, reference and sources. Plain
// types (and one helper), so a client component (the what-if panel, the Monte Carlo worker) can take them as props.
import type { UnitCode } from "@/lib/domain/units";
import type { IndexData } from "./spec";

export type IndexRegionMeta = { slug: string; nameZh: string; nameEn: string; adminCode: string | null };

export type IndexIndicatorMeta = {
  key: string;
  /** The store's name and unit; null when the store has no indicator with this code. */
  nameZh: string | null;
  unit: UnitCode | null;
  /** Provinces with a figure in the chosen year. */
  provinces: number;
  /**
   * What data.reference holds for it: the national figure, or for a total (additive unit) the national
   * figure divided by the provinces with a figure, so that groups compare a province with an average one.
   */
  reference: "national" | "national-per-province" | null;
  /** The sources of the chosen year's figures, by how the site names them. */
  sources: { slug: string; name: string }[];
};

export type IndexInputs = {
  year: number;
  data: IndexData;
  /** Same order as data.regions. */
  regions: IndexRegionMeta[];
  /** Same order as data.indicators (the spec's order). */
  indicators: IndexIndicatorMeta[];
};

/** The names of the sources behind the figures, each once, in the spec's indicator order. */
export function indexSourceNames(inputs: IndexInputs): string[] {
  return [...new Set(inputs.indicators.flatMap((i) => i.sources.map((s) => s.name)))];
}
