// The batch action as a form without JavaScript or a hand-made post may call it: one argument, or junk.
import { describe, expect, it } from "vitest";
import { checkBatchAction } from "./stage-batch";

const form = (text: string) => {
  const data = new FormData();
  data.set("text", text);
  return data;
};

describe("checkBatchAction", () => {
  it("checks the lines of a form, with or without a previous state", async () => {
    expect(await checkBatchAction(null, form("中国, 13953"))).toMatchObject({ ok: true, rows: [{ region: "中国" }] });
    // A plain form post naming the action ($ACTION_ID_…) passes the form data as the only argument.
    const alone = checkBatchAction as unknown as (form: FormData) => Promise<unknown>;
    expect(await alone(form("中国, 13953"))).toMatchObject({ ok: true });
  });

  it("answers arguments that are not a form with a refusal, not an exception", async () => {
    const call = checkBatchAction as (...args: unknown[]) => Promise<unknown>;
    for (const args of [[], [null, null], [null, {}], [1, "x", 3]]) {
      expect(await call(...args)).toEqual({ ok: false, field: "text", problem: "no-lines" });
    }
  });
});
