import { describe, expect, it } from "vitest";
import { stageAnswer } from "./stage-api";

describe("stageAnswer", () => {
  it("answers the documented report for a valid query", () => {
    const { status, body } = stageAnswer(new URLSearchParams("gdp=13953&growth=4.3&year=2025"), 2026);
    expect(status).toBe(200);
    expect(body).toMatchObject({ stage: { key: "transition-2-3" }, next: { gapUsd: 3047 }, projection: { reachesNextStageIn: 2030 } });
  });

  it("answers 400 naming the field for a bad one", () => {
    const { status, body } = stageAnswer(new URLSearchParams("gdp=-1"), 2026);
    expect(status).toBe(400);
    expect(body).toMatchObject({ issues: [{ path: ["gdp"] }] });
  });
});
