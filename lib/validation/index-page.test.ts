import { describe, expect, it } from "vitest";
import { chooseIndexYear, parseIndexPageQuery } from "./index-page";

describe("parseIndexPageQuery", () => {
  it.each([
    [{}, { spec: "default", year: undefined, badYear: null }],
    [{ spec: "", year: " " }, { spec: "default", year: undefined, badYear: null }],
    [{ spec: "my-spec", year: "2023" }, { spec: "my-spec", year: 2023, badYear: null }],
    [{ spec: "Bad Key!", year: "2023" }, { spec: null, year: 2023, badYear: null }],
    [{ year: "20x3" }, { spec: "default", year: undefined, badYear: "20x3" }],
    [{ year: "1800" }, { spec: "default", year: undefined, badYear: "1800" }],
  ])("%j", (raw, expected) => {
    expect(parseIndexPageQuery(raw)).toEqual(expected);
  });
});

describe("chooseIndexYear", () => {
  const years = [2023, 2022, 2021];
  it("takes a year the spec has figures for", () => {
    expect(chooseIndexYear({ spec: "default", year: 2022, badYear: null }, years, 2023)).toEqual({ year: 2022, badYear: null });
  });
  it("falls back to the default year, saying which year could not be used", () => {
    expect(chooseIndexYear({ spec: "default", year: 1990, badYear: null }, years, 2023)).toEqual({ year: 2023, badYear: "1990" });
    expect(chooseIndexYear({ spec: "default", year: undefined, badYear: "abc" }, years, 2023)).toEqual({ year: 2023, badYear: "abc" });
    expect(chooseIndexYear({ spec: "default", year: undefined, badYear: null }, years, 2023)).toEqual({ year: 2023, badYear: null });
  });
  it("has no year when the spec has no figures at all", () => {
    expect(chooseIndexYear({ spec: "default", year: 2023, badYear: null }, [], null)).toEqual({ year: null, badYear: "2023" });
  });
});
