import { describe, expect, it } from "vitest";
import { computeIndex, type IndexResult } from "./compute";
import { sampleData, sampleSpec } from "./test-fixtures";

function computed(result: IndexResult) {
  if (result.status !== "computed") throw new Error(`not computed: ${result.reason}`);
  return result;
}

const byRegion = (result: IndexResult) => new Map(computed(result).regions.map((r) => [r.region, r]));

// Min-max over a–d (e is excluded): rd 0/50/100/–, patents 0/66.7/33.3/100, hi-tech 0/0/100/–,
// energy (less is better) 66.7/100/33.3/0. Science = mean of rd and patents; industry = ⅔ hi-tech + ⅓ energy.
describe("computeIndex (min-max, arithmetic, no imputation)", () => {
  const result = computed(computeIndex(sampleSpec(), sampleData));
  const regions = byRegion(result);

  it("excludes the region with one figure in four, with the reason", () => {
    expect(result.excluded).toEqual([
      { region: "e", reason: "coverage", share: 0.25, required: 0.5, missing: ["rd-intensity", "patents", "hi-tech-share"] },
    ]);
    expect(regions.has("e")).toBe(false);
  });

  it("scores pillars and the index by hand", () => {
    expect(regions.get("a")!.pillars).toEqual([
      { key: "science", score: 0 },
      { key: "industry", score: expect.closeTo(200 / 9, 10) },
    ]);
    expect(regions.get("a")!.score).toBeCloseTo(100 / 9, 10);
    expect(regions.get("b")!.score).toBeCloseTo((175 / 3 + 100 / 3) / 2, 10);
    expect(regions.get("c")!.score).toBeCloseTo((200 / 3 + 700 / 9) / 2, 10);
    // d has patents and energy only: science 100, industry 0.
    expect(regions.get("d")!.score).toBeCloseTo(50, 10);
  });

  it("ranks highest first", () => {
    expect(result.regions.map((r) => [r.region, r.rank])).toEqual([
      ["c", 1],
      ["d", 2],
      ["b", 3],
      ["a", 4],
    ]);
  });

  it("groups against the national composite (every national figure sits at 50 here)", () => {
    expect(result.nationalScore).toBeCloseTo(50, 10);
    expect(result.regions.map((r) => [r.region, r.group, r.tier])).toEqual([
      ["c", "leader", 1],
      ["d", "strong", 2],
      ["b", "moderate", 3],
      ["a", "emerging", 3],
    ]);
    expect(regions.get("c")!.percentOfNational).toBeCloseTo(((200 / 3 + 700 / 9) / 2 / 50) * 100, 10);
  });

  it("records the spec it was computed with", () => {
    expect(result.spec).toEqual({ key: "sample-index", version: "1.0.0" });
  });
});

describe("computeIndex options", () => {
  it("flags imputed figures (group mean)", () => {
    const regions = byRegion(computeIndex(sampleSpec({ imputation: "group-mean" }), sampleData));
    expect(regions.get("d")!.imputed).toEqual(["rd-intensity", "hi-tech-share"]);
    expect(regions.get("a")!.imputed).toEqual([]);
    // d's rd is imputed at mean(1, 2, 3) = 2 → 50; its hi-tech share at 25/3 → (25/3 − 5) / 10 = 1/3 → 100/3.
    expect(regions.get("d")!.pillars[0]!.score).toBeCloseTo(75, 10);
    expect(regions.get("d")!.pillars[1]!.score).toBeCloseTo((2 / 3) * (100 / 3), 10);
  });

  it("flags winsorised figures and clamps the national figure the same way", () => {
    const spec = sampleSpec({ outliers: "winsorise", coverage: { minIndicatorShare: 0.25 } });
    const patents = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];
    const data = {
      regions: patents.map((_, i) => `r${i}`),
      indicators: ["patents"],
      values: patents.map((p) => [p]),
      reference: [200],
    };
    const result = computed(computeIndex(spec, data));
    const regions = byRegion(result);
    expect(regions.get("r11")!.winsorised).toEqual(["patents"]);
    expect(regions.get("r10")!.winsorised).toEqual([]);
    expect(regions.get("r11")!.score).toBe(100);
    expect(regions.get("r10")!.score).toBe(100);
    expect(result.nationalScore).toBe(100);
    // The spec's other indicators have no column in this data.
    expect(result.warnings.map((w) => [w.indicator, w.reason])).toEqual([
      ["rd-intensity", "no-values"],
      ["hi-tech-share", "no-values"],
      ["energy-intensity", "no-values"],
    ]);
  });

  it("takes each region's pillar weights from a stage scheme", () => {
    const science = new Map([["science", 1]]);
    const industry = new Map([["industry", 1]]);
    const regions = byRegion(computeIndex(sampleSpec(), sampleData, { pillarWeightsFor: (region) => (region === "a" ? industry : science) }));
    expect(regions.get("a")!.score).toBeCloseTo(200 / 9, 10);
    expect(regions.get("b")!.score).toBeCloseTo(175 / 3, 10);
  });

  it("aggregates geometrically no higher than arithmetically, region by region", () => {
    const arithmetic = byRegion(computeIndex(sampleSpec(), sampleData));
    const geometric = computed(computeIndex(sampleSpec({ aggregation: "geometric" }), sampleData));
    for (const region of geometric.regions) expect(region.score).toBeLessThanOrEqual(arithmetic.get(region.region)!.score + 1e-9);
    // a: science = √(1·1) − 1 = 0; industry = 1^⅔ · (1 + 200/3)^⅓ − 1.
    const a = geometric.regions.find((r) => r.region === "a")!;
    expect(a.pillars[1]!.score).toBeCloseTo(Math.cbrt(1 + 200 / 3) - 1, 10);
  });

  it("says which indicators could not be normalised, and goes on without them", () => {
    const result = computed(computeIndex(sampleSpec({ normalisation: "distance-to-reference" }), { ...sampleData, reference: [2, null, 10, 2.5] }));
    expect(result.warnings).toEqual([{ indicator: "patents", reason: "no-reference" }]);
    // a: rd 1 vs 2 → 50; hi-tech 5 vs 10 → 50; energy 2 vs 2.5, less is better → 120.
    expect(byRegion(result).get("a")!.score).toBeCloseTo((50 + (50 * 2) / 3 + 120 / 3) / 2, 10);
  });

  it("returns 'empty' when no region has enough figures, and leaves groups out without a national figure", () => {
    expect(computeIndex(sampleSpec({ coverage: { minIndicatorShare: 1 } }), { ...sampleData, values: sampleData.values.map((row) => [null, ...row.slice(1)]) })).toMatchObject({
      status: "empty",
      reason: "no-region-covered",
    });
    const noReference = computed(computeIndex(sampleSpec(), { ...sampleData, reference: undefined }));
    expect(noReference.nationalScore).toBeNull();
    expect(noReference.regions.every((r) => r.group === null && r.tier === null && r.percentOfNational === null)).toBe(true);
  });

  it("ignores (and reports) data columns the spec does not name", () => {
    const data = { ...sampleData, indicators: [...sampleData.indicators, "extra"], values: sampleData.values.map((row) => [...row, 1]), reference: [...sampleData.reference!, 1] };
    const result = computed(computeIndex(sampleSpec(), data));
    expect(result.warnings).toEqual([{ indicator: "extra", reason: "not-in-spec" }]);
    expect(result.regions.map((r) => r.region)).toEqual(["c", "d", "b", "a"]);
  });
});
