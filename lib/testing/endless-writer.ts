// A writer that never commits, for the tests of what a writer killed mid-transaction leaves behind: a small
// page cache makes it spill its changes (into the file with a rollback journal, into the log in WAL mode).
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { openDatabaseFile } from "@/lib/db/file";

// The writer is its own program, run by `node -e` in a child process (it is killed, not this one), so it
// loads the driver itself; it only ever opens the throwaway file a test hands it.
const script = `
  const Database = require("better-sqlite3");
  const db = new Database(process.argv[1]);
  db.pragma("cache_size = 10");
  db.exec("BEGIN IMMEDIATE");
  const insert = db.prepare("INSERT INTO figure (label, value) VALUES (?, ?)");
  for (let i = 0; ; i++) insert.run("uncommitted write " + i + " ".repeat(200), i);
`;

/** Starts the writer on `file` (a table `figure (label, value)`); `exited` resolves with the signal it died of. */
export function startEndlessWriter(file: string) {
  const child = spawn(process.execPath, ["-e", script, file], { stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<NodeJS.Signals | null>((done) => child.on("exit", (_code, signal) => done(signal)));
  return { child, exited };
}

/** A fresh database at `file` holding the table the writer writes to, with 2,000 committed figures. */
export function createFigureTable(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  const db = openDatabaseFile(file);
  db.exec("CREATE TABLE figure (id INTEGER PRIMARY KEY, label TEXT NOT NULL, value REAL NOT NULL)");
  const insert = db.prepare("INSERT INTO figure (label, value) VALUES (?, ?)");
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`figure ${i}`, i * 1.5);
  })();
  db.close();
}
