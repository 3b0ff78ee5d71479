// The batch action as the page calls it, as a form without JavaScript or a hand-made post may call it.
import { describe, expect, it } from "vitest";
import { checkBatchAction } from "./stage-batch";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("checkBatchAction", () => {
  it("checks the lines of a form, with or without a previous state", async () => {
    expect(await checkBatchAction(null, form({ text: "中国, 13953" }))).toMatchObject({ ok: true, rows: [{ region: "中国" }] });
    // A plain form post naming the action ($ACTION_ID_…) passes the form data as the only argument.
    const alone = checkBatchAction as unknown as (form: FormData) => Promise<unknown>;
    expect(await alone(form({ text: "中国, 13953" }))).toMatchObject({ ok: true });
  });

  it("sends back what was typed, so the form keeps it after 测算", async () => {
    const typed = { text: "中国, 13,953\n江西，9800", growth: "4.3", year: "2025" };
    expect(await checkBatchAction(null, form(typed))).toMatchObject({ ok: true, echo: typed });
    const refused = { text: "中国, 13953", growth: "很快", year: "25" };
    expect(await checkBatchAction(null, form(refused))).toEqual({
      ok: false,
      echo: refused,
      problems: { growth: "growth-invalid", year: "year-invalid" },
    });
  });

  it("without a base year, projects from the current year", async () => {
    const result = await checkBatchAction(null, form({ text: "中国, 13953", growth: "4.3" }));
    expect(result).toMatchObject({ ok: true, projection: { growthPct: 4.3, baseYear: new Date().getFullYear() } });
  });

  it("answers arguments that are not a form with a refusal, not an exception", async () => {
    const call = checkBatchAction as (...args: unknown[]) => Promise<unknown>;
    for (const args of [[], [null, null], [null, {}], [1, "x", 3]]) {
      expect(await call(...args)).toMatchObject({ ok: false, problems: { text: "no-lines" } });
    }
  });
});
