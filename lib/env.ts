// The environment, parsed once with zod; the only module that reads process.env.
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must be a SQLite file URL such as file:./data/kechan.db or a PostgreSQL URL such as postgresql://user@host:5432/kechan")
    .default("file:./data/kechan.db"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Unset: the dashboard is read-only and every write says so. Blank counts as unset.
  KECHAN_EDITOR_PASSWORD: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(8, "KECHAN_EDITOR_PASSWORD must be at least 8 characters").optional()),
  // Read as text here and checked in lib/auth/config.ts, which ignores a bad value with a warning.
  KECHAN_TRUST_PROXY: z.string().optional(),
  KECHAN_PUBLIC_ORIGIN: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}

export function databaseUrl(): string {
  return env().DATABASE_URL;
}

export type DatabaseProvider = "sqlite" | "postgresql";

/** Which database a URL names: a `file:` URL is the embedded SQLite file, `postgresql://` a PostgreSQL server. */
export function providerOf(url: string): DatabaseProvider {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

export function databaseProvider(): DatabaseProvider {
  return providerOf(databaseUrl());
}

/** The SQLite file path behind DATABASE_URL, relative to the working directory; throws on PostgreSQL. */
export function databaseFile(): string {
  const url = databaseUrl();
  if (providerOf(url) !== "sqlite") throw new Error("databaseFile(): DATABASE_URL names a PostgreSQL server, not a SQLite file");
  return url.replace(/^file:/, "");
}

export function editorPassword(): string | undefined {
  return env().KECHAN_EDITOR_PASSWORD;
}
