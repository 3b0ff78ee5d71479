import { describe, expect, it } from "vitest";
import { maxImportBytes, maxImportRows } from "@/lib/validation/import";
import { syntheticCapacity, syntheticCsv, syntheticFiguresPerYear } from "./synthetic";

const body = (csv: string) => csv.split("\n").slice(1).map((line) => line.split(","));
const keyOf = (cells: string[]) => `${cells[0]}|${cells[1]}|${cells[2]}|${cells[4]}`;

describe("syntheticCsv", () => {
  it("writes the importer's columns and the rows asked for", () => {
    const csv = syntheticCsv(3);
    expect(csv.split("\n")[0]).toBe("indicator,region,year,value,source,note");
    expect(body(csv)).toHaveLength(3);
    expect(body(csv)[0]).toEqual(["industrial-rnd-intensity", "cn", "1900", "0", "合成基准数据-0", "synthetic row 0"]);
  });

  it("continues the sequence from `first`: a file's rows are the whole run's rows from there", () => {
    const whole = body(syntheticCsv(12_000));
    expect(body(syntheticCsv(4_000, 8_000))).toEqual(whole.slice(8_000));
  });

  it("numbers distinct figures: every indicator, region and source digit wraps within three years' worth", () => {
    const rows = body(syntheticCsv(3 * syntheticFiguresPerYear));
    expect(new Set(rows.map(keyOf)).size).toBe(rows.length);
    expect(new Set(rows.map((cells) => cells[2]))).toEqual(new Set(["1900", "1901", "1902"]));
  });

  it("gives five files of 200,000 later years each, under the same sources", () => {
    const file = (f: number) => ({ first: body(syntheticCsv(1, f * 200_000))[0]!, last: body(syntheticCsv(1, (f + 1) * 200_000 - 1))[0]! });
    const sourcesFrom = (first: number) => new Set(body(syntheticCsv(syntheticFiguresPerYear, first)).map((cells) => cells[4]));
    for (let f = 0; f < 5; f++) {
      expect(file(f).first[2]).toBe(String(1900 + 40 * f));
      expect(file(f).last[2]).toBe(String(1939 + 40 * f));
      // A year's worth of figures names every source, so each file names them all.
      expect(sourcesFrom(f * 200_000)).toEqual(sourcesFrom(0));
    }
    expect(sourcesFrom(0).size).toBe(25);
  });

  it("stays within the importer's years and refuses figures past the end of the sequence", () => {
    const last = body(syntheticCsv(1, syntheticCapacity - 1))[0]!;
    expect(last[2]).toBe("2100");
    expect(syntheticFiguresPerYear * 201).toBe(syntheticCapacity);
    expect(() => syntheticCsv(2, syntheticCapacity - 1)).toThrow(RangeError);
    expect(() => syntheticCsv(1, -1)).toThrow(RangeError);
  });

  it("fits a file of the most rows the importer takes within its byte limit", () => {
    // The longest lines are at the end of the sequence (the longest row numbers); a year's worth holds every
    // indicator, region and source name.
    const lines = syntheticCsv(syntheticFiguresPerYear, syntheticCapacity - syntheticFiguresPerYear).split("\n");
    const longest = Math.max(...lines.map((line) => new TextEncoder().encode(line).length + 1));
    expect(longest * (maxImportRows + 1)).toBeLessThanOrEqual(maxImportBytes);
  });
});
