import { describe, expect, it } from "vitest";
import { inListSize, inLists, slices } from "./bind";

describe("slices", () => {
  it("cuts a list in order into slices of at most the size", () => {
    expect(slices([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(slices([1, 2, 3, 4], 2)).toEqual([[1, 2], [3, 4]]);
    expect(slices([], 3)).toEqual([]);
  });

  it("takes a fractional or too small size as a whole one of at least one", () => {
    expect(slices(["a", "b", "c"], 2.9)).toEqual([["a", "b"], ["c"]]);
    expect(slices(["a", "b"], 0)).toEqual([["a"], ["b"]]);
  });
});

describe("inLists", () => {
  it("drops repeated values and keeps each slice within the IN-list size", () => {
    const hostile = Array.from({ length: 3 * inListSize + 7 }, (_, i) => `slug-${i % (2 * inListSize + 1)}`);
    const lists = inLists(hostile);
    expect(lists.map((l) => l.length)).toEqual([inListSize, inListSize, 1]);
    expect(new Set(lists.flat()).size).toBe(2 * inListSize + 1);
  });
});
