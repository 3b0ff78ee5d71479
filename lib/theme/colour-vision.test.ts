// The chart palettes seen as readers with protanopia, deuteranopia or tritanopia see them (Machado et al. 2009),
// and in greyscale print.
import { describe, expect, it } from "vitest";
import { series, stagePalette, stageTextColour } from "@/lib/charts/theme";
import { sequentialColours } from "@/lib/charts/sequential-scale";
import { closestPair, contrastRatio, difference, lightness, visions } from "./colour-vision";
import { tokens } from "./tokens";

const deficiencies = visions.filter((v) => v !== "normal" && v !== "greyscale");

describe("the simulation", () => {
  it("leaves greys alone and moves red and green together for a red-green deficiency", () => {
    expect(difference("#777777", "#777777", "deuteranopia")).toBeLessThan(1);
    expect(difference("#777777", "#777777", "protanopia")).toBeLessThan(1.5);
    expect(difference("#d62728", "#2ca02c", "normal")).toBeGreaterThan(60);
    expect(difference("#d62728", "#2ca02c", "deuteranopia")).toBeLessThan(difference("#d62728", "#2ca02c", "normal") / 2);
    expect(lightness("#000000", "greyscale")).toBeCloseTo(0, 5);
    expect(lightness("#ffffff", "greyscale")).toBeCloseTo(100, 1);
  });
});

describe("the stage colours", () => {
  const palette = [1, 2, 3, 4, 5].map((order) => stagePalette[order] ?? "");
  it("grow darker stage by stage, so their order survives greyscale print", () => {
    const grey = palette.map((c) => lightness(c, "greyscale"));
    grey.slice(1).forEach((l, i) => expect(grey[i]! - l, `stage ${i + 1} → ${i + 2}`).toBeGreaterThanOrEqual(6));
  });
  it("stay apart for every common colour-vision deficiency", () => {
    for (const vision of [...deficiencies, "greyscale" as const]) {
      const pair = closestPair(palette, vision);
      expect(pair.delta, `${vision}: ${pair.a} vs ${pair.b}`).toBeGreaterThanOrEqual(7);
    }
  });
});

describe("the text on the stage colours", () => {
  it("keeps 5.6:1 or more, so a fainter figure on a tile still passes 4.5:1", () => {
    for (const order of [1, 2, 3, 4, 5]) {
      expect(contrastRatio(stageTextColour[order]!, stagePalette[order]!), `stage ${order}`).toBeGreaterThanOrEqual(5.6);
    }
  });
});

describe("the series colours", () => {
  const dark = tokens.filter((t) => t.name.startsWith("series-")).map((t) => t.dark);
  it("stay apart for every common colour-vision deficiency, light and dark", () => {
    for (const palette of [series, dark]) {
      for (const vision of deficiencies) {
        const pair = closestPair(palette, vision);
        expect(pair.delta, `${vision}: ${pair.a} vs ${pair.b}`).toBeGreaterThanOrEqual(5);
      }
    }
  });
});

describe("the sequential scale of the maps and tile grids", () => {
  it("runs from light to dark in greyscale, in clear steps", () => {
    const grey = sequentialColours(5).map((step) => lightness(step.fill, "greyscale"));
    grey.slice(1).forEach((l, i) => expect(grey[i]! - l).toBeGreaterThanOrEqual(8));
  });
});
