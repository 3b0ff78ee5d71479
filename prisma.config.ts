import { defineConfig } from "prisma/config";
import { sqliteAdapter } from "./lib/db/adapter";
import { databaseUrl } from "./lib/env";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    return sqliteAdapter(databaseUrl());
  },
});
