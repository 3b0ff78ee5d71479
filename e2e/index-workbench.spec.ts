// The index workbench on /index: a pillar weight changed moves ranks at once, z-scores with a geometric
// mean are refused beside the field, the edited spec downloads as JSON, and the Monte Carlo runs in a Web
// Worker with a progress bar that advances, fills the interval table, can be cancelled and reports a worker
// that fails to load. Without JavaScript the workbench says it needs it.
import { expect, test, type Page } from "@playwright/test";

const otherPillars = ["科技链", "产业链", "资金链", "人才链"];

async function openWorkbench(page: Page) {
  await page.goto("/index");
  const workbench = page.getByTestId("index-workbench");
  await expect(workbench).toBeVisible();
  return workbench;
}

test.describe("index workbench: what-if", () => {
  test("weighing only 成果转化 moves ranks against the spec's own, and reset restores them", async ({ page }) => {
    const workbench = await openWorkbench(page);
    const rows = workbench.getByTestId("what-if-ranks").locator("tbody tr");
    await expect(workbench.getByTestId("what-if-status")).toHaveText("当前为框架自身的设定。");
    const regions = await rows.count();
    expect(regions).toBeGreaterThan(20);
    const firstBefore = await rows.first().getAttribute("data-region");

    for (const label of otherPillars) await workbench.getByLabel(label, { exact: true }).fill("0");
    // A share as analysts write it: the only weighted pillar holds all of the weight.
    await workbench.getByLabel("成果转化", { exact: true }).fill("30%");
    await expect(workbench.getByText("占 100%")).toBeVisible();

    await expect(workbench.getByTestId("what-if-status")).toContainText(/与框架设定相比，\d+个地区的名次有变化/);
    await expect(rows).toHaveCount(regions);
    await expect(rows.first()).not.toHaveAttribute("data-region", firstBefore!);
    await expect(workbench.getByTestId("what-if-ranks").getByText(/^上升\d+位$/).first()).toBeAttached();
    await expect(workbench.getByTestId("what-if-ranks").getByText(/^下降\d+位$/).first()).toBeAttached();

    await workbench.getByRole("button", { name: "恢复框架设定" }).click();
    await expect(workbench.getByTestId("what-if-status")).toHaveText("当前为框架自身的设定。");
    await expect(rows.first()).toHaveAttribute("data-region", firstBefore!);
    await expect(workbench.getByLabel("科技链", { exact: true })).toHaveValue("1");
  });

  test("refuses z-scores with a geometric mean next to the aggregation field, and a weight that is not a number", async ({ page }) => {
    const workbench = await openWorkbench(page);
    await workbench.getByLabel("标准化方法", { exact: true }).selectOption("zscore");
    await workbench.getByLabel("汇总方法", { exact: true }).selectOption("geometric");
    const aggregation = workbench.getByLabel("汇总方法", { exact: true });
    await expect(aggregation).toHaveAttribute("aria-invalid", "true");
    await expect(aggregation).toHaveAccessibleDescription(/几何平均需要非负得分/);
    await expect(workbench.getByTestId("what-if-status")).toHaveText(/设定有误/);
    await expect(workbench.getByRole("button", { name: "下载此设定（JSON）" })).toBeDisabled();
    await expect(workbench.getByRole("button", { name: "运行" })).toBeDisabled();

    await aggregation.selectOption("arithmetic");
    await expect(aggregation).not.toHaveAttribute("aria-invalid");
    await expect(workbench.getByRole("button", { name: "运行" })).toBeEnabled();

    const weight = workbench.getByLabel("科技链", { exact: true });
    await weight.fill("很多");
    await expect(weight).toHaveAttribute("aria-invalid", "true");
    await expect(weight).toHaveAccessibleDescription(/请写一个数字/);
    await weight.fill("１．５");
    await expect(weight).not.toHaveAttribute("aria-invalid");
  });

  test("downloads the edited spec as <key>-what-if.json, keyed to be imported beside the original", async ({ page }) => {
    const workbench = await openWorkbench(page);
    await workbench.getByLabel("科技链", { exact: true }).fill("2.5");
    await workbench.getByLabel("标准化方法", { exact: true }).selectOption("rank");
    const [download] = await Promise.all([page.waitForEvent("download"), workbench.getByRole("button", { name: "下载此设定（JSON）" }).click()]);
    expect(download.suggestedFilename()).toBe("default-what-if.json");
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const spec = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    expect(spec.key).toBe("default-what-if");
    expect(spec.method.normalisation).toBe("rank");
    expect(spec.pillars[0].weight).toBe(2.5);
    expect(spec.pillars[0].indicators.length).toBeGreaterThan(0);
  });
});

