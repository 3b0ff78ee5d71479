// Staged uploads live in the database: what one instance staged, another reads; bytes come back exactly;
// stale, dropped and made-up tokens find nothing. On both providers (KECHAN_TEST_POSTGRES_URL).
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { createPrismaClient } from "@/lib/db/prisma-client";
import { testDatabaseUrl } from "@/seed/test-database";
import { dropStagedUpload, readStagedUpload, stageUpload } from "./staging";

const file = ".test-dbs/staging.db";

vi.mock("@/lib/db/prisma", async () => {
  const { createTestDatabase } = await import("@/seed/test-database");
  return { db: await createTestDatabase(".test-dbs/staging.db", { seed: false }) };
});

const otherInstance = createPrismaClient(testDatabaseUrl(file));

afterAll(async () => {
  await Promise.all([db.$disconnect(), otherInstance.$disconnect()]);
});

describe("staged uploads", () => {
  it("keeps every byte of the file and its name, readable through another instance's connection", async () => {
    const bytes = new Uint8Array([0, 255, 0xb1, 0xb1, 0xbe, 0xa9, 10, 13, 0]); // NUL, GB18030 北京, CR LF
    const token = await stageUpload(bytes, "北京 2024.csv");
    expect(await readStagedUpload(token)).toEqual({ bytes, fileName: "北京 2024.csv" });
    const seen = await otherInstance.stagedUpload.findUnique({ where: { token } });
    expect(seen && [...seen.bytes]).toEqual([...bytes]);
  });

  it("finds nothing for a dropped, made-up or malformed token", async () => {
    const token = await stageUpload(new Uint8Array([1, 2, 3]), "a.csv");
    await dropStagedUpload(token);
    expect(await readStagedUpload(token)).toBeNull();
    expect(await readStagedUpload("00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await readStagedUpload("../../etc/passwd")).toBeNull();
    await dropStagedUpload("' OR 1=1 --"); // refused before any query
  });

  it("lets an upload go stale after an hour and sweeps it when the next one is staged", async () => {
    const start = Date.UTC(2026, 0, 1);
    const old = await stageUpload(new Uint8Array([7]), "old.csv", start);
    expect(await readStagedUpload(old, start + 59 * 60_000)).not.toBeNull();
    expect(await readStagedUpload(old, start + 61 * 60_000)).toBeNull();
    await stageUpload(new Uint8Array([8]), "new.csv", start + 61 * 60_000);
    expect(await db.stagedUpload.findUnique({ where: { token: old } })).toBeNull();
  });
});
