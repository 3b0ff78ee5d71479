// ECharts option pieces the builders share.
import type { MarkAreaComponentOption } from "echarts";

export type MarkAreaData = NonNullable<MarkAreaComponentOption["data"]>;
export type MarkAreaPair = Extract<MarkAreaData[number], unknown[]>;
