import { describe, expect, it } from "vitest";
import { actionForm, blankToUndefined, formRecord } from "./form-values";

describe("form values", () => {
  it("treats blank text as not given and keeps everything else", () => {
    expect(blankToUndefined("  ")).toBeUndefined();
    expect(blankToUndefined("")).toBeUndefined();
    expect(blankToUndefined(" 4 ")).toBe(" 4 ");
    expect(blankToUndefined(0)).toBe(0);
  });

  it("reads the first value of each field", () => {
    const form = new FormData();
    form.append("a", "1");
    form.append("a", "2");
    form.append("b", "x");
    expect(formRecord(form)).toEqual({ a: "1", b: "x" });
  });

  it("finds the form in either argument an action may receive, and nothing in junk", () => {
    const form = new FormData();
    expect(actionForm(null, form)).toBe(form);
    expect(actionForm(form, undefined)).toBe(form);
    expect(actionForm({ stage: "idle" }, form)).toBe(form);
    for (const [a, b] of [[undefined, undefined], [null, {}], ["x", 3], [{ get: () => "" }, null]]) {
      expect(actionForm(a, b)).toBeNull();
    }
  });
});
