// Creates the folder of the SQLite file named by DATABASE_URL so `prisma migrate deploy` can create the file.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

const url = process.env.DATABASE_URL ?? "file:./data/kechan.db";
mkdirSync(dirname(url.replace(/^file:/, "")), { recursive: true });
