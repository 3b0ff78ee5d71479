import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { toIndexDto } from "@/lib/api/composite-index";
import { computeWithUncertainty } from "@/lib/index/uncertainty-settings";
import type { IndexInputs } from "@/lib/index/inputs";
import { sampleData, sampleSpec } from "@/lib/index/test-fixtures";
import { readXlsx } from "@/lib/import/xlsx";
import { indexDownloadName, indexResultsCsv, indexResultsXlsx, indexResultTable } from "./index-results";
import { columnLetters, sheetName, writeXlsx } from "./xlsx";

const spec = sampleSpec();
const inputs: IndexInputs = {
  year: 2023,
  data: sampleData,
  regions: sampleData.regions.map((slug) => ({ slug, nameZh: `省${slug}`, nameEn: slug, adminCode: null })),
  indicators: [],
};
const dto = toIndexDto(spec, inputs, computeWithUncertainty(spec, inputs.data));

describe("index results as files", () => {
  it("names files for the spec and year", () => {
    expect(indexDownloadName("default", 2023, "csv")).toBe("kechan-index-default-2023.csv");
  });

  it("has one row per ranked region in rank order, with a column per pillar", () => {
    const { columns, rows } = indexResultTable(dto, spec);
    expect(columns).toContain("pillar_science");
    expect(columns).toContain("pillar_industry");
    expect(rows).toHaveLength(dto.regions.length);
    const rank = columns.indexOf("rank");
    expect(rows.map((r) => r[rank])).toEqual(dto.regions.map((r) => r.rank));
    const first = dto.regions[0]!;
    expect(rows[0]![columns.indexOf("region")]).toBe(first.slug);
    expect(rows[0]![columns.indexOf("score")]).toBe(first.score);
    expect(rows[0]![columns.indexOf("pillar_science")]).toBe(first.pillars.science);
    expect(rows[0]![columns.indexOf("rank_p5")]).toBe(first.rankInterval![0]);
  });

  it("writes CSV with a BOM, a header and a line per region", () => {
    const csv = indexResultsCsv(dto, spec);
    expect(csv.startsWith("\uFEFFspec,version,year,rank,region")).toBe(true);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + dto.regions.length);
    expect(lines[1]!.startsWith(`sample-index,1.0.0,2023,1,${dto.regions[0]!.slug},`)).toBe(true);
  });

  it("writes a workbook the site's own reader opens, with the excluded regions and what the figures are", () => {
    const bytes = indexResultsXlsx(dto, spec, ["《年鉴》表1"], "zh-CN");
    const results = readXlsx(bytes, "排名");
    expect(results.ok).toBe(true);
    if (!results.ok) return;
    expect(results.sheets).toEqual(["排名", "未纳入", "说明"]);
    expect(results.rows[0]!.cells.slice(0, 5)).toEqual(["spec", "version", "year", "rank", "region"]);
    expect(results.rows).toHaveLength(1 + dto.regions.length);
    const excluded = readXlsx(bytes, "未纳入");
    expect(excluded.ok && excluded.rows.length).toBe(1 + dto.excluded.length);
    const about = readXlsx(bytes, "说明");
    expect(about.ok && about.rows.some((r) => r.cells[1] === "《年鉴》表1")).toBe(true);
  });

  it("names the sheets in English for an English page, with the same columns", () => {
    const bytes = indexResultsXlsx(dto, spec, ["China Statistical Yearbook"], "en");
    const results = readXlsx(bytes);
    expect(results.ok).toBe(true);
    if (!results.ok) return;
    expect(results.sheets).toHaveLength(3);
    expect(results.sheets.join("")).not.toMatch(/\p{Script=Han}/u);
    expect(results.rows[0]!.cells.slice(0, 5)).toEqual(["spec", "version", "year", "rank", "region"]);
  });

  it("names the framework by its English title in English, where the spec gives one", () => {
    const framework = (bytes: Uint8Array) => {
      const about = readXlsx(bytes, "About");
      return about.ok ? about.rows.find((r) => r.cells[0] === "Framework")?.cells[1] : undefined;
    };
    const bilingual = { ...spec, title: "样本指数", titleEn: "Sample index (en)" };
    expect(framework(indexResultsXlsx(dto, bilingual, [], "en"))).toBe("Sample index (en)");
    expect(framework(indexResultsXlsx(dto, { ...spec, title: "样本指数" }, [], "en"))).toBe("样本指数");
  });
});

describe("writeXlsx", () => {
  it("keeps text that looks like a formula as text, escaped", () => {
    const bytes = writeXlsx([{ name: "a/b:c", rows: [["=SUM(1,2)", "<&>", 1.5, null]] }]);
    const sheet = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
    expect(sheet).not.toContain("<f>");
    expect(sheet).toContain("&lt;&amp;&gt;");
    const read = readXlsx(bytes);
    expect(read.ok && read.rows[0]!.cells).toEqual(["=SUM(1,2)", "<&>", "1.5"]);
    expect(read.ok && read.sheet).toBe("a b c");
  });

  it("names columns and sheets as Excel does", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(sheetName("x".repeat(40))).toHaveLength(31);
  });
});
