import { describe, expect, it } from "vitest";
import { hanRuns } from "./han-runs";

describe("hanRuns", () => {
  it("splits an APA reference into its Chinese title and the English around it", () => {
    expect(hanRuns("张三. (2025). 区域指标手册 [A handbook of regional indicators]."))
      .toEqual([
        { text: "张三", chinese: true },
        { text: ". (2025). ", chinese: false },
        { text: "区域指标手册", chinese: true },
        { text: " [A handbook of regional indicators].", chinese: false },
      ]);
  });
  it("keeps digits between Chinese words inside the run, and leaves English alone", () => {
    expect(hanRuns("中国统计年鉴2010: 2-1 国内生产总值")).toEqual([
      { text: "中国统计年鉴", chinese: true },
      { text: "2010: 2-1 ", chinese: false },
      { text: "国内生产总值", chinese: true },
    ]);
    expect(hanRuns("《2025年 全国》")).toEqual([{ text: "《2025年 全国》", chinese: true }]);
    expect(hanRuns("China Statistical Yearbook")).toEqual([{ text: "China Statistical Yearbook", chinese: false }]);
    expect(hanRuns("")).toEqual([]);
  });
});
