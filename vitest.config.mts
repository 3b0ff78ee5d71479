import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "seed/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
    // Query tests share migrated throwaway SQLite files; keep them in one worker per file.
    pool: "forks",
    // Seeding a throwaway PostgreSQL database in a beforeAll takes seconds on a loaded two-core machine.
    hookTimeout: 30_000,
  },
});
