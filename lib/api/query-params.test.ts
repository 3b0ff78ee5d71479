// The API's parameter schemas (lib/validation/api.ts); tested here beside the mappers they feed.
import { describe, expect, it } from "vitest";
import { observationQuerySchema, regionListQuerySchema, slugParamsSchema } from "@/lib/validation/api";

const firstIssuePath = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues[0]?.path[0];

describe("observationQuerySchema", () => {
  it("reads years as numbers and treats blanks as not given", () => {
    expect(observationQuerySchema.parse({ indicator: "gdp-per-capita-usd", from: "2020", to: "", region: " " })).toEqual({
      indicator: "gdp-per-capita-usd", from: 2020,
    });
    expect(observationQuerySchema.parse({})).toEqual({});
  });

  it.each([
    [{ from: "abc" }, "from"],
    [{ from: "20" }, "from"],
    [{ from: "1899" }, "from"],
    [{ to: "2101" }, "to"],
    [{ from: "2030", to: "2020" }, "from"],
    [{ indicator: "GDP" }, "indicator"],
    [{ region: "bad_slug" }, "region"],
  ])("rejects %o naming %s", (input, field) => {
    expect(firstIssuePath(observationQuerySchema.safeParse(input))).toBe(field);
  });

  it("accepts a one-year range", () => {
    expect(observationQuerySchema.parse({ from: "2025", to: "2025" })).toEqual({ from: 2025, to: 2025 });
  });
});

describe("regionListQuerySchema", () => {
  it("accepts a catalogue level or none", () => {
    expect(regionListQuerySchema.parse({ level: "province" })).toEqual({ level: "province" });
    expect(regionListQuerySchema.parse({ level: "" })).toEqual({});
  });

  it("rejects any other level, naming it", () => {
    expect(firstIssuePath(regionListQuerySchema.safeParse({ level: "planet" }))).toBe("level");
  });
});

describe("slugParamsSchema", () => {
  it.each(["cn", "zhangjiang-science-city", "a1-b2"])("accepts %s", (slug) => {
    expect(slugParamsSchema.parse({ slug })).toEqual({ slug });
  });

  it.each(["Bad_Slug", "a--b", "-a", "a-", "", "a".repeat(81)])("rejects %j", (slug) => {
    expect(firstIssuePath(slugParamsSchema.safeParse({ slug }))).toBe("slug");
  });
});
