import { describe, expect, it } from "vitest";
import { apaCitation, citationAuthors, citationOf, citeTypeOf, gbtCitation, sourceName, sourceNameLang, type CitableSource } from "./citation";

const article: CitableSource = {
  kind: "document", titleZh: "科技创新和产业创新融合发展探索实践", titleEn: "Exploring the Integration in Practice",
  authors: "石艳蕾", published: "2025", citeType: "J", url: null, tableRef: null, retrieved: null,
};
const yearbook: CitableSource = {
  kind: "statistics", titleZh: "中国统计年鉴2002", titleEn: "China Statistical Yearbook 2002", authors: "国家统计局",
  published: "2002", citeType: null, url: "https://example.org/C0309e.htm", tableRef: "3-9", retrieved: "2026-11-27",
};

describe("citationAuthors", () => {
  it.each([
    ["石艳蕾", ["石艳蕾"]],
    ["冯雪妍;盛方富", ["冯雪妍", "盛方富"]],
    ["蒋娇燕（执笔）", ["蒋娇燕"]],
    ["国家统计局、科学技术部、财政部", ["国家统计局", "科学技术部", "财政部"]],
    ["GitHub 仓库 huhuaping/techme（国家统计局网页 HTML 存档）", ["GitHub 仓库 huhuaping/techme"]],
    ["佚名（署名为研究员；另一人亦有贡献）", []],
  ])("%s", (display, names) => expect(citationAuthors(display)).toEqual(names));
});

describe("citeTypeOf", () => {
  it("keeps a stored type, reads data files as data sets, other statistics as online resources, the rest as other", () => {
    expect(citeTypeOf(article)).toBe("J");
    expect(citeTypeOf(yearbook)).toBe("EB/OL");
    expect(citeTypeOf({ ...yearbook, url: "https://github.com/o/r/blob/abc/data/gdp.csv" })).toBe("DS/OL");
    expect(citeTypeOf({ kind: "document", citeType: "nonsense", url: null })).toBe("Z");
  });
});

describe("gbtCitation (GB/T 7714-2015)", () => {
  it("journal article: [J], journal not known is marked, year", () => {
    expect(gbtCitation(article)).toBe("石艳蕾. 科技创新和产业创新融合发展探索实践[J]. [刊名不详], 2025.");
  });
  it("newspaper article: [N], two authors joined with commas", () => {
    expect(gbtCitation({ ...article, citeType: "N", authors: "冯雪妍;盛方富", titleZh: "如何答好必答题" }))
      .toBe("冯雪妍, 盛方富. 如何答好必答题[N]. [报纸名不详], 2025.");
  });
  it("more than three authors: three, then 等", () => {
    expect(gbtCitation({ ...article, authors: "甲、乙、丙、丁" })).toBe("甲, 乙, 丙, 等. 科技创新和产业创新融合发展探索实践[J]. [刊名不详], 2025.");
  });
  it("unnamed author: 佚名", () => {
    expect(gbtCitation({ ...article, authors: "佚名（署名为研究员）" })).toBe("佚名. 科技创新和产业创新融合发展探索实践[J]. [刊名不详], 2025.");
  });
  it("online statistical table: [EB/OL], (published)[accessed] and URL", () => {
    expect(gbtCitation(yearbook)).toBe("国家统计局. 中国统计年鉴2002:3-9[EB/OL]. (2002)[2026-11-27]. https://example.org/C0309e.htm.");
  });
  it("online post with no URL or access date known: leaves them out", () => {
    expect(gbtCitation({ ...article, citeType: "EB/OL", authors: "某人（执笔）" })).toBe("某人. 科技创新和产业创新融合发展探索实践[EB/OL]. (2025).");
  });
  it("data file: [DS/OL]", () => {
    expect(gbtCitation({ ...yearbook, url: "https://x.org/a.tsv", tableRef: null })).toBe("国家统计局. 中国统计年鉴2002[DS/OL]. (2002)[2026-11-27]. https://x.org/a.tsv.");
  });
  it("report: [R] and year", () => {
    expect(gbtCitation({ ...article, citeType: "R" })).toBe("石艳蕾. 科技创新和产业创新融合发展探索实践[R]. 2025.");
  });
});

