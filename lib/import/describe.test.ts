// What the importer detected, in words: the CLI's lines, in Chinese or English.
import { describe, expect, it } from "vitest";
import { describeDetection } from "./describe";
import type { ImportDetection } from "./index";

const nbs: ImportDetection = {
  format: "xlsx",
  encoding: null,
  sheet: "年度数据",
  sheets: ["年度数据"],
  layout: "regions-by-years",
  regionSource: "rows",
  region: null,
  database: null,
  source: null,
  indicators: [
    { label: "地区生产总值(亿元)", status: "existing", code: "gdp", unit: "cny-100m" },
    { label: "某指标", status: "unresolved", unitText: null },
  ],
  skippedEmpty: 2,
} as unknown as ImportDetection;

describe("describeDetection", () => {
  it("names the format, sheet, layout, region, source and each indicator", () => {
    const lines = describeDetection(nbs, "zh-CN");
    expect(lines[0]).toContain("工作表「年度数据」");
    expect(lines).toHaveLength(6);
    expect(lines[4]).toContain("gdp");
    expect(lines[4]).toContain("亿元 cny-100m");
  });

  it("writes the same lines in English, quoting the file's own names", () => {
    const lines = describeDetection(nbs, "en");
    expect(lines).toHaveLength(6);
    expect(lines[0]).toContain('sheet "年度数据"');
    expect(lines[4]).toContain("100 million CNY cny-100m");
    expect(lines[2]).not.toMatch(/\p{Script=Han}/u);
  });

  it("stops after the first line for the site's own long format", () => {
    expect(describeDetection({ ...nbs, layout: "long", sheet: null }, "en")).toHaveLength(1);
  });
});
