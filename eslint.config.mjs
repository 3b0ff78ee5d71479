import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const dbOnlyInDataLayer = {
  paths: [{ name: "@/lib/db", message: "Only lib/queries, lib/actions and seed/ read the database." }],
  patterns: [{ group: ["@/lib/generated/*"], message: "Use lib/queries or lib/prisma-client instead of the generated client." }],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "public/scripts/**", "dist/**"],
  },
  {
    files: ["app/**", "pages/**", "components/**", "lib/domain/**", "lib/charts/**", "lib/validation/**"],
    rules: { "no-restricted-imports": ["error", dbOnlyInDataLayer] },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
];

export default config;
