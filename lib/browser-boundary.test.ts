// Code that runs in the browser must never pull in the database, the importer or the server-side chart
// renderer. The `server-only` package cannot guard those modules, because the overview (pages/index.tsx)
// renders through the Pages Router, which refuses it; this test walks the import graph instead.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..");
const serverModules = [/^lib\/db\//, /^lib\/queries\//, /^lib\/import\//, /^lib\/auth\//, /^lib\/charts\/render-svg\.ts$/, /^lib\/env\.ts$/];
const serverPackages = [/^better-sqlite3$/, /^@prisma\//, /^node:/, /^echarts/, /^server-only$/];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Modules a file imports at run time (type-only imports vanish in the bundle). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm)].map((match) => match[1]!);
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? join(dirname(from), specifier) : null;
  if (base === null) return null;
  const found = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((path) => existsSync(join(root, path)) && statSync(join(root, path)).isFile());
  if (!found) throw new Error(`${from}: cannot resolve ${specifier}`);
  return relative(root, join(root, found));
}

/** Every local module and package reachable from `entry`; server actions are references, not code, so the walk stops there. */
function reachable(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    if (file !== entry && readFileSync(join(root, file), "utf8").startsWith('"use server"')) return;
    for (const specifier of runtimeImports(file)) {
      const local = resolveLocal(file, specifier);
      if (local) visit(local);
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { modules, packages };
}

const browserEntries = [
  ...["app", "components", "lib"].flatMap(sourceFiles).filter((file) => readFileSync(join(root, file), "utf8").startsWith('"use client"')),
  ...sourceFiles("lib/client"),
];

describe("browser code", () => {
  it("has entries to check: the client components and lib/client scripts", () => {
    expect(browserEntries).toContain("components/admin/import-form.tsx");
    expect(browserEntries).toContain("lib/client/chart-downloads.ts");
  });

  it.each(browserEntries)("%s reaches no server module or package", (entry) => {
    const { modules, packages } = reachable(entry);
    expect([...modules].filter((file) => serverModules.some((pattern) => pattern.test(file)))).toEqual([]);
    expect([...packages].filter((name) => serverPackages.some((pattern) => pattern.test(name)))).toEqual([]);
  });

  it("sees through to the database from a module that does read it", () => {
    const { modules, packages } = reachable("pages/index.tsx");
    expect(modules).toContain("lib/db/reader.ts");
    expect(packages).toContain("better-sqlite3");
  });
});
