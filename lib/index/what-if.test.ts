import { describe, expect, it } from "vitest";
import { computeIndex } from "./compute";
import type { IndexRegionMeta } from "./inputs";
import { indexSpecSchema } from "./spec";
import { sampleData, sampleSpec } from "./test-fixtures";
import { applyWhatIf, compareRanks, draftFromSpec, readWeight, weightShares, whatIfExport, type WhatIfDraft } from "./what-if";

const regions: IndexRegionMeta[] = sampleData.regions.map((slug) => ({ slug, nameZh: `省${slug}`, nameEn: slug, adminCode: null }));

describe("readWeight", () => {
  it.each([
    ["1.5", 1.5],
    ["２", 2],
    [" 3 ", 3],
    ["1,000", 1000],
    ["0", 0],
    ["30%", 0.3],
    ["30％", 0.3],
    ["１２．５%", 0.125],
  ])("reads %j as %d", (typed, value) => {
    expect(readWeight(typed)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "not-a-number"],
    ["abc", "not-a-number"],
    ["1,23", "not-a-number"],
    ["%", "not-a-number"],
    ["-1", "negative"],
    ["-5%", "negative"],
  ] as const)("refuses %j (%s)", (typed, problem) => {
    expect(readWeight(typed)).toEqual({ ok: false, problem });
  });
});

describe("applyWhatIf", () => {
  const spec = sampleSpec();

  it("gives back the spec itself, unchanged, from the spec's own draft", () => {
    const outcome = applyWhatIf(spec, draftFromSpec(spec));
    expect(outcome).toEqual({ status: "ready", spec, changed: false });
  });

  it("applies typed weights and a method, and says the spec changed", () => {
    const draft: WhatIfDraft = { weights: ["３", "25%"], method: { ...draftFromSpec(spec).method, normalisation: "rank" } };
    const outcome = applyWhatIf(spec, draft);
    expect(outcome.status).toBe("ready");
    if (outcome.status !== "ready") return;
    expect(outcome.changed).toBe(true);
    expect(outcome.spec.pillars.map((p) => p.weight)).toEqual([3, 0.25]);
    expect(outcome.spec.method.normalisation).toBe("rank");
    // The indicators, citations and the rest of the method stay as the spec has them.
    expect(outcome.spec.pillars[1]!.indicators).toEqual(spec.pillars[1]!.indicators);
    expect(outcome.spec.method.coverage).toEqual(spec.method.coverage);
  });

  it("refuses z-scores with a geometric mean next to the aggregation, as the spec schema does", () => {
    const draft: WhatIfDraft = { ...draftFromSpec(spec), method: { ...draftFromSpec(spec).method, normalisation: "zscore", aggregation: "geometric" } };
    expect(indexSpecSchema.safeParse({ ...spec, method: { ...spec.method, ...draft.method } }).success).toBe(false);
    const outcome = applyWhatIf(spec, draft);
    expect(outcome).toMatchObject({ status: "invalid", problems: { zscoreGeometric: true, allZero: false, weights: [null, null], other: [] } });
  });

  it("refuses all-zero weights and names each weight that does not read", () => {
    expect(applyWhatIf(spec, { ...draftFromSpec(spec), weights: ["0", "0%"] })).toMatchObject({ status: "invalid", problems: { allZero: true, weights: [null, null] } });
    expect(applyWhatIf(spec, { ...draftFromSpec(spec), weights: ["x", "-2"] })).toMatchObject({
      status: "invalid",
      problems: { weights: ["not-a-number", "negative"], zscoreGeometric: false },
    });
  });

  it("treats a missing weight entry as not a number", () => {
    expect(applyWhatIf(spec, { ...draftFromSpec(spec), weights: ["1"] })).toMatchObject({ status: "invalid", problems: { weights: [null, "not-a-number"] } });
  });
});

