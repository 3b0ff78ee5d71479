// The frameworks content validates, cites real documents, and says everything in our own words.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { listFrameworks } from "@/lib/queries/frameworks";
import { frameworkKeys, frameworksSchema } from "@/lib/validation/frameworks";
import { cjkOnly, firstCopiedRun } from "./copy-check";
import { frameworks } from "./data/frameworks";
import { documents } from "./documents";

const seedsDir = resolve(process.cwd(), "../shared/seeds");
const hasSeeds = existsSync(seedsDir);
if (!hasSeeds) console.warn(`frameworks wording test skipped: ${seedsDir} not found (the source documents live beside the repo in shared/seeds)`);

const slugs = new Set(documents.map((d) => d.source.slug));
const allNodes = frameworks.flatMap((f) => f.groups.flatMap((g) => g.nodes.map((n) => ({ framework: f.key, ...n }))));

describe("frameworks content", () => {
  it("validates against its schema, with every framework present once", async () => {
    expect(frameworksSchema.safeParse(frameworks).error?.issues ?? []).toEqual([]);
    expect((await listFrameworks()).map((f) => f.key).sort()).toEqual([...frameworkKeys].sort());
  });

  it("gives every framework and every group some nodes", () => {
    for (const f of frameworks) {
      expect(f.groups.length, f.key).toBeGreaterThan(0);
      for (const g of f.groups) expect(g.nodes.length, `${f.key}/${g.key}`).toBeGreaterThan(0);
    }
  });

  it.each(allNodes.map((n) => [`${n.framework}/${n.key}`, n] as const))("%s cites a real source document", (_name, node) => {
    expect(slugs).toContain(node.source);
    expect(node.locator.trim()).not.toBe("");
  });

  it("rejects a citation of an unknown document and an answer to an unknown node", () => {
    const [first, ...rest] = frameworks;
    const broken = structuredClone(first!);
    broken.groups[0]!.nodes[0]!.source = "document-1";
    broken.groups[0]!.nodes[0]!.respondsTo = ["no-such-node"];
    const issues = frameworksSchema.safeParse([broken, ...rest]).error?.issues ?? [];
    expect(issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["0.groups.0.nodes.0.source", "0.groups.0.nodes.0.respondsTo.0"]),
    );
  });
});

describe.skipIf(!hasSeeds)("frameworks wording", () => {
  it("says everything in our own words", () => {
    const texts = documents.map((d) => cjkOnly(readFileSync(join(seedsDir, d.source.file), "utf8")));
    const copies: string[] = [];
    for (const f of frameworks) {
      for (const g of f.groups) {
        const written = [g.label, ...g.nodes.flatMap((n) => [n.label, n.description, n.locator, n.figure ?? ""])];
        for (const text of written) {
          const run = firstCopiedRun(text, texts);
          if (run) copies.push(`${f.key}/${g.key}: ${run}`);
        }
      }
    }
    expect(copies).toEqual([]);
  });
});
