import { describe, expect, it } from "vitest";
import { observationView } from "./test-fixtures";
import { toObservationDto } from "./observations";

describe("toObservationDto", () => {
  it("flattens indicator and region to their codes and cites file and locator", () => {
    expect(toObservationDto(observationView())).toEqual({
      indicator: "gdp-per-capita-usd",
      region: "cn",
      year: 2025,
      periodStart: null,
      value: 13953,
      qualifier: null,
      unit: "usd-per-capita",
      valueText: "13953",
      source: { slug: "doc-000", file: "000_0123456789abcdef.txt", locator: "第2段" },
      note: "人均GDP约13953美元",
    });
  });

  it("keeps a period and a qualifier as the document gives them", () => {
    const dto = toObservationDto(observationView({ year: 2018, periodStart: 2013, value: 9000, qualifier: ">" }));
    expect(dto).toMatchObject({ year: 2018, periodStart: 2013, value: 9000, qualifier: ">" });
  });

  it("leaves internal ids and display-only fields out", () => {
    const dto = toObservationDto(observationView());
    expect(dto).not.toHaveProperty("id");
    expect(dto).not.toHaveProperty("yearBasis");
  });
});
