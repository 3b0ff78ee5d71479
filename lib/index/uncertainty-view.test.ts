import { describe, expect, it } from "vitest";
import type { IndexRegionMeta } from "./inputs";
import { sampleSpec } from "./test-fixtures";
import type { SensitivityResult } from "./uncertainty";
import {
  defaultUncertaintyDraft,
  factorLabel,
  intervalRows,
  readRunnerSettings,
  readSensitivity,
  sensitivityRows,
  varyingOptions,
  type FactorLabels,
  type UncertaintyDraft,
} from "./uncertainty-view";

const labels: FactorLabels = {
  choices: { normalisation: "标准化方法", imputation: "缺失值插补", outliers: "异常值处理", aggregation: "汇总方法" },
  weightFactor: (pillar) => `权重：${pillar}`,
};

describe("readRunnerSettings", () => {
  const spec = sampleSpec();
  const draft = (patch: Partial<UncertaintyDraft>): UncertaintyDraft => ({ ...defaultUncertaintyDraft(), ...patch });

  it("reads the defaults: 1,000 runs, ±25 %, every choice against its common alternative", () => {
    const reading = readRunnerSettings(spec, defaultUncertaintyDraft());
    expect(reading).toEqual({
      ok: true,
      settings: {
        runs: 1000,
        weightNoise: 0.25,
        alternatives: { normalisation: ["minmax", "rank"], imputation: ["none", "last-year"], outliers: ["none", "winsorise"], aggregation: ["arithmetic", "geometric"] },
      },
    });
  });

  it("reads numbers as analysts type them", () => {
    expect(readRunnerSettings(spec, draft({ runs: "1,500", weightNoisePercent: "１０%" }))).toMatchObject({ ok: true, settings: { runs: 1500, weightNoise: 0.1 } });
    expect(readRunnerSettings(spec, draft({ runs: "5000", weightNoisePercent: "0" }))).toMatchObject({ ok: true, settings: { runs: 5000, weightNoise: 0 } });
  });

  it.each([
    [{ runs: "99" }, { runs: "range", weightNoise: null }],
    [{ runs: "5001" }, { runs: "range", weightNoise: null }],
    [{ runs: "300.5" }, { runs: "not-whole", weightNoise: null }],
    [{ runs: "many" }, { runs: "not-a-number", weightNoise: null }],
    [{ weightNoisePercent: "51" }, { runs: null, weightNoise: "range" }],
    [{ weightNoisePercent: "-1" }, { runs: null, weightNoise: "range" }],
    [{ runs: "", weightNoisePercent: "lots" }, { runs: "not-a-number", weightNoise: "not-a-number" }],
  ] as const)("refuses %j", (patch, problems) => {
    expect(readRunnerSettings(spec, draft(patch))).toEqual({ ok: false, problems });
  });

  it("keeps an unticked choice at the spec's own method (one option: not uncertain)", () => {
    const reading = readRunnerSettings(spec, draft({ vary: { normalisation: false, imputation: true, outliers: false, aggregation: true } }));
    expect(reading).toMatchObject({ ok: true, settings: { alternatives: { normalisation: ["minmax"], outliers: ["none"], imputation: ["none", "last-year"] } } });
  });

  it("never offers a geometric mean beside z-scores", () => {
    const zscore = sampleSpec({ normalisation: "zscore" });
    expect(varyingOptions(zscore, "aggregation")).toEqual(["arithmetic"]);
    expect(varyingOptions(zscore, "normalisation")).toEqual(["zscore", "rank"]);
  });
});

describe("intervalRows", () => {
  const regions: IndexRegionMeta[] = ["a", "b", "c"].map((slug) => ({ slug, nameZh: `省${slug}`, nameEn: slug, adminCode: null }));

  it("orders by nominal rank and places ranks on 0–100 % of a 1…n scale", () => {
    const rows = intervalRows(
      [
        { region: "c", nominalRank: 3, medianRank: 3, low: 2, high: 3 },
        { region: "a", nominalRank: 1, medianRank: 1.5, low: 1, high: 2 },
        { region: "b", nominalRank: 2, medianRank: 2, low: 1, high: 3 },
      ],
      regions,
      "zh-CN",
    );
    expect(rows.map((r) => r.name)).toEqual(["省a", "省b", "省c"]);
    expect(rows[0]).toMatchObject({ lowAt: 0, highAt: 50, medianAt: 25, nominalAt: 0 });
    expect(rows[1]).toMatchObject({ lowAt: 0, highAt: 100 });
  });

  it("puts a single region at the start and falls back to its slug for a name", () => {
    expect(intervalRows([{ region: "x", nominalRank: 1, medianRank: 1, low: 1, high: 1 }], regions, "zh-CN")[0]).toMatchObject({ name: "x", lowAt: 0, highAt: 0 });
    expect(intervalRows([{ region: "b", nominalRank: 1, medianRank: 1, low: 1, high: 1 }], regions, "en")[0]).toMatchObject({ name: "b" });
  });
});

describe("sensitivity labels and reading", () => {
  const spec = sampleSpec();
  const result = (factors: [string, number, number][], variance = 1): Extract<SensitivityResult, { status: "computed" }> => ({
    status: "computed",
    runs: 100,
    output: "mean-absolute-rank-shift",
    variance,
    factors: factors.map(([key, first, total]) => ({ key, kind: key.startsWith("weight:") ? "pillar-weight" : "choice", first, total })),
  });

  it("labels weights by their pillar and choices by name", () => {
    expect(factorLabel("weight:science", spec, labels)).toBe("权重：Science");
    expect(factorLabel("normalisation", spec, labels)).toBe("标准化方法");
    expect(factorLabel("weight:gone", spec, labels)).toBe("权重：gone");
    expect(factorLabel("other", spec, labels)).toBe("other");
  });

  it("sorts by total index and names the leading factors (within half of the largest, at most three)", () => {
    const rows = sensitivityRows(result([["weight:science", 0.05, 0.1], ["normalisation", 0.4, 0.6], ["outliers", 0.2, 0.35], ["aggregation", 0.01, 0.2]]), spec, labels);
    expect(rows.map((r) => r.key)).toEqual(["normalisation", "outliers", "aggregation", "weight:science"]);
    expect(readSensitivity(rows, 1)).toEqual({ kind: "led", labels: ["标准化方法", "异常值处理"], top: 0.6 });
  });

  it("says nothing moved when the variance is zero", () => {
    const rows = sensitivityRows(result([["normalisation", 0, 0]], 0), spec, labels);
    expect(readSensitivity(rows, 0)).toEqual({ kind: "none" });
    expect(readSensitivity([], 1)).toEqual({ kind: "none" });
  });
});
