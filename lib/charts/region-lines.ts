// Option builder: one line per region over the years, with the national figure as a dashed reference.
// Years are categories and a missing year is a gap in its line (never bridged, never a bar).
import type { EChartsOption } from "echarts";
import { chartText, ink, muted, series as palette, unitValueAxis } from "./theme";

export type RegionLine = { name: string; values: (number | null)[] };

export type RegionLinesInput = {
  years: number[];
  lines: RegionLine[];
  /** The national figure in the same years; drawn dashed and named by `reference.name` (全国). */
  reference: RegionLine | null;
  unitLabel: string;
  width: number;
};

const referenceColour = "#4b5563";

/** Past this ratio the national figure is a total that dwarfs the regions' (R&D spending, say): drawn on the same
 * axis it would flatten their lines into the floor, so the chart leaves it out and the table keeps it. */
const referenceRatio = 5;

export function referenceFits(lines: RegionLine[], reference: RegionLine): boolean {
  const top = (values: (number | null)[]) => Math.max(...values.filter((v): v is number => v !== null).map(Math.abs), 0);
  const regions = Math.max(...lines.map((l) => top(l.values)), 0);
  return regions === 0 || top(reference.values) <= regions * referenceRatio;
}

export function buildRegionLinesOption({ years, lines, reference, unitLabel, width }: RegionLinesInput) {
  const narrow = width < 500;
  const fontSize = narrow ? 11 : 13;
  // A lone figure between two gaps has no line to show it: every point keeps its marker.
  const line = (l: RegionLine, colour: string) => ({
    name: l.name,
    type: "line" as const,
    connectNulls: false,
    showAllSymbol: true,
    symbol: "circle",
    symbolSize: narrow ? 6 : 7,
    lineStyle: { width: 2, color: colour },
    itemStyle: { color: colour },
    data: l.values,
  });
  return {
    textStyle: chartText,
    legend: { top: 0, left: 0, itemWidth: 22, textStyle: { color: ink, fontSize } },
    // Room above the plot for the legend (two rows on a phone) and the axis name.
    grid: { left: 8, right: narrow ? 12 : 24, top: narrow ? 64 : 48, bottom: 8 },
    xAxis: {
      type: "category",
      data: years.map(String),
      axisTick: { alignWithLabel: true },
      axisLabel: { color: muted, fontSize: fontSize - 1, hideOverlap: true },
    },
    yAxis: unitValueAxis(unitLabel, fontSize),
    series: [
      ...lines.map((l, i) => line(l, palette[i % palette.length]!)),
      ...(reference
        ? [{ ...line(reference, referenceColour), symbol: "emptyCircle", lineStyle: { width: 2, color: referenceColour, type: "dashed" as const }, z: 1 }]
        : []),
    ],
  } satisfies EChartsOption;
}
