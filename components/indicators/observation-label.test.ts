import { describe, expect, it } from "vitest";
import { observationLabel } from "./observation-label";

describe("observationLabel", () => {
  it("puts the qualifier where Chinese writes it", () => {
    expect(observationLabel(9000, ">", "usd-per-capita")).toBe("超过9,000美元/人");
    expect(observationLabel(30, "+", "years")).toBe("30余年");
    expect(observationLabel(4.3, "≈", "percent-per-year")).toBe("约4.3%/年");
  });

  it("writes years without a thousands separator", () => {
    expect(observationLabel(1988, null, "year")).toBe("1988年");
  });
});
