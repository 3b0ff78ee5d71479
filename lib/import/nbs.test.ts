// Layout detection of NBS 国家数据 exports on grids of cells (made for the tests; round test values).
import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv";
import { looksLikeNbs, readNbsTable } from "./nbs";
import { isLongHeader } from "./rows";

const grid = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error("bad test CSV");
  return parsed.records;
};
const table = (text: string) => {
  const read = readNbsTable(grid(text));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.table;
};
const figures = (text: string) => table(text).figures.map((f) => [f.region.text, f.indicator.text, f.year, f.value]);

describe("looksLikeNbs", () => {
  it("tells an NBS export from the importer's own columns", () => {
    expect(looksLikeNbs(grid("数据库：分省年度数据\n地区,2023年\n北京市,1\n"), isLongHeader)).toBe(true);
    expect(looksLikeNbs(grid("地区,2023年\n北京市,1\n"), isLongHeader)).toBe(true);
    expect(looksLikeNbs(grid("时间,北京市\n2023年,1\n"), isLongHeader)).toBe(true);
    expect(looksLikeNbs(grid("指标,地区,年份,数值\ngdp,北京,2023,1\n"), isLongHeader)).toBe(false);
    expect(looksLikeNbs(grid("indicator,region,year,value\n"), isLongHeader)).toBe(false);
  });
});

