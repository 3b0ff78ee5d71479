// The production server's start and stop. It will not serve a store the committed migrations have not all
// reached (every page would fail on a missing column): it exits at start, naming the migrations missing and the
// command to run. On SIGTERM it stops with the store whole in its file, the write-ahead log checkpointed, so a
// copy of the file alone is a complete backup. On SQLite files whatever the run's database;
// lib/db/migration-status.test.ts covers both providers' records, lib/http/graceful-stop.test.ts the requests
// under way.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { openDatabaseFile } from "../lib/db/file";
import { migrationNames, runSqliteMigrationFiles, sqliteMigrationsDir } from "../lib/db/migration-files";

const port = Number(process.env.E2E_PORT ?? 3100) + 2;
const dir = resolve("e2e/.output/start-check");

type Run = { server: ChildProcess; output: () => string; exited: Promise<number | null> };

/** Starts the built server on `databaseUrl`; it is killed after 30 s if it has not exited by then. */
function launch(databaseUrl: string, env: Record<string, string> = {}): Run {
  const server = spawn("node", ["dist/server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  let output = "";
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => server.kill("SIGKILL"), 30_000);
  const exited = new Promise<number | null>((done) =>
    server.on("exit", (code) => {
      clearTimeout(timer);
      done(code);
    }),
  );
  return { server, output: () => output, exited };
}

/** Starts the server and waits for it to exit: its exit code and what it printed. */
async function start(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  const run = launch(databaseUrl);
  return { code: await run.exited, output: run.output() };
}

test.beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
});

test("a store behind the code: the server exits naming the missing migration and npm run db:deploy", async () => {
  const names = migrationNames(sqliteMigrationsDir);
  const file = resolve(dir, "behind.db");
  runSqliteMigrationFiles(file);
  // Recorded as `prisma migrate deploy` records, all but the last.
  const sqlite = openDatabaseFile(file);
  sqlite.exec(`CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY, "migration_name" TEXT NOT NULL, "finished_at" DATETIME, "rolled_back_at" DATETIME)`);
  const insert = sqlite.prepare(`INSERT INTO "_prisma_migrations" VALUES (?, ?, '2026-11-28 10:00:00', NULL)`);
  names.slice(0, -1).forEach((name, i) => insert.run(`m${i}`, name));
  sqlite.close();

  const { code, output } = await start(`file:${file}`);
  expect(code).toBe(1);
  expect(output).toContain(`1 migration not applied (${names.at(-1)})`);
  expect(output).toContain("npm run db:deploy");
  expect(output).not.toContain("serving on");
});

test("no file at the path: the server exits pointing at npm run db:setup, and makes no file", async () => {
  const file = resolve(dir, "missing.db");
  const { code, output } = await start(`file:${file}`);
  expect(code).toBe(1);
  expect(output).toContain("npm run db:setup");
  expect(existsSync(file)).toBe(false);
});

test("SIGTERM: the server stops with exit code 0 and leaves the store whole in its file", async () => {
  const file = resolve(dir, "stopped.db");
  runSqliteMigrationFiles(file);
  const run = launch(`file:${file}`, { KECHAN_EDITOR_PASSWORD: "lifecycle-password" });
  await expect.poll(run.output, { timeout: 30_000 }).toContain("serving on");
  // A failed login is written (the limiter's count), into the write-ahead log the server switched the file to.
  const login = await fetch(`http://127.0.0.1:${port}/api/v1/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ password: "wrong" }) });
  expect(login.status).toBe(401);
  expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);

  run.server.kill("SIGTERM");
  expect(await run.exited).toBe(0);
  expect(run.output()).toContain("SIGTERM: answering the requests under way, then stopping");
  expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
  // The file alone, copied as a careless backup would be, holds the write.
  const copy = resolve(dir, "stopped-copy.db");
  copyFileSync(file, copy);
  const sqlite = openDatabaseFile(copy, { readonly: true });
  expect(sqlite.prepare(`SELECT count(*) AS n FROM "LoginFailure"`).get()).toEqual({ n: 1 });
  sqlite.close();
});
