import { describe, expect, it } from "vitest";
import type { SourcedFigure } from "./chart-figures";
import { referenceFits } from "./region-lines";
import { sequentialColours } from "./sequential-scale";

const fig = (region: string, year: number, value: number): SourcedFigure => ({
  region, year, value, periodStart: null, yearBasis: "observed", qualifier: null, unit: "cny-per-capita", source: { title: "统计表", href: null }, locator: "",
});
const line = (name: string, values: [number, number][]) => ({ name, figures: values.map(([year, value]) => fig(name, year, value)) });

describe("referenceFits", () => {
  it("draws a national figure of the regions' size, not a national total that dwarfs them", () => {
    const regions = [line("江西", [[2021, 65], [2023, 77]]), line("湖北", [[2022, 92], [2023, 95]])];
    expect(referenceFits(regions, line("全国", [[2021, 81], [2023, 89]]))).toBe(true);
    expect(referenceFits([line("江西", [[2023, 310], [2024, 604]])], line("全国", [[2023, 19678], [2024, 33357]]))).toBe(false);
    expect(referenceFits([line("a", [])], line("全国", [[2023, 5]]))).toBe(true);
  });
});

describe("sequential colours", () => {
  it("spreads fewer bins over the whole scale, light to dark", () => {
    const five = sequentialColours(5);
    expect(five).toHaveLength(5);
    expect(sequentialColours(2)).toEqual([five[0], five[4]]);
    expect(sequentialColours(1)).toHaveLength(1);
    expect(sequentialColours(0)).toEqual([]);
    expect(sequentialColours(9)).toHaveLength(5);
  });
});