describe("readNbsTable", () => {
  it("reads regions × years with the indicator from the 指标： line, metadata padded with commas", () => {
    const t = table("数据库：分省年度数据,,\n指标：人均地区生产总值(元/人),,\n地区：全部,,\n时间：最近2年,,\n地区,1991年,1990年\n北京市,\"2,000\",1000\n天津市,…,900\n注：测试用数据。,,\n数据来源：测试数据来源,,\n");
    expect(t.layout).toBe("regions-by-years");
    expect(t.regionSource).toBe("rows");
    expect(t.meta).toMatchObject({ database: "分省年度数据", indicator: "人均地区生产总值(元/人)", time: "最近2年", source: "测试数据来源" });
    expect(t.indicatorLabels.map((l) => [l.text, l.line, l.column])).toEqual([["人均地区生产总值(元/人)", 2, "指标："]]);
    expect(t.figures.map((f) => [f.region.text, f.year, f.value, f.line, f.column])).toEqual([
      ["北京市", 1991, "2,000", 6, "1991年"], ["北京市", 1990, "1000", 6, "1990年"], ["天津市", 1990, "900", 7, "1990年"],
    ]);
    expect(t.skippedEmpty).toBe(1);
  });

  it("takes half-width colons and a source line before the database line", () => {
    const t = table("数据来源:测试数据来源\n数据库:分省年度数据\n指标:测试用指标(亿元)\n地区,1991\n北京市,5\n");
    expect(t.meta).toMatchObject({ source: "测试数据来源", database: "分省年度数据", indicator: "测试用指标(亿元)" });
    expect(figures("数据库:分省年度数据\n指标:测试用指标(亿元)\n地区,1991\n北京市,5\n")).toEqual([["北京市", "测试用指标(亿元)", 1991, "5"]]);
  });

  it("reads indicators × years with the region from the 地区： line", () => {
    const t = table("数据库：分省年度数据\n地区：北京市\n时间：最近2年\n指标,1991年,1990年\n人均地区生产总值(元/人),200,100\n工业增加值 (亿元),-,50\n");
    expect(t.layout).toBe("indicators-by-years");
    expect(t.regionSource).toBe("region-line");
    expect(t.indicatorLabels.map((l) => [l.text, l.line, l.column])).toEqual([["人均地区生产总值(元/人)", 5, "指标"], ["工业增加值 (亿元)", 6, "指标"]]);
    expect(t.figures.map((f) => [f.region.text, f.indicator.text, f.year, f.value])).toEqual([
      ["北京市", "人均地区生产总值(元/人)", 1991, "200"], ["北京市", "人均地区生产总值(元/人)", 1990, "100"], ["北京市", "工业增加值 (亿元)", 1990, "50"],
    ]);
    expect(t.skippedEmpty).toBe(1);
  });

  it("reads the national database (年度数据) without a region line as 全国", () => {
    const t = table("数据库：年度数据\n时间：最近2年\n指标,1991年\n人均地区生产总值(元/人),300\n");
    expect(t.regionSource).toBe("national-database");
    expect(t.figures[0]!.region.text).toBe("全国");
  });

  it("refuses indicators × years with no region at all", () => {
    expect(readNbsTable(grid("数据库：分省年度数据\n指标,1991年\n测试用指标(亿元),1\n"))).toEqual({
      ok: false, issues: [{ line: 2, column: "指标", problem: "no-region-line" }],
    });
  });

  it("reads years as rows: regions as columns, or indicators as columns", () => {
    const byRegion = table("数据库：分省年度数据\n指标：测试用指标(亿元)\n时间,北京市,天津市\n1991年,20,—\n1990年,10,5\n");
    expect(byRegion.layout).toBe("years-by-regions");
    expect(byRegion.regionSource).toBe("columns");
    expect(byRegion.figures.map((f) => [f.region.text, f.year, f.value, f.column])).toEqual([
      ["北京市", 1991, "20", "北京市"], ["北京市", 1990, "10", "北京市"], ["天津市", 1990, "5", "天津市"],
    ]);
    expect(byRegion.skippedEmpty).toBe(1);

    const byIndicator = table("数据库：年度数据\n时间,人均地区生产总值(元/人),测试用指标（亿元）\n1991年,300,…\n");
    expect(byIndicator.layout).toBe("years-by-indicators");
    expect(byIndicator.indicatorLabels.map((l) => [l.text, l.line, l.column])).toEqual([
      ["人均地区生产总值(元/人)", 2, "人均地区生产总值(元/人)"], ["测试用指标（亿元）", 2, "测试用指标（亿元）"],
    ]);
    expect(byIndicator.figures.map((f) => [f.region.text, f.indicator.text, f.year])).toEqual([["全国", "人均地区生产总值(元/人)", 1991]]);
  });

  it("skips every kind of empty marker and never makes one a figure", () => {
    const t = table("指标：测试用指标(亿元)\n地区,1991年,1990年,1989年,1988年,1987年,1986年\n北京市,,…,-,—,...,——\n天津市,1,,,,,\n");
    expect(t.skippedEmpty).toBe(11);
    expect(t.figures.map((f) => f.value)).toEqual(["1"]);
  });

  it("reports a repeated year, a header that is no year and a row year that is none, each where it stands", () => {
    expect(readNbsTable(grid("指标：测试用指标(亿元)\n地区,1991年,1991年,2023年度合计\n北京市,1,2,3\n"))).toEqual({
      ok: false,
      issues: [
        { line: 2, column: "1991年", problem: "duplicate-column" },
        { line: 2, column: "2023年度合计", problem: "year-format", detail: "2023年度合计" },
      ],
    });
    expect(readNbsTable(grid("指标：测试用指标(亿元)\n时间,北京市\n合计,1\n"))).toMatchObject({ ok: false, issues: [{ line: 3, column: "时间", problem: "year-format" }] });
  });

  it("reports a cell beyond the header and a table with no header", () => {
    expect(readNbsTable(grid("指标：测试用指标(亿元)\n地区,1991年\n北京市,1,2\n"))).toMatchObject({ ok: false, issues: [{ line: 3, problem: "wrong-cell-count" }] });
    expect(readNbsTable(grid("数据库：分省年度数据\n省份,1991年\n"))).toMatchObject({ ok: false, issues: [{ line: 2, problem: "no-table" }] });
    expect(readNbsTable(grid("数据库：分省年度数据\n地区,1991年\n注：无\n"))).toMatchObject({ ok: false, issues: [{ problem: "no-rows" }] });
  });
});
