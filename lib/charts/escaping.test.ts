// Region names and labels can come from imported files: the server-rendered SVG must carry them as text.
import { describe, expect, it } from "vitest";
import { buildHorizontalBarOption } from "./bar";
import { buildRegionBarsOption } from "./series";
import { renderChartSvg } from "./render-svg";

const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
const figure = { region: hostile, year: 2024, periodStart: null, yearBasis: "observed", value: 3, qualifier: null, unit: "count" as const, source: { title: hostile, href: null }, locator: "" };

describe("chart SVG", () => {
  it("escapes imported text in axis and value labels", () => {
    const svgs = [
      renderChartSvg(buildHorizontalBarOption([{ label: hostile, value: 3, valueLabel: hostile }], 760, "zh-CN"), { width: 760, height: 120 }),
      renderChartSvg(buildRegionBarsOption([figure], 760, "zh-CN"), { width: 760, height: 240 }),
    ];
    for (const svg of svgs) {
      expect(svg).not.toMatch(/<script|<img/i);
      expect(svg).toContain("&lt;script&gt;");
    }
  });
});
