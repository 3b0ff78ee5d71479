// Files waiting between the editor's preview and confirmation, kept under a random token (never a name from
// the request), and swept after an hour.
import "server-only";
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { databaseFile, databaseProvider } from "@/lib/env";

const maxAgeMs = 60 * 60 * 1000;
const tokenPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * On SQLite, beside the database file (the one data directory a deployment keeps). On PostgreSQL there is no
 * such directory, so the OS temp dir: a staged file only has to last from the preview to the confirmation.
 * It is this instance's own, so with several instances an editor's confirmation must reach the instance that
 * showed the preview (sticky sessions); one that does not answers "stale" and the editor uploads again.
 */
function stagingDir(): string {
  if (databaseProvider() === "postgresql") return join(tmpdir(), "kechan-import-staging");
  return join(dirname(resolve(databaseFile())), "import-staging");
}

function sweep(dir: string, now: number) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (now - statSync(path).mtimeMs > maxAgeMs) rmSync(path, { force: true });
  }
}

export function stageUpload(bytes: Uint8Array, fileName: string): string {
  const dir = stagingDir();
  // Only this user reads what editors upload.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  sweep(dir, Date.now());
  const token = randomUUID();
  writeFileSync(join(dir, `${token}.bin`), bytes);
  writeFileSync(join(dir, `${token}.name`), fileName);
  return token;
}

export function readStagedUpload(token: string): { bytes: Uint8Array; fileName: string } | null {
  if (!tokenPattern.test(token)) return null;
  try {
    const dir = stagingDir();
    return { bytes: readFileSync(join(dir, `${token}.bin`)), fileName: readFileSync(join(dir, `${token}.name`), "utf8") };
  } catch {
    return null;
  }
}

export function dropStagedUpload(token: string): void {
  if (!tokenPattern.test(token)) return;
  for (const ext of ["bin", "name"]) rmSync(join(stagingDir(), `${token}.${ext}`), { force: true });
}
