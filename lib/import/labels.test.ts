// NBS labels to names and units, region labels to what the planner resolves, and labels to indicators.
import { describe, expect, it } from "vitest";
import { resolveIndicators, type StoredIndicator } from "./indicators";
import { categoryOf, nbsIndicatorCode, normaliseName, parseLabel, unitFromLabel } from "./labels";
import type { Placed } from "./nbs";
import { regionCellFor } from "./regions";

describe("parseLabel and unitFromLabel", () => {
  it.each([
    ["人均地区生产总值(元/人)", "人均地区生产总值", "元/人", "cny-per-capita"],
    ["地区生产总值（亿元）", "地区生产总值", "亿元", "cny-100m"],
    ["工业增加值 (亿元)", "工业增加值", "亿元", "cny-100m"],
    ["研究与试验发展(R&D)经费投入强度(%)", "研究与试验发展(R&D)经费投入强度", "%", "percent"],
    ["年末常住人口(万人)", "年末常住人口", "万人", "people-10k"],
    ["居民人均可支配收入(元)", "居民人均可支配收入", "元", "cny"],
    ["人均国内生产总值(美元/人)", "人均国内生产总值", "美元/人", "usd-per-capita"],
    ["社会消费品零售总额(万元)", "社会消费品零售总额", "万元", "cny-10k"],
    ["高新技术企业数(个)", "高新技术企业数", "个", "count"],
    ["就业人员(人)", "就业人员", "人", "people"],
    ["人民币对美元汇率(元/美元)", "人民币对美元汇率", "元/美元", "cny-per-usd"],
    ["测试用指标（％）", "测试用指标", "％", "percent"],
  ])("%s → %s in %s", (label, name, unitText, unit) => {
    expect(parseLabel(label)).toEqual({ label, name, unitText });
    expect(unitFromLabel(unitText)).toBe(unit);
  });

  it("leaves a label without a trailing unit whole, and knows no unit it was not told", () => {
    expect(parseLabel("研究与试验发展(R&D)经费")).toEqual({ label: "研究与试验发展(R&D)经费", name: "研究与试验发展(R&D)经费", unitText: null });
    expect(unitFromLabel("万吨标准煤")).toBeUndefined();
  });
});

describe("names and codes", () => {
  it("compares names after NFKC, without spaces, with one kind of bracket", () => {
    expect(normaliseName("研究与试验发展（R＆D）经费 投入强度")).toBe(normaliseName("研究与试验发展(R&D)经费投入强度"));
  });

  it("derives the same valid code from the same name and unit, and another for another unit", () => {
    const code = nbsIndicatorCode("测试用指标", "cny-100m");
    expect(code).toMatch(/^nbs-[0-9a-f]{8}$/);
    expect(nbsIndicatorCode("测试用 指标", "cny-100m")).toBe(code);
    expect(nbsIndicatorCode("测试用指标", "cny-10k")).not.toBe(code);
  });

  it("puts R&D names under rnd and the rest under economy", () => {
    expect(categoryOf("规模以上工业企业R&D经费")).toBe("rnd");
    expect(categoryOf("地区生产总值")).toBe("economy");
  });
});

describe("regionCellFor", () => {
  it.each([
    ["全国", "cn"], ["北京市", "110000"], ["北京", "110000"], ["内蒙古自治区", "150000"], ["内蒙古", "150000"],
    ["新疆维吾尔自治区", "650000"], ["广西壮族自治区", "450000"], ["西藏自治区", "540000"], ["宁夏回族自治区", "640000"],
    ["香港特别行政区", "810000"], ["吉林", "220000"], ["江西省南昌市", "360100"], ["江西南昌", "360100"], ["南昌市", "南昌市"],
  ])("%s → %s", (label, cell) => {
    expect(regionCellFor(label)).toBe(cell);
  });

  it("finds a city under the province the file names", () => {
    expect(regionCellFor("吉林市", "吉林省")).toBe("220200");
    expect(regionCellFor("南昌", "江西省")).toBe("360100");
  });
});

