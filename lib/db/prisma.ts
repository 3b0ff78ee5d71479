// The Prisma door (lib/db/index.ts says which door to use): the application's one PrismaClient, cached on
// globalThis so dev reloads do not open new connections.
import { databaseUrl, env } from "@/lib/env";
import { createPrismaClient, type Db } from "./prisma-client";

export type { Db };

const globalForDb = globalThis as unknown as { kechanDb?: Db };

export const db: Db = globalForDb.kechanDb ?? createPrismaClient(databaseUrl());

if (env().NODE_ENV !== "production") globalForDb.kechanDb = db;
