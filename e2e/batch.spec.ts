import { expect, test, type Download, type Page } from "@playwright/test";

const lines = ["中国, 13953", "巴西, 10,200", "甲地, 2500", "乙地, abc", "13,953", "深圳\t28,000"].join("\n");

async function downloadedText(download: Download): Promise<string> {
  const chunks = await (await download.createReadStream()).toArray();
  return Buffer.concat(chunks).toString("utf8");
}

/** Our CSV's cells: a BOM, CRLF lines, cells quoted only when they hold a comma or a quote (none here). */
function csvRows(text: string): string[][] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  return text.slice(1).trimEnd().split("\r\n").map((line) => line.split(","));
}

/** The table on screen, cell by cell. */
async function tableRows(page: Page): Promise<string[][]> {
  const rows = page.getByTestId("batch-table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  return Promise.all((await rows.all()).map((row) => row.locator("td").allInnerTexts()));
}

async function fillBatch(page: Page, text: string, growth = "", year = "") {
  await page.getByLabel("地区与人均GDP").fill(text);
  await page.getByLabel("实际GDP年均增速（%）").fill(growth);
  await page.getByLabel("基准年份").fill(year);
}

test.describe("batch stage check", () => {
  test("pasted lines come back as a table, with bad lines reported by number, and the text stays in the box", async ({ page }) => {
    await page.goto("/stage/batch");
    await fillBatch(page, lines);
    await page.getByRole("button", { name: "测算", exact: true }).click();

    const table = page.getByTestId("batch-table");
    await expect(table.locator("tbody tr")).toHaveCount(5);
    await expect(table.locator("tbody tr").first()).toContainText("效率驱动向创新驱动转型");
    await expect(table).toContainText("要素驱动向效率驱动转型");
    await expect(page.getByTestId("batch-line-errors")).toContainText("第4行");
    await expect(page.getByLabel("地区与人均GDP")).toHaveValue(lines);
  });

  test("a line that is only \"13,953\" is one figure, not two cells", async ({ page }) => {
    await page.goto("/stage/batch");
    await fillBatch(page, "13,953\n中国,13,953");
    await page.getByRole("button", { name: "测算", exact: true }).click();
    const rows = await tableRows(page);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["1", "（未填地区）", "13,953"],
      ["2", "中国", "13,953"],
    ]);
    await expect(page.getByTestId("batch-line-errors")).toHaveCount(0);
  });

  test("with growth and year: the crossing year on screen, the fields kept, and the CSV download is the table", async ({ page }) => {
    await page.goto("/stage/batch");
    await fillBatch(page, lines, "4.3", "2025");
    await page.getByRole("button", { name: "测算", exact: true }).click();
    await expect(page.getByTestId("batch-table").locator("thead")).toContainText("进入下一阶段年份");
    await expect(page.getByLabel("地区与人均GDP")).toHaveValue(lines);
    await expect(page.getByLabel("实际GDP年均增速（%）")).toHaveValue("4.3");
    await expect(page.getByLabel("基准年份")).toHaveValue("2025");
    const onScreen = await tableRows(page);
    // 13,953 × 1.043^5 is the first figure above 17,000.
    expect(onScreen[0]).toEqual(["1", "中国", "13,953", "效率驱动向创新驱动转型", "17,000", "3,047", "2030"]);

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "下载 CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const [header, ...rows] = csvRows(await downloadedText(file));
    expect(header).toEqual(["行号", "地区", "人均GDP（美元）", "阶段", "下一阶段门槛（美元）", "距门槛（美元）", "进入下一阶段年份", "实际GDP年均增速（%）", "基准年份"]);
    expect(rows).toHaveLength(onScreen.length);
    // Same rows and values as the table; numbers as plain numbers ("13953", never "13,953").
    const plain = (cell: string) => (cell === "—" ? "" : cell.replace(/,/g, ""));
    expect(rows.map((r) => r.slice(0, 7))).toEqual(
      onScreen.map((r) => [r[0]!, r[1] === "（未填地区）" ? "" : r[1]!, plain(r[2]!), r[3]!, plain(r[4]!), plain(r[5]!), r[6] === "已是最高阶段" ? "" : r[6]!]),
    );
    expect(rows.find((r) => r[1] === "中国")).toEqual(["1", "中国", "13953", "效率驱动向创新驱动转型", "17000", "3047", "2030", "4.3", "2025"]);
    expect(rows.find((r) => r[1] === "深圳")?.[6]).toBe("");
    expect(rows.every((r) => r[7] === "4.3" && r[8] === "2025")).toBe(true);
    // The page is still there, text and all.
    await expect(page.getByLabel("地区与人均GDP")).toHaveValue(lines);
  });

  test("bad input gets a Chinese message next to its field, and the text stays", async ({ page }) => {
    await page.goto("/stage/batch");
    await page.getByRole("button", { name: "测算", exact: true }).click();
    await expect(page.locator("#text-error")).toContainText("没有可测算的行");

    await fillBatch(page, "中国, 13953", "很快", "25");
    await page.getByRole("button", { name: "测算", exact: true }).click();
    await expect(page.locator("#growth-error")).toContainText("增速需为 -20 到 30 之间的数字");
    await expect(page.locator("#year-error")).toContainText("基准年份需为");
    await expect(page.getByLabel("实际GDP年均增速（%）")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("地区与人均GDP")).toHaveValue("中国, 13953");
    await expect(page.getByLabel("实际GDP年均增速（%）")).toHaveValue("很快");
    await expect(page.getByTestId("batch-table")).toHaveCount(0);
    await expect(page.locator("main")).not.toContainText(/must|Invalid|error/);
  });
});