describe("resolveIndicators", () => {
  const stored: StoredIndicator[] = [
    { code: "gdp-per-capita-cny", nameZh: "人均地区生产总值", unit: "cny-per-capita" },
    { code: "rnd-intensity", nameZh: "研究与试验发展(R&D)经费投入强度", unit: "percent" },
    { code: "rnd-expenditure", nameZh: "研究与试验发展(R&D)经费", unit: "cny-100m" },
  ];
  const place = (text: string, line = 4): Placed => ({ text, line, column: "指标" });

  it("matches by name and unit, and creates the rest with a derived code", () => {
    const { choices, issues } = resolveIndicators([place("人均地区生产总值(元/人)"), place("研究与试验发展（R&D）经费投入强度 (%)"), place("测试用指标(亿元)")], stored, []);
    expect(issues).toEqual([]);
    expect([...choices.values()].map((c) => [c.code, c.status, c.unit])).toEqual([
      ["gdp-per-capita-cny", "existing", "cny-per-capita"],
      ["rnd-intensity", "existing", "percent"],
      [nbsIndicatorCode("测试用指标", "cny-100m"), "new", "cny-100m"],
    ]);
  });

  it("refuses a unit that contradicts the indicator of the same name, an unknown unit and a label without unit", () => {
    const { issues, detected } = resolveIndicators([place("人均地区生产总值(亿元)", 4), place("测试用指标(万吨)", 5), place("另一个测试指标", 6)], stored, []);
    expect(issues).toEqual([
      { line: 4, column: "指标", problem: "unit-mismatch", detail: "亿元 ≠ 元/人(gdp-per-capita-cny)" },
      { line: 5, column: "指标", problem: "unknown-unit", detail: "万吨" },
      { line: 6, column: "指标", problem: "label-without-unit", detail: "另一个测试指标" },
    ]);
    expect(detected.map((d) => d.status)).toEqual(["unresolved", "unresolved", "unresolved"]);
  });

  it("takes a label without unit by its name alone when one indicator has it", () => {
    const { choices } = resolveIndicators([place("研究与试验发展(R&D)经费")], stored, []);
    expect(choices.get("研究与试验发展(R&D)经费")).toMatchObject({ code: "rnd-expenditure", unit: "cny-100m", status: "existing" });
  });

  it("follows the editor's mapping: a code (unit checked), new, or one code for a one-indicator file", () => {
    const labels = [place("人均地区生产总值(亿元)"), place("测试用指标(亿元)")];
    const mapped = resolveIndicators(labels, stored, [{ label: "人均地区生产总值(亿元)", code: "new" }, { label: "测试用指标 (亿元)", code: "rnd-expenditure" }]);
    expect(mapped.issues).toEqual([]);
    expect([...mapped.choices.values()].map((c) => [c.code, c.status])).toEqual([[nbsIndicatorCode("人均地区生产总值", "cny-100m"), "new"], ["rnd-expenditure", "chosen"]]);

    expect(resolveIndicators([place("")], stored, [{ label: null, code: "rnd-intensity" }]).choices.get("")).toMatchObject({ code: "rnd-intensity", status: "chosen" });
    expect(resolveIndicators([place("")], stored, []).issues).toMatchObject([{ problem: "no-indicator-line" }]);
    expect(resolveIndicators([place("测试用指标(%)")], stored, [{ label: null, code: "rnd-expenditure" }]).issues).toMatchObject([{ problem: "unit-mismatch" }]);
    const problems = (mappings: Parameters<typeof resolveIndicators>[2]) => resolveIndicators(labels, stored, mappings).issues.map((i) => i.problem);
    expect(problems([{ label: null, code: "rnd-expenditure" }])).toContain("mapping-needs-label");
    expect(problems([{ label: "没有这个标签", code: "new" }])).toContain("unmatched-mapping");
    expect(resolveIndicators([place("测试用指标(亿元)")], stored, [{ label: null, code: "no-such-code" }]).issues).toMatchObject([{ problem: "unknown-indicator", detail: "no-such-code" }]);
  });
});
