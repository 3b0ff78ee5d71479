import { describe, expect, it } from "vitest";
import { exportLayout, textWidth, wrapText } from "./export-layout";

describe("export layout", () => {
  it("puts title and subtitle above the chart and the source line below it", () => {
    const layout = exportLayout({ title: "人均GDP", subtitle: "美元/人；2018—2025年", sourceLine: "数据来源：文献甲", chartWidth: 340, chartHeight: 200 });
    const [title, subtitle, source] = layout.texts;
    expect(title).toMatchObject({ text: "人均GDP", weight: 700 });
    expect(subtitle!.y).toBeGreaterThan(title!.y);
    expect(layout.chart.y).toBeGreaterThan(subtitle!.y);
    expect(source!.y).toBeGreaterThan(layout.chart.y + 200);
    expect(layout.height).toBeGreaterThan(source!.y);
    expect(layout.width).toBe(372);
  });

  it("wraps a long Chinese line within the chart's width without losing a character", () => {
    const text = "数据来源：《某某年度统计公报》；《另一份很长名字的研究报告》；整理：科产融合指标看板（Kechan）";
    const lines = wrapText(text, 200, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(text);
    expect(lines.every((line) => textWidth(line, 12) <= 200)).toBe(true);
  });

  it("wraps an English line between words", () => {
    const text = "Source: Statistical communiqué on national economic and social development; compiled by Kechan";
    const lines = wrapText(text, 200, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
    expect(lines.every((line) => textWidth(line, 12) <= 200 && line === line.trim())).toBe(true);
  });
});
