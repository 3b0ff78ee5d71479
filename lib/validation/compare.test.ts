import { describe, expect, it } from "vitest";
import { parseSelection } from "./compare";

describe("parseSelection", () => {
  it("reads comma-separated and repeated parameters, without duplicates", () => {
    expect(parseSelection("cn,br", 2, 6)).toEqual({ ok: true, slugs: ["cn", "br"] });
    expect(parseSelection(["cn", "br,cn", " world "], 2, 6)).toEqual({ ok: true, slugs: ["cn", "br", "world"] });
  });

  it("names the problem when there are too few or too many", () => {
    expect(parseSelection(undefined, 2, 6)).toMatchObject({ ok: false, problem: "too-few", slugs: [] });
    expect(parseSelection("cn,cn", 2, 6)).toMatchObject({ ok: false, problem: "too-few", slugs: ["cn"] });
    expect(parseSelection("a,b,c,d,e", 2, 4)).toMatchObject({ ok: false, problem: "too-many" });
  });

  it("refuses malformed slugs but keeps the good ones for the form", () => {
    expect(parseSelection("cn,Bad_Slug", 2, 6)).toEqual({ ok: false, problem: "bad-slug", slugs: ["cn"] });
    expect(parseSelection(`cn,${"a".repeat(81)}`, 2, 6)).toMatchObject({ ok: false, problem: "bad-slug" });
  });
});
