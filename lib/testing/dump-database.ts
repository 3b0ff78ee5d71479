// Every row of every table as one string, so a test can check "nothing changed" exactly: dumpDatabase for a
// SQLite file by its path (the journal and WAL tests), dumpStore for the database a DATABASE_URL names, on
// either provider. Tables whose name starts with "_" (migration bookkeeping) are left out.
import { sql } from "kysely";
import { openDatabaseFile } from "@/lib/db/file";
import { readImportDatabase } from "@/lib/db/writer";

export function dumpDatabase(path: string): string {
  const sqlite = openDatabaseFile(path, { readonly: true });
  try {
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name`).all() as { name: string }[];
    return JSON.stringify(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    sqlite.close();
  }
}

export function dumpStore(url: string): Promise<string> {
  return readImportDatabase(url, async (db) => {
    const found = (await db.introspection.getTables())
      .filter((t) => !t.isView && !t.name.startsWith("_") && (t.schema === undefined || t.schema === "public"))
      // Code-unit order, whatever the database's collation.
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const tables: [string, unknown[]][] = [];
    // Every table of ours has its primary key first: an integer "id" (SQLite's rowid), or StagedUpload's token.
    for (const { name, columns } of found) {
      tables.push([name, (await sql`SELECT * FROM ${sql.table(name)} ORDER BY ${sql.ref(columns[0]!.name)}`.execute(db)).rows]);
    }
    return JSON.stringify(tables);
  });
}
