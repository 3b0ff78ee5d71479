// Every row of every table of a SQLite file as one string, so a test can check "nothing changed" exactly.
import { openDatabaseFile } from "@/lib/db/file";

export function dumpDatabase(path: string): string {
  const sqlite = openDatabaseFile(path, { readonly: true });
  try {
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name`).all() as { name: string }[];
    return JSON.stringify(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    sqlite.close();
  }
}
