// Files waiting between the editor's preview and confirmation, kept under a random token (never a name from
// the request) in the database, so that with several instances the confirmation may reach any of them; swept
// after an hour.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/prisma";

const maxAgeMs = 60 * 60 * 1000;
const tokenPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function stageUpload(bytes: Uint8Array, fileName: string, nowMs = Date.now()): Promise<string> {
  await db.stagedUpload.deleteMany({ where: { createdMs: { lt: BigInt(nowMs - maxAgeMs) } } });
  const token = randomUUID();
  await db.stagedUpload.create({ data: { token, fileName, bytes: new Uint8Array(bytes), createdMs: BigInt(nowMs) } });
  return token;
}

export async function readStagedUpload(token: string, nowMs = Date.now()): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  if (!tokenPattern.test(token)) return null;
  const staged = await db.stagedUpload.findUnique({ where: { token } });
  if (!staged || Number(staged.createdMs) < nowMs - maxAgeMs) return null;
  return { bytes: staged.bytes, fileName: staged.fileName };
}

export async function dropStagedUpload(token: string): Promise<void> {
  if (!tokenPattern.test(token)) return;
  await db.stagedUpload.deleteMany({ where: { token } });
}
