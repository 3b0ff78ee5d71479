// The batch check as the page and the API run it: fields validated, text kept, CSV the same as the table.
import { describe, expect, it } from "vitest";
import { maxBatchLines } from "@/lib/domain/batch";
import { getMessages } from "@/lib/i18n";
import { batchCsv, batchErrorBody, batchProblemMessages, runBatchForm, type BatchProblem } from "@/lib/stage-batch";
import { maxBatchTextChars } from "@/lib/validation/batch";

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const run = (fields: Record<string, string | File>) => runBatchForm(form(fields), { currentYear: 2026 });

/** Parses our CSV (no quoted cells in these rows) into header and rows. */
const readCsv = (csv: string) => {
  const [header, ...rows] = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((line) => line.split(","));
  return { header: header!, rows };
};

describe("runBatchForm", () => {
  it("reads growth and year as analysts type them", async () => {
    for (const [growth, year] of [["4.3", "2025"], ["４.３", "２０２５"], ["4.3%", "2025年"], [" 4.3 ", " 2025 "]]) {
      const result = await run({ text: "中国, 13953", growth: growth!, year: year! });
      expect(result).toMatchObject({ ok: true, projection: { growthPct: 4.3, baseYear: 2025 }, rows: [{ reachesNextStageIn: 2030 }] });
    }
  });

  it.each([
    [{ growth: "abc" }, { growth: "growth-invalid" }],
    [{ growth: "31" }, { growth: "growth-invalid" }],
    [{ growth: "-21" }, { growth: "growth-invalid" }],
    [{ growth: "4.3", year: "1959" }, { year: "year-invalid" }],
    [{ growth: "4.3", year: "2025.5" }, { year: "year-invalid" }],
    [{ year: "明年" }, { year: "year-invalid" }],
    [{ growth: "x", year: "y" }, { growth: "growth-invalid", year: "year-invalid" }],
    [{ format: "xml" }, { format: "format-invalid" }],
    [{ text: "x".repeat(maxBatchTextChars + 1) }, { text: "text-too-long" }],
    [{ text: "" }, { text: "no-lines" }],
    [{ text: "# only a comment" }, { text: "no-lines" }],
    [{ text: Array.from({ length: maxBatchLines + 1 }, (_, i) => `r${i}, 5000`).join("\n") }, { text: "too-many-lines" }],
    [{ file: "not a file" }, { file: "file-invalid" }],
    [{ file: new File([new Uint8Array([0xff, 0xfe, 0x00])], "x.csv") }, { file: "file-not-utf8" }],
  ] as [Record<string, string | File>, Record<string, BatchProblem>][])("refuses %j, naming the field", async (fields, problems) => {
    const result = await run({ text: "中国, 13953", ...fields });
    expect(result).toMatchObject({ ok: false, problems });
    if (!result.ok) expect(Object.keys(result.problems)).toEqual(Object.keys(problems));
  });

  it("reads the file after the pasted text and says which text the rows came from", async () => {
    const file = new File(["深圳, 28,000\n"], "regions.csv", { type: "text/csv" });
    const result = await run({ text: "中国, 13953", file });
    expect(result).toMatchObject({ ok: true, echo: { text: "中国, 13953" }, checkedText: "中国, 13953\n深圳, 28,000\n" });
    expect(result.ok && result.rows.map((r) => [r.line, r.region, r.gdpPerCapitaUsd])).toEqual([[1, "中国", 13953], [2, "深圳", 28000]]);
    expect(await run({ text: "中国, 13953" })).toMatchObject({ checkedText: null });
  });
});

describe("batchCsv", () => {
  it("holds the table's rows and values, numbers as plain numbers, and the crossing year with its assumptions", async () => {
    const result = await run({ text: "中国, 13,953\n甲, 1.4万\n乙, 30000\n13,953", growth: "4.3", year: "2025" });
    if (!result.ok) throw new Error("expected a result");
    const { header, rows } = readCsv(batchCsv(result));
    const c = getMessages("zh-CN").batch.csv;
    // Chinese headers whatever the page's language: the API's format=csv answer (README) is this file.
    expect(header).toEqual([c.line, c.region, c.gdp, c.stage, c.next, c.gap, c.reaches, c.growth, c.baseYear]);
    expect(header[0]).toBe("行号");
    expect(rows).toEqual([
      ["1", "中国", "13953", "效率驱动向创新驱动转型", "17000", "3047", "2030", "4.3", "2025"],
      ["2", "甲", "14000", "效率驱动向创新驱动转型", "17000", "3000", "2030", "4.3", "2025"],
      ["3", "乙", "30000", "创新驱动", "", "", "", "4.3", "2025"],
      ["4", "", "13953", "效率驱动向创新驱动转型", "17000", "3047", "2030", "4.3", "2025"],
    ]);
  });

  it("has no projection columns without a growth rate", async () => {
    const result = await run({ text: "中国, 13953" });
    if (!result.ok) throw new Error("expected a result");
    expect(readCsv(batchCsv(result)).header).toHaveLength(6);
  });
});

describe("messages", () => {
  it("the API names every refused field; the page has Chinese and English text for every problem", () => {
    expect(batchErrorBody({ growth: "growth-invalid", year: "year-invalid" })).toEqual({
      error: "Invalid input: growth, year",
      issues: [
        { path: ["growth"], message: batchProblemMessages["growth-invalid"] },
        { path: ["year"], message: batchProblemMessages["year-invalid"] },
      ],
    });
    const page = getMessages("zh-CN").batch.problems;
    expect(Object.keys(page).sort()).toEqual(Object.keys(batchProblemMessages).sort());
    for (const text of Object.values(page)) expect(text).not.toMatch(/[A-Za-z]{4,}/);
    expect(page["text-too-long"]).toContain(maxBatchTextChars.toLocaleString("en-US"));
    expect(page["too-many-lines"]).toContain(maxBatchLines.toLocaleString("en-US"));
    const english = getMessages("en").batch.problems;
    expect(Object.keys(english).sort()).toEqual(Object.keys(batchProblemMessages).sort());
    for (const text of Object.values(english)) expect(text).not.toMatch(/\p{Script=Han}/u);
    expect(english["too-many-lines"]).toContain(maxBatchLines.toLocaleString("en-US"));
  });
});
