import { describe, expect, it } from "vitest";
import { buildZoneMatrix, compareZoneMetrics, featuresOf, fixedRows, reportedCounts, type FeatureEvidence } from "./zone-matrix";

const source = { slug: "doc-001", titleZh: "文献" };
const feature = (category: FeatureEvidence["category"], key: string, labelZh = key): FeatureEvidence => ({
  category, key, labelZh, evidenceZh: `${labelZh}的依据`, source, locator: "第1段",
});

const a = { slug: "a", features: [feature("chain", "capital-chain", "资金链"), feature("practice", "fund", "基金"), feature("industry", "bio", "生物医药")] };
const b = { slug: "b", features: [feature("mechanism", "market-led", "市场引导型融合"), feature("practice", "jiebang", "揭榜挂帅"), feature("practice", "fund", "基金")] };

describe("buildZoneMatrix", () => {
  it("always shows the four chains and four mechanisms, then the practices in the order first met", () => {
    const rows = buildZoneMatrix([a, b]);
    expect(rows.slice(0, fixedRows.length).map((r) => r.key)).toEqual(fixedRows.map((r) => r.key));
    expect(rows.slice(fixedRows.length).map((r) => r.key)).toEqual(["fund", "jiebang"]);
  });

  it("puts each case's evidence in its own cell and leaves the rest empty", () => {
    const rows = buildZoneMatrix([a, b]);
    const capital = rows.find((r) => r.key === "capital-chain")!;
    expect(capital.cells.map((c) => c.evidence?.labelZh ?? null)).toEqual(["资金链", null]);
    const jiebang = rows.find((r) => r.key === "jiebang")!;
    expect(jiebang.cells.map((c) => c.slug)).toEqual(["a", "b"]);
    expect(jiebang.cells[0]!.evidence).toBeNull();
    expect(jiebang.labelZh).toBe("揭榜挂帅");
  });

  it("labels a fixed row nobody reports as null so the page can name it itself", () => {
    const rows = buildZoneMatrix([a]);
    expect(rows.find((r) => r.key === "technology-driven")!.labelZh).toBeNull();
  });

  it("counts reported cells per case and never invents one", () => {
    const counts = reportedCounts(buildZoneMatrix([a, b]));
    expect(counts.get("a")).toBe(2);
    expect(counts.get("b")).toBe(3);
    expect(reportedCounts(buildZoneMatrix([{ slug: "empty", features: [] }])).get("empty")).toBe(0);
  });

  it("keeps industries out of the shared rows", () => {
    expect(buildZoneMatrix([a]).some((r) => r.category === "industry")).toBe(false);
    expect(featuresOf(a, "industry").map((f) => f.key)).toEqual(["bio"]);
  });
});

describe("compareZoneMetrics", () => {
  const metric = (code: string, unit: string, value: number, year = 2025) => ({ code, labelZh: code, unit, value, year });
  const zhongguancun = { slug: "zgc", metrics: [metric("first-zone-founded", "year", 1988)] };
  const zhangjiang = { slug: "zj", metrics: [metric("firms", "firms", 24000), metric("universities", "universities", 4), metric("facilities", "count", 9), metric("centres", "count", 108)] };
  const suzhou = { slug: "sz", metrics: [metric("firms", "firms", 5000, 2023), metric("firms", "firms", 6000, 2024)] };

  it("lines the cases up metric by metric, in the matrix's column order", () => {
    const groups = compareZoneMetrics([zhongguancun, zhangjiang, suzhou]);
    const firms = groups.flatMap((g) => g.rows).find((r) => r.code === "firms")!;
    expect(firms.cells.map((c) => c.slug)).toEqual(["zgc", "zj", "sz"]);
    expect(firms.cells.map((c) => c.metric?.value ?? null)).toEqual([null, 24000, 6000]);
    expect(firms.reportedBy).toBe(2);
    const reversed = compareZoneMetrics([suzhou, zhangjiang]).flatMap((g) => g.rows).find((r) => r.code === "firms")!;
    expect(reversed.cells.map((c) => c.slug)).toEqual(["sz", "zj"]);
  });

  it("groups metrics by unit, so firms never share an axis with universities", () => {
    const groups = compareZoneMetrics([zhongguancun, zhangjiang]);
    expect(groups.map((g) => [g.unit, g.rows.map((r) => r.code)])).toEqual([
      ["firms", ["firms"]],
      ["universities", ["universities"]],
      ["count", ["facilities", "centres"]],
      ["year", ["first-zone-founded"]],
    ]);
    for (const group of groups) expect(new Set(group.rows.map((r) => r.unit)).size).toBe(1);
  });

  it("treats a year as a date, last and never as a quantity", () => {
    const groups = compareZoneMetrics([zhongguancun, zhangjiang]);
    expect(groups.at(-1)).toMatchObject({ unit: "year", isDate: true });
    expect(groups.filter((g) => g.isDate).flatMap((g) => g.rows.map((r) => r.code))).toEqual(["first-zone-founded"]);
    expect(groups.filter((g) => !g.isDate).every((g) => g.unit !== "year")).toBe(true);
  });
});
