import { describe, expect, it } from "vitest";
import { indexDataSchema, indexSpecSchema } from "./spec";
import { sampleData, sampleSpecInput } from "./test-fixtures";

type Input = typeof sampleSpecInput;

function issues(input: unknown): string[] {
  const result = indexSpecSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

function withPillars(change: (pillars: Input["pillars"]) => unknown[]) {
  return { ...sampleSpecInput, pillars: change(structuredClone(sampleSpecInput.pillars)) };
}

describe("indexSpecSchema", () => {
  it("accepts the sample and fills in the default weighting and COINr's outlier rule", () => {
    const spec = indexSpecSchema.parse(sampleSpecInput);
    expect(spec.method.weighting).toBe("manual");
    expect(spec.method.outlierRule).toEqual({ winsoriseMax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 });
  });

  it.each([
    ["a pillar key used twice", withPillars((p) => [p[0], { ...p[1]!, key: "science" }]), "pillar key science is used twice"],
    [
      "an indicator key used twice",
      withPillars((p) => [p[0], { ...p[1]!, indicators: [{ ...p[1]!.indicators[0], key: "patents" }] }]),
      "indicator key patents is used twice",
    ],
    ["all pillar weights zero", withPillars((p) => p.map((pillar) => ({ ...pillar, weight: 0 }))), "the pillar weights are all zero"],
    [
      "all indicator weights of a pillar zero",
      withPillars((p) => [p[0], { ...p[1]!, indicators: p[1]!.indicators.map((i) => ({ ...i, weight: 0 })) }]),
      "the indicator weights of industry are all zero",
    ],
    ["a negative weight", withPillars((p) => [{ ...p[0]!, weight: -1 }, p[1]]), "weights are ≥ 0"],
    ["a version that is not semantic", { ...sampleSpecInput, version: "v1" }, "a version such as 1.0.0"],
    [
      "z-scores aggregated geometrically",
      { ...sampleSpecInput, method: { ...sampleSpecInput.method, normalisation: "zscore", aggregation: "geometric" } },
      "geometric aggregation needs non-negative scores; z-scores are not",
    ],
  ])("rejects %s", (_, input, message) => {
    expect(issues(input)).toContain(message);
  });

  it("rejects a direction other than ±1, an unknown method and a coverage share of 0", () => {
    expect(issues(withPillars((p) => [{ ...p[0]!, indicators: [{ ...p[0]!.indicators[0], direction: 0 }] }, p[1]]))).not.toEqual([]);
    expect(issues({ ...sampleSpecInput, method: { ...sampleSpecInput.method, normalisation: "softmax" } })).not.toEqual([]);
    expect(issues({ ...sampleSpecInput, method: { ...sampleSpecInput.method, coverage: { minIndicatorShare: 0 } } })).not.toEqual([]);
    expect(issues({ ...sampleSpecInput, version: undefined })).not.toEqual([]);
  });
});

describe("the spec's English labels", () => {
  const english = {
    ...sampleSpecInput,
    titleEn: "  Sample index  ",
    pillars: sampleSpecInput.pillars.map((p) => ({ ...p, labelEn: `${p.label} (en)`, indicators: p.indicators.map((i) => ({ ...i, labelEn: `${i.label} (en)` })) })),
  };

  it("are optional, trimmed and kept through a JSON round trip", () => {
    expect(indexSpecSchema.parse(sampleSpecInput)).not.toHaveProperty("titleEn");
    const spec = indexSpecSchema.parse(english);
    expect(spec.titleEn).toBe("Sample index");
    expect(spec.pillars[0]!.labelEn).toBe(`${sampleSpecInput.pillars[0]!.label} (en)`);
    expect(spec.pillars[0]!.indicators[0]!.labelEn).toBe(`${sampleSpecInput.pillars[0]!.indicators[0]!.label} (en)`);
    expect(indexSpecSchema.parse(JSON.parse(JSON.stringify(spec)))).toEqual(spec);
  });

  it("are refused blank, too long or not text", () => {
    expect(issues({ ...english, titleEn: "   " })).not.toEqual([]);
    expect(issues({ ...english, titleEn: "x".repeat(121) })).not.toEqual([]);
    expect(issues(withPillars((p) => [{ ...p[0]!, labelEn: "" }, p[1]]))).not.toEqual([]);
    expect(issues(withPillars((p) => [{ ...p[0]!, labelEn: "x".repeat(81) }, p[1]]))).not.toEqual([]);
    expect(issues(withPillars((p) => [{ ...p[0]!, indicators: [{ ...p[0]!.indicators[0], labelEn: 42 }] }, p[1]]))).not.toEqual([]);
  });
});

describe("indexDataSchema", () => {
  const messages = (input: unknown) => {
    const result = indexDataSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it("accepts the sample", () => {
    expect(messages(sampleData)).toEqual([]);
  });

  it("checks the shape of every matrix and list", () => {
    expect(messages({ ...sampleData, values: sampleData.values.slice(1) })).toContain("values needs one row per region");
    expect(messages({ ...sampleData, values: [[1], ...sampleData.values.slice(1)] })).toContain("values row 0 needs 4 cells");
    expect(messages({ ...sampleData, reference: [1] })).toContain("reference needs 4 cells");
    expect(messages({ ...sampleData, previous: [[1, 2, 3, 4]] })).toContain("previous needs one row per region");
    expect(messages({ ...sampleData, peerGroups: ["east"] })).toContain("peerGroups needs one group per region");
    expect(messages({ ...sampleData, regions: ["a", "a", "c", "d", "e"] })).toContain("regions repeat");
  });

  it("takes null for no figure but not NaN or infinity", () => {
    expect(messages({ ...sampleData, reference: [1, 2, 3, Number.NaN] })).not.toEqual([]);
    expect(messages({ ...sampleData, reference: [1, 2, 3, Infinity] })).not.toEqual([]);
  });
});
