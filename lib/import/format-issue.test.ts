// An import problem in words, in the editor's language (the form), in English (the API) and Chinese (the CLI).
import { describe, expect, it } from "vitest";
import { formatIssue, formatIssueParts } from "./format-issue";
import type { ImportIssue } from "./issues";

const notANumber: ImportIssue = { line: 3, column: "value", problem: "not-a-number", detail: "abc" };
const duplicate: ImportIssue = { line: 7, column: null, problem: "duplicate-key", detail: "4" };

describe("formatIssueParts", () => {
  it("words the line, the reason and a duplicate's first line in the page's language", () => {
    expect(formatIssueParts(notANumber, "zh-CN")).toMatchObject({ where: "第 3 行", column: "value", detail: "abc" });
    expect(formatIssueParts(duplicate, "zh-CN").detail).toBe("与第 4 行重复");
    const english = formatIssueParts(notANumber, "en");
    expect(english.column).toBe("value");
    expect(english.detail).toBe("abc");
    for (const text of [english.where, english.reason, formatIssueParts(duplicate, "en").detail]) {
      expect(text).not.toBe("");
      expect(text).not.toMatch(/\p{Script=Han}/u);
    }
  });
});

describe("formatIssue", () => {
  it("puts the parts on one line", () => {
    expect(formatIssue(notANumber, "zh-CN")).toBe(`第 3 行，value 列：${formatIssueParts(notANumber, "zh-CN").reason}「abc」`);
    expect(formatIssue({ line: 0, column: null, problem: "empty" }, "zh-CN")).toBe(`整个文件：${formatIssueParts({ line: 0, column: null, problem: "empty" }, "zh-CN").reason}`);
    const english = formatIssue(notANumber, "en");
    expect(english).toContain(", column value: ");
    expect(english.endsWith(' "abc"')).toBe(true);
    expect(english).not.toMatch(/\p{Script=Han}/u);
  });
});
