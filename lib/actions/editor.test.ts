// The editor's actions as a form without JavaScript or a hand-made post may call them: one argument, or junk.
import { describe, expect, it } from "vitest";
import { loginAction } from "./editor";

const call = loginAction as unknown as (...args: unknown[]) => Promise<unknown>;

describe("loginAction", () => {
  it("reads a form passed alone, as a post naming the action by its id sends it", async () => {
    const form = new FormData();
    form.set("password", "");
    expect(await call(form)).toEqual({ error: "required" });
    const long = new FormData();
    long.set("password", "x".repeat(201));
    expect(await call(long)).toEqual({ error: "too-long" });
  });

  it("refuses arguments that are not a form instead of throwing", async () => {
    for (const args of [[], [null, null], [null, {}], [1, "x", 3]]) {
      expect(await call(...args)).toEqual({ error: "required" });
    }
  });
});
