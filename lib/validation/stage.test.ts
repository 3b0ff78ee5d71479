// Names that every plain object inherits must not pass for a stage scheme (they made the API and /stage 500).
import { describe, expect, it } from "vitest";
import { stageAnswer } from "@/lib/stage-api";
import { searchParamsRecord } from "./form-values";
import { stageQuerySchema } from "./stage";

const inheritedNames = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "__defineGetter__"];

describe("stageQuerySchema's scheme", () => {
  it.each(inheritedNames)("refuses %s with a message naming the schemes", (scheme) => {
    const parsed = stageQuerySchema.safeParse(searchParamsRecord(new URLSearchParams({ gdp: "1", scheme })));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ["scheme"], message: "scheme must be one of: gcr-2014-2015" })]);
  });

  it.each(inheritedNames)("GET /api/v1/stage?gdp=1&scheme=%s answers 400 naming scheme", (scheme) => {
    const { status, body } = stageAnswer(new URLSearchParams({ gdp: "1", scheme }), 2026);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: "Invalid input: scheme", issues: [{ path: ["scheme"] }] });
  });

  it("still takes the one scheme there is, and defaults to it", () => {
    expect(stageQuerySchema.parse({ gdp: "1", scheme: "gcr-2014-2015" }).scheme).toBe("gcr-2014-2015");
    expect(stageQuerySchema.parse({ gdp: "1" }).scheme).toBe("gcr-2014-2015");
  });

  it("reads __proto__ in a query string as a field like any other, not as the record's prototype", () => {
    const record = searchParamsRecord(new URLSearchParams("gdp=1&__proto__=x&constructor=y"));
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.hasOwn(record, "__proto__")).toBe(true);
    expect(stageAnswer(new URLSearchParams("gdp=1&__proto__=x"), 2026).status).toBe(200);
  });
});

describe("stageQuerySchema (the JSON API) stays strict", () => {
  it.each(["13,953", "1.4万", "１３９５３", "13 953", "4.3%"])("refuses gdp=%s with 400 naming gdp", (gdp) => {
    const { status, body } = stageAnswer(new URLSearchParams({ gdp }), 2026);
    expect(status).toBe(400);
    expect(body).toMatchObject({ issues: [{ path: ["gdp"], message: "gdp must be a plain decimal number, e.g. 13953 or 4.3" }] });
  });

  it("refuses a dollar and a yuan figure together with 400 naming both fields", () => {
    const { status, body } = stageAnswer(new URLSearchParams({ gdp: "13953", cny: "98000", rate: "7.1" }), 2026);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: "Invalid input: gdp, cny",
      issues: [
        { path: ["gdp"], message: "give either gdp (USD) or cny with rate, not both" },
        { path: ["cny"], message: "give either gdp (USD) or cny with rate, not both" },
      ],
    });
  });

  it("still takes either figure alone", () => {
    expect(stageAnswer(new URLSearchParams({ gdp: "13953" }), 2026).status).toBe(200);
    expect(stageAnswer(new URLSearchParams({ cny: "98000", rate: "7.1" }), 2026).status).toBe(200);
  });
});
