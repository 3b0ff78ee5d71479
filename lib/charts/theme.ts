// Shared chart styling: the CJK font stack and the stage band palette, so every chart reads alike.

export const chartFont = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const chartText = { fontFamily: chartFont, color: "#1f2937", fontSize: 13 } as const;

/** One colour per stage order (1-5): warm for factor-driven through to deep blue for innovation-driven. */
export const stagePalette: Record<number, string> = {
  1: "#f3d9b1",
  2: "#f6e7c8",
  3: "#cfe3d4",
  4: "#d7e6f5",
  5: "#b7cfe9",
};

export const stageTextColour: Record<number, string> = {
  1: "#7a4b0f",
  2: "#7a5a1f",
  3: "#1f5130",
  4: "#1d4f80",
  5: "#173f6b",
};

export const accent = "#c2410c";
export const ink = "#1f2937";
export const muted = "#6b7280";
export const series = ["#1d4ed8", "#0f766e", "#b45309", "#7c3aed", "#be123c", "#475569"];

/** The value axis of a chart over years: the unit as its name, muted labels, light grid lines. */
export function unitValueAxis(unitLabel: string, fontSize: number) {
  return {
    type: "value" as const,
    name: unitLabel,
    nameTextStyle: { color: muted, fontSize: fontSize - 1, align: "left" as const },
    axisLabel: { color: muted, fontSize: fontSize - 1 },
    splitLine: { lineStyle: { color: "#e5e7eb" } },
  };
}
