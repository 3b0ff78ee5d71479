import { describe, expect, it } from "vitest";
import { groupBy } from "./group-by";

describe("groupBy", () => {
  it("keeps first-seen group order and item order", () => {
    expect(groupBy(["b1", "a1", "b2", "a2", "c1"], (s) => s[0]!)).toEqual([["b1", "b2"], ["a1", "a2"], ["c1"]]);
    expect(groupBy([], String)).toEqual([]);
  });
});
