import { describe, expect, it } from "vitest";
import { pillarTableRows, scoreText } from "./index-pillar-table";
import { sequentialColours } from "./sequential-scale";

const [palest, , , , darkest] = sequentialColours(5);

describe("pillarTableRows", () => {
  const rows = pillarTableRows(
    [
      { slug: "a", name: "甲", rank: 1, score: 84.0873, pillars: { science: 100, industry: 75.04 } },
      { slug: "b", name: "乙", rank: 2, score: 12.35, pillars: { science: 0, industry: null } },
    ],
    ["science", "industry", "toString"],
  );

  it("writes scores to one decimal and a missing one as a dash", () => {
    expect(rows[0]!.score).toBe("84.1");
    expect(rows[0]!.cells.map((c) => c.text)).toEqual(["100.0", "75.0", "—"]);
    expect(rows[1]!.cells.map((c) => c.text)).toEqual(["0.0", "—", "—"]);
    expect(scoreText(-1.25)).toBe("-1.3");
  });

  it("shades each cell by where it falls between the lowest and highest cell", () => {
    expect(rows[0]!.cells[0]!.colour).toEqual(darkest);
    expect(rows[1]!.cells[0]!.colour).toEqual(palest);
    expect(rows[0]!.cells[1]!.colour).toEqual(sequentialColours(5)[3]);
    expect(rows[1]!.cells[1]!.colour).toBeNull();
  });

  it("reads pillar scores from own keys only", () => {
    // "toString" is on every object's prototype, not a pillar.
    expect(rows[0]!.cells[2]!.score).toBeNull();
  });
});
