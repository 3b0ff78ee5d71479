// A killed import leaves the database exactly as it was: the CLI is SIGKILLed while its transaction is
// writing (its rollback journal exists), and the next open rolls everything back.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/seed/test-database";
import type { Db } from "@/lib/prisma-client";
import { dumpDatabase } from "@/lib/testing/dump-database";
import { waitFor } from "@/lib/testing/wait-for";

const file = resolve(".test-dbs/kill.db");
const csv = resolve(".test-dbs/kill-import.csv");
let db: Db;

beforeAll(async () => {
  db = await createTestDatabase(file, { seed: true });
  await db.$disconnect();
  mkdirSync(resolve(".test-dbs"), { recursive: true });
  // 150,000 new figures: three indicators × 200 years × 250 sources, enough to keep the writer busy.
  const lines = ["indicator,region,year,value,source"];
  for (const indicator of ["industrial-rnd-intensity", "enterprise-rnd-share", "gdp-growth-forecast"]) {
    for (let s = 0; s < 250; s++) for (let year = 1900; year < 2100; year++) lines.push(`${indicator},jiangxi,${year},${(year % 17) + s / 100},kill-test-${s}`);
  }
  writeFileSync(csv, lines.join("\n"));
});

afterAll(async () => {
  await db.$disconnect();
});


describe("an import killed mid-write", () => {
  it("leaves the database exactly as before", async () => {
    const before = dumpDatabase(file);
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", csv], {
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on("exit", (_code, signal) => done(signal)));
    const journal = `${file}-journal`;
    // The rollback journal appears when the transaction first writes a page: kill it then.
    const writing = await waitFor(() => existsSync(journal), 60_000);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(writing).toBe(true);
    expect(existsSync(journal)).toBe(true); // a hot journal: the write was cut off mid-way

    // Opening the file rolls the hot journal back.
    new Database(file).close();
    expect(dumpDatabase(file)).toBe(before);
  }, 120_000);
});
