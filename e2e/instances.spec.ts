// Two instances of the app on one database, as behind a load balancer: what one writes, the other shows within
// a second, cached pages included, and a client locked out by one is locked out by the other. Runs on SQLite
// and on PostgreSQL (scripts/test.sh): the second instance is the same build started on the next port.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { editorPassword } from "../playwright.config";
import { freshLoopbackAddress, fromAddress, importRows, logIn } from "./editor-session";

const secondPort = Number(process.env.E2E_PORT ?? 3100) + 1;
const second = `http://127.0.0.1:${secondPort}`;
let server: ChildProcess | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  server = spawn("node", ["dist/server.mjs", "-p", String(secondPort), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "file:./e2e/.output/e2e.db", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", KECHAN_EDITOR_PASSWORD: editorPassword },
    stdio: "ignore",
  });
  await expect
    .poll(async () => (await fetch(`${second}/api/v1/stage?gdp=1`).catch(() => null))?.status ?? 0, { timeout: 60_000, intervals: [250] })
    .toBe(200);
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("an import through one instance shows on the other's cached page within a second", async ({ page }) => {
  const path = "/regions/qinghai";
  const marker = `e2e 两实例 ${Date.now()}`;
  // The second instance's page cache holds the page before the import.
  await expect
    .poll(async () => (await fetch(second + path)).headers.get("x-kechan-cache"), { timeout: 10_000 })
    .toBe("hit");
  expect(await (await fetch(second + path)).text()).not.toContain(marker);

  await logIn(page);
  await importRows(page, [`industrial-rnd-intensity,qinghai,2023,0.77,${marker},写入一个实例，另一个实例应当看到`]);
  const imported = Date.now();

  // Visible after how long: the time between the import's end and the sending of the first request that
  // shows the figure (the render time of that request is the machine's, not the propagation's).
  let seenAfterMs = Number.POSITIVE_INFINITY;
  while (Date.now() - imported < 5_000) {
    const sent = Date.now();
    if ((await (await fetch(second + path)).text()).includes(marker)) {
      seenAfterMs = sent - imported;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(seenAfterMs).toBeLessThanOrEqual(1_000);
});

test("failed logins counted by one instance lock the client out of the other", async ({ baseURL }) => {
  const attacker = freshLoopbackAddress();
  const json = { "content-type": "application/json", origin: baseURL! };
  for (let i = 0; i < 5; i++) {
    const wrong = await fromAddress(attacker, baseURL!, "POST", "/api/v1/session", { headers: json, body: JSON.stringify({ password: "not-the-password" }) });
    expect(wrong.status).toBe(401);
  }
  const elsewhere = await fromAddress(attacker, second, "POST", "/api/v1/session", { headers: { ...json, origin: second }, body: JSON.stringify({ password: editorPassword }) });
  expect(elsewhere.status).toBe(429);
  expect(Number(elsewhere.headers["retry-after"])).toBeGreaterThan(0);
});
