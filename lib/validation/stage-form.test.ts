import { describe, expect, it } from "vitest";
import { stageFieldProblems, stageFormSchema, stageFormValues, withoutEmptyFields } from "./stage-form";

describe("stageFormSchema reads numbers as analysts write them", () => {
  it.each([
    ["13953", 13953],
    ["13,953", 13953],
    ["1.4万", 14000],
    ["１３９５３", 13953],
    ["１３，９５３", 13953],
    [" 13 953 ", 13953],
  ])("gdp %s → %d", (gdp, value) => {
    expect(stageFormSchema.parse({ gdp }).gdp).toBe(value);
  });

  it("reads percentages with or without their sign, and a full-width year", () => {
    const q = stageFormSchema.parse({ gdp: "13953", growth: "4.3%", fx: "－１％", year: "２０２５" });
    expect(q).toMatchObject({ growth: 4.3, fx: -1, year: 2025 });
  });

  it("reads a yuan figure in 万", () => {
    expect(stageFormSchema.parse({ cny: "9.8万", rate: "7.1" })).toMatchObject({ cny: 98000, rate: 7.1 });
  });

  it.each([
    [{ gdp: "13953元" }, "gdp"],
    [{ gdp: "1,23" }, "gdp"],
    [{ gdp: "0" }, "gdp"],
    [{ gdp: "200万" }, "gdp"], // past 1,000,000: the same range as the API
    [{ gdp: "13953", growth: "1.4万" }, "growth"],
    [{ gdp: "13953", growth: "4.3元" }, "growth"],
    [{ gdp: "13953", year: "2025.5" }, "year"],
    [{ gdp: "13953%" }, "gdp"], // a percent sign only on a percentage
  ])("refuses %o naming %s", (input, field) => {
    const parsed = stageFormSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(stageFieldProblems(parsed.error!)).toEqual({ [field]: "invalid" });
  });

  it("refuses a dollar and a yuan figure together, on both fields", () => {
    const parsed = stageFormSchema.safeParse({ gdp: "13,953", cny: "9.8万", rate: "7.1" });
    expect(parsed.success).toBe(false);
    expect(stageFieldProblems(parsed.error!)).toEqual({ gdp: "gdp-and-cny", cny: "gdp-and-cny" });
  });
});

describe("stageFormValues", () => {
  it("keeps the form's own fields only", () => {
    const record = { gdp: "13,953", constructor: "x", __proto__: "y", other: "z" } as Record<string, string>;
    expect(stageFormValues(record)).toEqual({ gdp: "13,953" });
  });
});

describe("withoutEmptyFields", () => {
  it("drops the empty fields a GET form sends", () => {
    const search = new URLSearchParams("gdp=13%2C953&cny=&rate=&growth=4.3&year=2025&deflator=&fx=+&population=");
    expect(withoutEmptyFields("/stage", search)).toBe("/stage?gdp=13%2C953&growth=4.3&year=2025");
  });

  it("answers null when nothing is empty, and the bare path when everything is", () => {
    expect(withoutEmptyFields("/stage", new URLSearchParams("gdp=13953&growth=4.3"))).toBeNull();
    expect(withoutEmptyFields("/stage", new URLSearchParams(""))).toBeNull();
    expect(withoutEmptyFields("/stage", new URLSearchParams("gdp=&cny="))).toBe("/stage");
  });
});
