import { describe, expect, it } from "vitest";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { summarizeBand } from "@/lib/domain/stage-report";
import { renderChartSvg } from "./render-svg";
import { bandFigures, buildStageBandOption, markerLabels, markerValueText, type BandMarker } from "./stage-bands";

const bands = gcr2014.bands.map(summarizeBand);
const source = { title: "文献", href: "/sources/doc-000" };
// Document 000: more than 9,000 dollars in 2018, 13,953 in 2025.
const markers: BandMarker[] = [
  { label: "中国 2018", gdpPerCapitaUsd: 9000, qualifier: ">", figure: { region: "中国", year: 2018, periodStart: null, yearBasis: "observed", value: 9000, qualifier: ">", unit: "usd-per-capita", source, locator: "第3段" } },
  { label: "中国 2025", gdpPerCapitaUsd: 13953, qualifier: null },
];

type Item = { symbol?: string; label: { formatter: string; position: string; align: string } };

describe("stage band chart", () => {
  it("draws a bound as an open mark labelled with its qualifier, an exact figure as a filled one", () => {
    const option = buildStageBandOption({ bands, markers, width: 1100, axisName: "美元", locale: "zh-CN" });
    const data = option.series[0]!.data as unknown as Item[];
    expect(data[0]).toMatchObject({ symbol: "emptyTriangle", label: { formatter: "中国 2018\n超过9,000" } });
    expect(data[1]!.symbol).toBeUndefined();
    expect(data[1]!.label.formatter).toBe("中国 2025\n13,953");
    const svg = renderChartSvg(option, { width: 1100, height: 200 });
    expect(svg).toContain("超过9,000");
    expect(markerValueText({ gdpPerCapitaUsd: 30, qualifier: "+" }, "zh-CN")).toBe("30余");
  });

  it("names the thresholds above the plot, away from the marks' labels", () => {
    const option = buildStageBandOption({ bands, markers, width: 1100, axisName: "美元", locale: "zh-CN" });
    expect(option.series[0]!.markLine.label.position).toBe("end");
    // On a phone 2,000 and 3,000 are too close for both labels.
    const phone = buildStageBandOption({ bands, markers, width: 340, axisName: "美元", locale: "zh-CN" });
    expect(phone.series[0]!.markLine.data.map((t) => t.label.show)).toEqual([false, true, true, true]);
  });

  it("keeps close marks' labels in different rows and a label near the end of the axis inside the chart", () => {
    const placed = markerLabels(markers, 25_000, 300, 11, "zh-CN");
    expect(new Set(placed.map((p) => p.position)).size).toBe(2);
    const edge = markerLabels([{ label: "中国 1978", gdpPerCapitaUsd: 226 }, { label: "甲", gdpPerCapitaUsd: 24_900 }], 25_000, 1000, 13, "zh-CN");
    expect(edge.map((p) => p.align)).toEqual(["left", "right"]);
  });

  it("lists the stored figures behind the marks, each at its mark", () => {
    expect(bandFigures(markers, "zh-CN")).toEqual([expect.objectContaining({ series: "中国", label: "超过9,000美元/人", qualifier: ">", at: { series: 0, index: 0 } })]);
  });

  it("writes the bands, the bounds and the figures in English on English pages", () => {
    const english: BandMarker[] = [{ ...markers[0]!, label: "China 2018" }, { ...markers[1]!, label: "China 2025" }];
    const option = buildStageBandOption({ bands, markers: english, width: 1100, axisName: "USD", locale: "en" });
    const data = option.series[0]!.data as unknown as Item[];
    expect(data[0]!.label.formatter).toBe("China 2018\nmore than 9,000");
    const names = option.series[0]!.markArea.data.map(([from]) => from.name);
    expect(names).toContain("Innovation-driven");
    expect(names).toContain("Transition");
    expect(names.join(" ")).not.toMatch(/\p{Script=Han}/u);
    expect(markerValueText({ gdpPerCapitaUsd: 30, qualifier: "+" }, "en")).toMatch(/^(over 30|30\+)$/);
  });
});