test.describe("index workbench: Monte Carlo in a Web Worker", () => {
  test("300 runs: the progress bar advances, then 31 regions' intervals and the sensitivity indices fill in", async ({ page }) => {
    const workbench = await openWorkbench(page);
    // Every progress value React writes, recorded as it happens (a run can finish within a few frames).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof HTMLProgressElement ? record.target : record.target instanceof Element ? record.target.querySelector("progress") : null;
          if (target?.hasAttribute("value")) seen.push(`${target.value}/${target.max}`);
        }
      }).observe(document.querySelector("[data-testid=index-workbench]")!, { subtree: true, childList: true, attributes: true, attributeFilter: ["value", "max"] });
    });
    await workbench.getByLabel("模拟次数").fill("300");
    await workbench.getByRole("button", { name: "运行" }).click();

    const intervals = workbench.getByTestId("rank-intervals").locator("tbody tr");
    await expect(intervals).toHaveCount(31);
    await expect(workbench.getByRole("status").filter({ hasText: "共 300 次模拟" })).toBeVisible();
    await expect(workbench.getByTestId("sensitivity-reading")).toContainText("排名的波动主要来自");
    await expect(workbench.getByTestId("sensitivity-indices").getByRole("rowheader", { name: "权重：科技链" })).toBeVisible();
    await expect(workbench.getByTestId("sensitivity-indices").getByRole("rowheader", { name: "标准化方法" })).toBeVisible();
    await expect(intervals.first().getByRole("cell").nth(2)).toHaveText(/^第\d+(—\d+)?名$/);

    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    const fractions = seen.map((s) => s.split("/").map(Number) as [number, number]).filter(([, max]) => max > 1);
    expect(fractions.some(([value, max]) => value > 0 && value < max), `progress seen: ${seen.join(", ")}`).toBe(true);
    const values = fractions.map(([value]) => value);
    expect(values).toEqual([...values].sort((a, b) => a - b));

    // The results stay, marked as computed on the settings before the change.
    await workbench.getByLabel("科技链", { exact: true }).fill("3");
    await expect(workbench.getByText("以下结果按运行时的设定计算")).toBeVisible();
    await expect(intervals).toHaveCount(31);
  });

  test("cancel stops the worker and keeps no result", async ({ page }) => {
    const workbench = await openWorkbench(page);
    await workbench.getByLabel("模拟次数").fill("5,000");
    await workbench.getByRole("button", { name: "运行" }).click();
    await expect(workbench.getByRole("progressbar", { name: "计算进度" })).toBeVisible();
    await expect.poll(() => page.workers().length).toBe(1);
    await workbench.getByRole("button", { name: "取消" }).click();
    await expect(workbench.getByText("已取消，结果未保留。")).toBeVisible();
    await expect.poll(() => page.workers().length).toBe(0);
    await expect(workbench.getByRole("progressbar")).toHaveCount(0);
    await page.waitForTimeout(500);
    await expect(workbench.getByTestId("rank-intervals")).toHaveCount(0);
    await expect(workbench.getByRole("button", { name: "运行" })).toBeEnabled();
    await expect(workbench.getByRole("button", { name: "取消" })).toBeDisabled();
  });

  test("refuses runs out of range beside the field", async ({ page }) => {
    const workbench = await openWorkbench(page);
    const runs = workbench.getByLabel("模拟次数");
    await runs.fill("50");
    await workbench.getByRole("button", { name: "运行" }).click();
    await expect(runs).toHaveAttribute("aria-invalid", "true");
    await expect(runs).toHaveAccessibleDescription(/超出允许范围/);
    expect(page.workers()).toHaveLength(0);
  });

  test("a worker that cannot load is reported in the panel, not left spinning", async ({ page }) => {
    await page.route(/turbopack-worker|index-worker/, (route) => route.fulfill({ status: 404, body: "" }));
    const workbench = await openWorkbench(page);
    await workbench.getByRole("button", { name: "运行" }).click();
    await expect(workbench.getByRole("alert").filter({ hasText: "后台计算程序未能启动或中途出错" })).toBeVisible({ timeout: 10_000 });
    await expect(workbench.getByRole("button", { name: "运行" })).toBeEnabled();
  });
});

test.describe("index workbench without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("says it needs JavaScript while the rest of the page stands", async ({ page }) => {
    await page.goto("/index");
    await expect(page.getByTestId("index-workbench-needs-script")).toContainText("需要启用 JavaScript");
    await expect(page.getByTestId("index-workbench")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