describe("the part of a publication a reference names", () => {
  it.each([
    ["3-9 Gross Domestic Product by Region (2001)", true],
    ["附表2　2019年各地区研究与试验发展（R&D）经费情况", true],
    ["表1　2023年各地区", true],
    ["Appendix III: Main Indicators", true],
    ["Figure 2.1 GDP per capita", true],
    ["新闻正文", false],
    ["公报正文·一、R&D经费情况", false],
    ["province_year_socioeconomic_covariates.tsv (2011年各行)", false],
  ])("%s → named: %s", (tableRef, named) => {
    expect(gbtCitation({ ...yearbook, tableRef }).includes(tableRef)).toBe(named);
    expect(apaCitation({ ...yearbook, tableRef }).includes(tableRef)).toBe(named);
  });
  it("is left out when the title already holds it", () => {
    expect(gbtCitation({ ...yearbook, titleZh: "中国历年强度统计(2012-2020)", tableRef: "中国历年强度统计(2012-2020)" }))
      .toBe("国家统计局. 中国历年强度统计(2012-2020)[EB/OL]. (2002)[2026-11-27]. https://example.org/C0309e.htm.");
  });
});

describe("apaCitation (APA 7)", () => {
  it("article: author, (year), title with the English title in brackets", () => {
    expect(apaCitation(article)).toBe("石艳蕾. (2025). 科技创新和产业创新融合发展探索实践 [Exploring the Integration in Practice].");
  });
  it("two authors: &", () => {
    expect(apaCitation({ ...article, authors: "冯雪妍;盛方富" })).toMatch(/^冯雪妍, & 盛方富\. \(2025\)\./);
  });
  it("three authors: commas and & before the last", () => {
    expect(apaCitation({ ...article, authors: "甲、乙、丙" })).toMatch(/^甲, 乙, & 丙\. /);
  });
  it("no author: the title moves to the front", () => {
    expect(apaCitation({ ...article, authors: "佚名" })).toBe("科技创新和产业创新融合发展探索实践 [Exploring the Integration in Practice]. (2025).");
  });
  it("online table: table after the title, retrieval date and URL", () => {
    expect(apaCitation(yearbook)).toBe(
      "国家统计局. (2002). 中国统计年鉴2002: 3-9 [China Statistical Yearbook 2002]. Retrieved November 27, 2026, from https://example.org/C0309e.htm",
    );
  });
  it("year and month; a data set says so", () => {
    expect(apaCitation({ ...yearbook, published: "2019-03", url: "https://x.org/a.csv", tableRef: null }))
      .toBe("国家统计局. (2019, March). 中国统计年鉴2002 [China Statistical Yearbook 2002] [Data set]. Retrieved November 27, 2026, from https://x.org/a.csv");
  });
});

describe("citationOf", () => {
  it("gives both references for documents and statistics, none for a source named only in an import", () => {
    expect(citationOf(article)).toEqual({ gbt: gbtCitation(article), apa: apaCitation(article) });
    expect(citationOf(yearbook)?.gbt).toContain("[EB/OL]");
    expect(citationOf({ ...article, kind: "import" })).toBeNull();
  });
});

describe("sourceName", () => {
  const seeded = {
    titleZh: "中国统计年鉴2002", shortTitleZh: "《中国统计年鉴2002》",
    titleEn: "China Statistical Yearbook 2002 (English edition), table 3-9", shortTitleEn: "China Statistical Yearbook 2002",
  };
  // A source named only in an imported file: no short titles, and an empty English title.
  const imported = { titleZh: "分析员导入", shortTitleZh: null, titleEn: "", shortTitleEn: null };

  it("uses the short title, else the full title, in Chinese", () => {
    expect(sourceName(seeded, "zh-CN")).toBe("《中国统计年鉴2002》");
    expect(sourceName({ titleZh: "中国统计年鉴2002", shortTitleZh: "《中国统计年鉴2002》" }, "zh-CN")).toBe("《中国统计年鉴2002》");
    expect(sourceName(imported, "zh-CN")).toBe("分析员导入");
    expect(sourceName({ titleZh: "分析员导入" }, "zh-CN")).toBe("分析员导入");
  });

  it("uses the English short title, else the English title, else the Chinese name, in English", () => {
    expect(sourceName(seeded, "en")).toBe("China Statistical Yearbook 2002");
    expect(sourceName({ ...seeded, shortTitleEn: null }, "en")).toBe("China Statistical Yearbook 2002 (English edition), table 3-9");
    expect(sourceName({ ...seeded, shortTitleEn: "  " }, "en")).toBe("China Statistical Yearbook 2002 (English edition), table 3-9");
    expect(sourceName({ titleZh: "中国统计年鉴2002", shortTitleZh: "《中国统计年鉴2002》" }, "en")).toBe("《中国统计年鉴2002》");
    expect(sourceName(imported, "en")).toBe("分析员导入");
  });

  it("says which language the name is in", () => {
    expect(sourceNameLang(seeded, "en")).toBe("en");
    expect(sourceNameLang(imported, "en")).toBe("zh-CN");
    expect(sourceNameLang(imported, "zh-CN")).toBe("zh-CN");
  });
});