describe("weightShares", () => {
  it("gives each weight's share of the readable total", () => {
    expect(weightShares({ ...draftFromSpec(sampleSpec()), weights: ["1", "3"] })).toEqual([0.25, 0.75]);
    expect(weightShares({ ...draftFromSpec(sampleSpec()), weights: ["1", "x"] })).toEqual([1, null]);
    expect(weightShares({ ...draftFromSpec(sampleSpec()), weights: ["0", "0"] })).toEqual([null, null]);
  });
});

describe("compareRanks", () => {
  const spec = sampleSpec();
  const base = computeIndex(spec, sampleData);

  it("shows no change when nothing changed", () => {
    const comparison = compareRanks(base, base, regions, "zh-CN");
    expect(comparison.status).toBe("computed");
    if (comparison.status !== "computed") return;
    expect(comparison.moved).toBe(0);
    expect(comparison.rows.every((r) => r.change === 0 && r.rank === r.baseRank)).toBe(true);
    expect(comparison.rows[0]!.name).toBe(`省${comparison.rows[0]!.slug}`);
    const english = compareRanks(base, base, regions, "en");
    expect(english.status === "computed" && english.rows[0]!.name).toBe(comparison.rows[0]!.slug);
  });

  it("counts places gained and lost when only one pillar weighs", () => {
    const onlyIndustry = applyWhatIf(spec, { ...draftFromSpec(spec), weights: ["0", "1"] });
    if (onlyIndustry.status !== "ready") throw new Error("expected a valid spec");
    const comparison = compareRanks(base, computeIndex(onlyIndustry.spec, sampleData), regions, "zh-CN");
    if (comparison.status !== "computed" || base.status !== "computed") throw new Error("expected ranks");
    const baseRank = new Map(base.regions.map((r) => [r.region, r.rank]));
    for (const row of comparison.rows) expect(row.change).toBe(baseRank.get(row.slug)! - row.rank!);
    expect(comparison.moved).toBeGreaterThan(0);
    expect(comparison.rows.map((r) => r.rank)).toEqual([...comparison.rows.map((r) => r.rank)].sort((a, b) => a! - b!));
  });

  it("lists a region ranked only by the spec last, without a rank", () => {
    if (base.status !== "computed") throw new Error("expected ranks");
    const fewer = { ...base, regions: base.regions.slice(1).map((r, i) => ({ ...r, rank: i + 1 })) };
    const comparison = compareRanks(base, fewer, regions, "zh-CN");
    if (comparison.status !== "computed") throw new Error("expected ranks");
    expect(comparison.rows.at(-1)).toMatchObject({ slug: base.regions[0]!.region, rank: null, change: null, baseRank: 1 });
  });

  it("passes on an empty what-if result", () => {
    expect(compareRanks(base, { status: "empty", reason: "no-score", excluded: [], warnings: [] }, regions, "zh-CN")).toEqual({ status: "empty", reason: "no-score" });
  });
});

describe("whatIfExport", () => {
  it("keys the file <key>-what-if and names it so, and it reads back as a spec", () => {
    const spec = sampleSpec();
    const edited = applyWhatIf(spec, { ...draftFromSpec(spec), weights: ["2", "1"] });
    if (edited.status !== "ready") throw new Error("expected a valid spec");
    const file = whatIfExport(spec, edited.spec, (title) => `${title}（假设情景）`);
    expect(file.fileName).toBe("sample-index-what-if.json");
    expect(file.spec.key).toBe("sample-index-what-if");
    expect(file.spec.title).toBe("Sample index（假设情景）");
    expect(indexSpecSchema.parse(JSON.parse(JSON.stringify(file.spec))).pillars.map((p) => p.weight)).toEqual([2, 1]);
  });

  it("keeps a long key within the schema's 60 characters", () => {
    for (const key of [`${"a".repeat(50)}-bcdefgh`, `${"a".repeat(51)}-bbbbbb`]) {
      const long = indexSpecSchema.parse({ ...sampleSpec(), key });
      const file = whatIfExport(long, long, (t) => t);
      expect(file.spec.key.length).toBeLessThanOrEqual(60);
      expect(indexSpecSchema.safeParse(file.spec).success).toBe(true);
    }
  });
});
