import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const debianChromium = "/usr/bin/chromium";
export const editorPassword = "e2e-editor-password";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "on-first-retry",
    locale: "zh-CN",
    launchOptions: {
      // Debian's Chromium when present (Playwright cannot download its own build here).
      executablePath: existsSync(debianChromium) ? debianChromium : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } }, testIgnore: /.*\.mobile\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } }, testMatch: /.*\.mobile\.spec\.ts/ },
  ],
  webServer: {
    command: `node dist/server.mjs -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/v1/stage?gdp=1`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "file:./e2e/.output/e2e.db",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      // A test-only editor password, so the login and import flows can be driven.
      KECHAN_EDITOR_PASSWORD: editorPassword,
    },
  },
});
