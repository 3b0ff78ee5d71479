import { defineConfig } from "prisma/config";
import { postgresqlAdapter, sqliteAdapter } from "./lib/db/adapter";
import { databaseUrl, providerOf } from "./lib/env";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    const url = databaseUrl();
    return providerOf(url) === "sqlite" ? sqliteAdapter(url) : postgresqlAdapter(url);
  },
});
