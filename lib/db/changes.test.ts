// The page cache's signal that the data changed (./changes.ts): a commit through another connection, as
// another instance or the import CLI makes, must change the version within a second; on PostgreSQL a write
// to a table no page shows must not, and a listener that loses its connection must say so and recover.
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/prisma-client";
import { waitFor } from "@/lib/testing/wait-for";
import { resetTestDatabase, testDatabaseUrl, testPostgresServer } from "@/seed/test-database";
import type { DataChanges } from "./changes";

const file = resolve(".test-dbs/data-changes.db");
// Before anything reads the environment: watchDataChanges() watches the database DATABASE_URL names.
process.env.DATABASE_URL = testDatabaseUrl(file);

let other: Db;
let changes: DataChanges;
let sources = 0;

/** A commit to a data table through another connection, as another instance or the import CLI makes. */
const writeData = () => {
  sources += 1;
  return other.source.create({
    data: { slug: `change-${sources}`, titleZh: "变更", titleEn: "Change", authors: "-", organisation: "-", published: "2026", language: "zh-Hans", summaryZh: "-" },
  });
};

const changesWithin = async (before: number, timeoutMs: number) => waitFor(() => changes.dataVersion() !== before, timeoutMs);

beforeAll(async () => {
  other = createPrismaClient(await resetTestDatabase(file));
  const { watchDataChanges } = await import("./changes");
  changes = watchDataChanges();
}, 60_000);

afterAll(async () => {
  await changes?.close();
  await other?.$disconnect();
});

describe.skipIf(testPostgresServer() !== undefined)("data changes on SQLite (data_version)", () => {
  it("stays put while nothing is written and changes within a second of another connection's commit", async () => {
    const before = changes.dataVersion();
    expect(changes.dataVersion()).toBe(before);
    await writeData();
    expect(await changesWithin(before, 1_000)).toBe(true);
  });
});

describe.skipIf(testPostgresServer() === undefined)("data changes on PostgreSQL (LISTEN kechan_data_changed; set KECHAN_TEST_POSTGRES_URL to run)", () => {
  // While the listener is down every read is a new version, so two reads agree only while it listens.
  const listening = () => changes.dataVersion() === changes.dataVersion();

  it("changes within a second of another connection's commit", async () => {
    expect(await waitFor(listening, 5_000)).toBe(true);
    const before = changes.dataVersion();
    expect(changes.dataVersion()).toBe(before);
    await writeData();
    expect(await changesWithin(before, 1_000)).toBe(true);
  });

  it("does not change for a write to a table no page shows (LoginFailure)", async () => {
    expect(await waitFor(listening, 5_000)).toBe(true);
    const before = changes.dataVersion();
    await other.loginFailure.create({ data: { client: "192.0.2.1", atMs: BigInt(Date.now()) } });
    // Notifications arrive in commit order: once the data write is heard, a notice from the first would have been too.
    await writeData();
    expect(await changesWithin(before, 1_000)).toBe(true);
    expect(changes.dataVersion()).toBe(before + 1);
  });

  it("changes when the listening connection is dropped, listens again, and hears the next write", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(await waitFor(listening, 5_000)).toBe(true);
      const before = changes.dataVersion();
      const { listenerApplicationName } = await import("./changes");
      const dropped = await other.$queryRawUnsafe<{ dropped: boolean }[]>(
        `SELECT pg_terminate_backend(pid) AS dropped FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
        listenerApplicationName,
      );
      expect(dropped).toEqual([{ dropped: true }]);
      expect(await changesWithin(before, 1_000)).toBe(true);
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/not hearing data changes/));

      expect(await waitFor(listening, 5_000)).toBe(true);
      const again = changes.dataVersion();
      await writeData();
      expect(await changesWithin(again, 1_000)).toBe(true);
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/hearing data changes from PostgreSQL again/));
    } finally {
      logged.mockRestore();
    }
  });
});
