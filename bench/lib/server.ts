// Starts the production server (dist/server.mjs, bundled from server.ts, over the `next build` output) on a port against a given
// database (a SQLite file or a PostgreSQL database: any DATABASE_URL), for benchmarks: the same process `npm start` runs.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export type BenchServer = { url: string; pid: number; rssMb(): number; stop(): Promise<void> };

export async function startServer(options: { port: number; databaseUrl?: string; env?: Record<string, string> }): Promise<BenchServer> {
  const child: ChildProcess = spawn(process.execPath, [resolve("dist/server.mjs"), "-p", String(options.port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: options.databaseUrl ?? process.env.DATABASE_URL ?? "file:./data/kechan.db", ...options.env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`dist/server.mjs exited with ${child.exitCode} (its message is above; is the build there, the database migrated?)`);
    try {
      if ((await fetch(`${url}/api/v1/stage?gdp=1`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("server did not start within 60 s");
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid!,
    // Resident memory of the server process, from /proc (Linux).
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? 0) / 1024,
    stop: () =>
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise((done) => {
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
  };
}
