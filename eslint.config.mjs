import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The doors to the database live in lib/db/ (the rule for which door to use is at the top of lib/db/index.ts);
// no other module imports a driver.
const doors = "@/lib/db/query (typed SQL: hot reads), @/lib/db/prisma (Prisma), @/lib/db/writer (the importer's transaction)";
const driver = {
  paths: [
    { name: "better-sqlite3", message: `Only lib/db/ opens the driver: use ${doors}, or @/lib/db/file in tests and tools. See lib/db/index.ts.` },
    { name: "pg", message: `Only lib/db/ opens the driver: use ${doors}. See lib/db/index.ts.` },
    { name: "@/lib/db", message: `Import a door by its name: ${doors}. See lib/db/index.ts.` },
  ],
  patterns: [
    { group: ["@prisma/*"], message: "Only lib/db/ sets up Prisma: use `db` from @/lib/db/prisma, or createPrismaClient and the Db type from @/lib/db/prisma-client. See lib/db/index.ts." },
    {
      group: ["@/lib/generated/*", "**/generated/prisma", "**/generated/prisma/*"],
      message: "Only lib/db/ imports the generated Prisma client: use @/lib/db/prisma (the Db type from @/lib/db/prisma-client), or read through lib/queries.",
    },
  ],
};
const toolsDoor = {
  name: "@/lib/db/file",
  message: `@/lib/db/file is for tests, lib/testing, fixtures, seed/test-database.ts and bench/: app code uses ${doors}. See lib/db/index.ts.`,
};
const noDoorAtAll = {
  group: ["@/lib/db", "@/lib/db/*"],
  message: "Only lib/queries, lib/actions and seed/ use the database: read through lib/queries, write through lib/actions.",
};
const testsAndTools = ["**/*.test.ts", "**/*.test.tsx", "lib/testing/**", "**/__fixtures__/**", "seed/test-database.ts", "bench/**"];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", ".test-dbs/**", ".postgres/**", "bench/.out/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "public/scripts/**", "dist/**"],
  },
  {
    // Everything but lib/db/: no driver, no generated client, no tools' door.
    ignores: ["lib/db/**"],
    rules: { "no-restricted-imports": ["error", { paths: [...driver.paths, toolsDoor], patterns: driver.patterns }] },
  },
  {
    // Tests and tools may open a plain file through @/lib/db/file, still no driver.
    files: testsAndTools,
    ignores: ["lib/db/**"],
    rules: { "no-restricted-imports": ["error", driver] },
  },
  {
    // Pages, components and the pure layers open no door at all.
    files: ["app/**", "pages/**", "components/**", "lib/domain/**", "lib/charts/**", "lib/validation/**"],
    rules: { "no-restricted-imports": ["error", { paths: driver.paths.filter((p) => p.name !== "@/lib/db"), patterns: [noDoorAtAll, ...driver.patterns] }] },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
];

export default config;
