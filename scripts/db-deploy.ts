// `npm run db:deploy`: brings the database DATABASE_URL names up to the committed schema. SQLite: Prisma's
// `migrate deploy` on prisma/migrations (creating the file's folder first). PostgreSQL: our runner on
// prisma/postgresql/migrations (lib/db/migrate-postgresql.ts says why not Prisma's).
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { applyPostgresqlMigrations } from "@/lib/db/migrate-postgresql";
import { databaseProvider, databaseUrl } from "@/lib/env";

async function main() {
  const url = databaseUrl();
  if (databaseProvider() === "postgresql") {
    const applied = await applyPostgresqlMigrations(url);
    console.log(applied.length === 0 ? "PostgreSQL: no pending migrations." : `PostgreSQL: applied ${applied.join(", ")}.`);
    return;
  }
  mkdirSync(dirname(url.replace(/^file:/, "")), { recursive: true });
  const prisma = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    stdio: "inherit",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "./scripts/no-native-engine.sh" },
  });
  process.exitCode = prisma.status ?? 1;
}

main().catch((error: unknown) => {
  console.error(`db:deploy: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
