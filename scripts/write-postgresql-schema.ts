// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma: the same models for PostgreSQL. A Prisma
// client is generated for one provider only, so the app carries two (lib/db/prisma-client.ts picks one by
// DATABASE_URL). Run by `npm run db:generate`; lib/db/postgresql-schema.test.ts fails when the file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { postgresqlSchema } from "@/lib/db/postgresql-schema";

const written = postgresqlSchema(readFileSync("prisma/schema.prisma", "utf8"));
writeFileSync("prisma/postgresql/schema.prisma", written);
