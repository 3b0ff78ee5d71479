import { describe, expect, it } from "vitest";
import { regionStrengths } from "./strengths";
import type { IndexData } from "./spec";

// Four regions, four indicators; "energy" is less-is-better.
const data: IndexData = {
  regions: ["a", "b", "c", "d"],
  indicators: ["patents", "rnd", "revenue", "energy"],
  values: [
    [40, 1.0, 300, 5],
    [30, 3.0, 100, 2],
    [20, 2.0, 200, 3],
    [10, 2.0, null, 9],
  ],
};
const directions = new Map<string, 1 | -1>([["energy", -1]]);

describe("regionStrengths", () => {
  it("ranks each indicator among the regions asked for, the lowest figure first when less is better", () => {
    const [a, b] = regionStrengths(data, ["a", "b", "c", "d"], { directions });
    expect(a!.standings).toEqual([
      { indicator: "patents", rank: 1, of: 4, value: 40 },
      { indicator: "revenue", rank: 1, of: 3, value: 300 },
      { indicator: "energy", rank: 3, of: 4, value: 5 },
      { indicator: "rnd", rank: 4, of: 4, value: 1 },
    ]);
    // b has the least energy use: first on it.
    expect(b!.standings.find((s) => s.indicator === "energy")!.rank).toBe(1);
  });

  it("lists up to `count` strengths and weaknesses, never more than half of the region's indicators", () => {
    const [a] = regionStrengths(data, ["a", "b", "c", "d"], { directions, count: 3 });
    expect(a!.strengths.map((s) => s.indicator)).toEqual(["patents", "revenue"]);
    expect(a!.weaknesses.map((s) => s.indicator)).toEqual(["rnd", "energy"]);
    const [one] = regionStrengths(data, ["a", "b", "c", "d"], { directions, count: 1 });
    expect(one!.strengths.map((s) => s.indicator)).toEqual(["patents"]);
    expect(one!.weaknesses.map((s) => s.indicator)).toEqual(["rnd"]);
  });

  it("shares a rank between equal figures and leaves a missing figure unranked", () => {
    const [, , c, d] = regionStrengths(data, ["a", "b", "c", "d"], { directions });
    expect(c!.standings.find((s) => s.indicator === "rnd")!.rank).toBe(2);
    expect(d!.standings.find((s) => s.indicator === "rnd")!.rank).toBe(2);
    expect(d!.standings.map((s) => s.indicator)).not.toContain("revenue");
    expect(d!.standings).toHaveLength(3);
    expect(d!.strengths).toHaveLength(1);
  });

  it("ranks among the regions asked for only, in their order, skipping unknown ones", () => {
    const result = regionStrengths(data, ["d", "c", "nowhere"], { directions });
    expect(result.map((r) => r.region)).toEqual(["d", "c"]);
    expect(result[1]!.standings.find((s) => s.indicator === "patents")).toEqual({ indicator: "patents", rank: 1, of: 2, value: 20 });
  });

  it("never lists as a weakness an indicator ranked as well as a strength (a leader first on most)", () => {
    const leader: IndexData = {
      regions: ["top", "p", "q"],
      indicators: ["i1", "i2", "i3", "i4", "i5", "i6"],
      values: [
        [9, 9, 9, 9, 5, 1],
        [1, 1, 1, 1, 6, 2],
        [2, 2, 2, 2, 7, 3],
      ],
    };
    const [top] = regionStrengths(leader, ["top", "p", "q"], { count: 3 });
    expect(top!.strengths.map((s) => s.rank)).toEqual([1, 1, 1]);
    // i4 is first too: not a weakness, however the list is cut.
    expect(top!.weaknesses.map((s) => s.indicator)).toEqual(["i6", "i5"]);
  });

  it("gives a region ranked alike on everything weaknesses but no strengths", () => {
    const last: IndexData = { regions: ["a", "b"], indicators: ["i1", "i2", "i3"], values: [[2, 2, 2], [1, 1, 1]] };
    const [, b] = regionStrengths(last, ["a", "b"]);
    expect(b!.strengths).toEqual([]);
    expect(b!.weaknesses).toHaveLength(1);
  });
});
