// A province's place in the starter 科产融合 index for the region profile: its rank of all ranked, rank
// interval, group, pillar scores and strongest and weakest indicators, or that it was left out for coverage.
import "server-only";
import { toIndexDto, type IndexDto, type IndexRegionDto } from "@/lib/api/composite-index";
import type { IndexInputs } from "@/lib/index/inputs";
import type { IndexSpec } from "@/lib/index/spec";
import { regionStrengths } from "@/lib/index/strengths";
import { defaultIndexYear } from "./index-inputs";
import { getIndexRun } from "./index-results";
import { defaultIndexSpecKey, getIndexSpec } from "./index-specs";

export type RegionIndexView =
  | {
      status: "ranked";
      spec: string;
      title: string;
      /** The spec's English title and labels, where it gives them (the panel chooses by the page's language). */
      titleEn?: string;
      year: number;
      of: number;
      region: IndexRegionDto;
      pillars: { key: string; label: string; labelEn?: string; score: number | null }[];
      strengths: { label: string; labelEn?: string; rank: number; of: number }[];
      weaknesses: { label: string; labelEn?: string; rank: number; of: number }[];
    }
  | { status: "excluded"; spec: string; title: string; titleEn?: string; year: number };

/** Pure: the view for `slug` from a computed index, or null when the index does not list the region at all. */
export function regionIndexView(spec: IndexSpec, inputs: IndexInputs, dto: IndexDto, slug: string): RegionIndexView | null {
  const base = { spec: spec.key, title: spec.title, ...(spec.titleEn ? { titleEn: spec.titleEn } : {}), year: dto.year };
  if (dto.excluded.some((e) => e.slug === slug)) return { status: "excluded", ...base };
  const region = dto.regions.find((r) => r.slug === slug);
  if (!region) return null;
  const indicators = new Map(spec.pillars.flatMap((p) => p.indicators.map((i) => [i.key, i] as const)));
  const directions = new Map([...indicators].map(([key, i]) => [key, i.direction] as const));
  const [own] = regionStrengths(inputs.data, [slug, ...dto.regions.map((r) => r.slug).filter((s) => s !== slug)], { directions });
  const named = (s: { indicator: string; rank: number; of: number }) => {
    const labelEn = indicators.get(s.indicator)?.labelEn;
    return { label: indicators.get(s.indicator)?.label ?? s.indicator, ...(labelEn ? { labelEn } : {}), rank: s.rank, of: s.of };
  };
  return {
    status: "ranked",
    ...base,
    of: dto.regions.length,
    region,
    pillars: spec.pillars.map((p) => ({ key: p.key, label: p.label, ...(p.labelEn ? { labelEn: p.labelEn } : {}), score: Object.hasOwn(region.pillars, p.key) ? (region.pillars[p.key] ?? null) : null })),
    strengths: own?.strengths.map(named) ?? [],
    weaknesses: own?.weaknesses.map(named) ?? [],
  };
}

/** The starter index for the default year (the results are cached per store version in index-results.ts). */
export async function getRegionIndexView(slug: string): Promise<RegionIndexView | null> {
  const stored = await getIndexSpec(defaultIndexSpecKey);
  if (!stored) return null;
  const year = await defaultIndexYear(stored.spec);
  if (year === null) return null;
  const { inputs, computation } = await getIndexRun(stored.spec, year);
  const dto = toIndexDto(stored.spec, inputs, computation);
  if (dto.status === "empty") return null;
  return regionIndexView(stored.spec, inputs, dto, slug);
}
