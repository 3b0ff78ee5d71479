// A seeded, made-up index problem for bench/index: regions × indicators in pillars, with gaps, a few
// regions too sparse to rank, last year's figures, a national reference and a few outliers. Every name
// says SYNTHETIC; it lives only in memory (Node or a Web Worker) and is never written to the store.
import { defaultIndexSpec } from "@/seed/data/index-specs";
import { seededRandom } from "@/lib/index/random";
import { indexDataSchema, indexSpecSchema, type IndexData, type IndexSpec } from "@/lib/index/spec";

export type SyntheticIndexOptions = { regions?: number; indicators?: number; pillars?: number; seed?: number };

export const syntheticRegionName = (r: number) => `SYNTHETIC-region-${String(r + 1).padStart(3, "0")}`;
const indicatorKey = (i: number) => `synthetic-indicator-${String(i + 1).padStart(2, "0")}`;

// Shares chosen so that every method has work to do: last-year fills most gaps, coverage excludes a few
// regions, and the outliers make some indicators fail COINr's skew/kurtosis check.
const gapShare = 0.06;
const previousGapShare = 0.3;
const sparseRegionEvery = 50;
const outlierIndicatorEvery = 4;
const lessIsBetterEvery = 7;

/** Deterministic for a given seed: the same figures in Node and in a browser. */
export function syntheticIndex(options: SyntheticIndexOptions = {}): { spec: IndexSpec; data: IndexData } {
  const regionCount = options.regions ?? 300;
  const indicatorCount = options.indicators ?? 30;
  const pillarCount = options.pillars ?? 6;
  const random = seededRandom(options.seed ?? 13);
  const keys = Array.from({ length: indicatorCount }, (_, i) => indicatorKey(i));

  const spec = indexSpecSchema.parse({
    key: `synthetic-${regionCount}x${indicatorCount}`,
    version: "1.0.0",
    title: `SYNTHETIC 合成基准指数（${regionCount} 个虚构地区 × ${indicatorCount} 个虚构指标，仅供性能测试）`,
    pillars: Array.from({ length: pillarCount }, (_, p) => ({
      key: `synthetic-pillar-${p + 1}`,
      label: `SYNTHETIC 支柱 ${p + 1}`,
      weight: 1 + (p % 3) * 0.5,
      indicators: keys
        .map((key, i) => ({ key, i }))
        .filter(({ i }) => i % pillarCount === p)
        .map(({ key, i }) => ({ key, label: `SYNTHETIC 指标 ${i + 1}`, direction: i % lessIsBetterEvery === lessIsBetterEvery - 1 ? -1 : 1, weight: 1 + (i % 2) })),
    })),
    // The starter framework's method, so the bench times what the site computes.
    method: defaultIndexSpec.method,
  });

  // A region's size drives all its figures (as a province's does), each indicator with its own noise.
  const size = Array.from({ length: regionCount }, () => Math.exp(2 * random()));
  const values: (number | null)[][] = [];
  const previous: (number | null)[][] = [];
  for (let r = 0; r < regionCount; r++) {
    const row: (number | null)[] = [];
    const lastYear: (number | null)[] = [];
    const sparse = r % sparseRegionEvery === sparseRegionEvery - 1;
    for (let i = 0; i < indicatorCount; i++) {
      let value = 100 * (i + 1) * size[r]! * (0.5 + random());
      // One region in 60 is an outlier on every fourth indicator: 20× the figure it would have had.
      if (i % outlierIndicatorEvery === 0 && random() < 1 / 60) value *= 20;
      const figure = Math.round(value * 100) / 100;
      row.push((sparse ? random() < 0.5 : random() < gapShare) ? null : figure);
      lastYear.push(random() < previousGapShare ? null : Math.round(figure * (0.85 + 0.1 * random()) * 100) / 100);
    }
    values.push(row);
    previous.push(lastYear);
  }
  // The reference is the mean region, as lib/queries/index-inputs.ts gives a total's national figure per province.
  const reference = keys.map((_, i) => {
    const present = values.map((row) => row[i]).filter((v): v is number => v !== null && v !== undefined);
    return present.length ? present.reduce((sum, v) => sum + v, 0) / present.length : null;
  });

  const data = indexDataSchema.parse({
    regions: Array.from({ length: regionCount }, (_, r) => syntheticRegionName(r)),
    indicators: keys,
    values,
    reference,
    previous,
    peerGroups: Array.from({ length: regionCount }, (_, r) => `synthetic-group-${(r % 4) + 1}`),
  });
  return { spec, data };
}
