import { describe, expect, it } from "vitest";
import { observationLabel } from "./observation-label";

describe("observationLabel", () => {
  it("puts the qualifier where Chinese writes it", () => {
    expect(observationLabel(9000, ">", "usd-per-capita", "zh-CN")).toBe("超过9,000美元/人");
    expect(observationLabel(30, "+", "years", "zh-CN")).toBe("30余年");
    expect(observationLabel(4.3, "≈", "percent-per-year", "zh-CN")).toBe("约4.3%/年");
  });

  it("writes years without a thousands separator", () => {
    expect(observationLabel(1988, null, "year", "zh-CN")).toBe("1988年");
  });

  it("says it in English on English pages, with no Chinese left", () => {
    const label = observationLabel(9000, ">", "usd-per-capita", "en");
    expect(label).toContain("9,000");
    expect(label).toContain("USD");
    expect(label).not.toMatch(/\p{Script=Han}/u);
    expect(observationLabel(1988, null, "year", "en")).toBe("1988");
  });
});
