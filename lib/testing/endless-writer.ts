// A writer that never commits, for the tests of what a writer killed mid-transaction leaves behind: a small
// page cache makes it spill its changes (into the file with a rollback journal, into the log in WAL mode).
import { spawn } from "node:child_process";

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