test.describe("batch stage check without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("keeps the text after 测算, shows the table, and downloads the same rows", async ({ page }) => {
    await page.goto("/stage/batch");
    await fillBatch(page, lines, "4.3", "2025");
    await page.getByRole("button", { name: "测算", exact: true }).click();
    await expect(page.getByTestId("batch-table").locator("tbody tr")).toHaveCount(5);
    await expect(page.getByLabel("地区与人均GDP")).toHaveValue(lines);
    await expect(page.getByLabel("实际GDP年均增速（%）")).toHaveValue("4.3");
    await expect(page.getByLabel("基准年份")).toHaveValue("2025");
    const onScreen = await tableRows(page);

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "下载 CSV" }).click();
    const [, ...rows] = csvRows(await downloadedText(await download));
    expect(rows.map((r) => [r[0], r[6]])).toEqual(onScreen.map((r) => [r[0], r[6] === "已是最高阶段" ? "" : r[6]]));
    expect(rows[0]).toEqual(["1", "中国", "13953", "效率驱动向创新驱动转型", "17000", "3047", "2030", "4.3", "2025"]);
  });

  test("bad input is answered on the page in Chinese, with the text kept", async ({ page }) => {
    await page.goto("/stage/batch");
    await fillBatch(page, "中国, 13953", "4.3", "1900");
    await page.getByRole("button", { name: "测算", exact: true }).click();
    await expect(page.locator("#year-error")).toContainText("基准年份需为 1960—2100");
    await expect(page.getByLabel("地区与人均GDP")).toHaveValue("中国, 13953");
    await expect(page.getByLabel("基准年份")).toHaveValue("1900");
  });
});

test.describe("POST /api/v1/stage/batch", () => {
  test("takes growth and year, and names a bad field in a 400", async ({ request }) => {
    const ok = await request.post("/api/v1/stage/batch", { form: { text: "中国, 13,953\n１３９５３", growth: "4.3", year: "2025" } });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toMatchObject({
      projection: { growthPct: 4.3, baseYear: 2025 },
      rows: [{ region: "中国", gdpPerCapitaUsd: 13953, reachesNextStageIn: 2030 }, { region: "", gdpPerCapitaUsd: 13953 }],
    });
    const bad = await request.post("/api/v1/stage/batch", { form: { text: "中国, 13953", growth: "fast" } });
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "Invalid input: growth", issues: [{ path: ["growth"] }] });
  });
});
