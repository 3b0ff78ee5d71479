// The frameworks content validates, cites real documents, and says everything in our own words.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { frameworkLabel, nodeTags, requireGroup, requireNode } from "@/components/frameworks/lookup";
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
const allGroups = frameworks.flatMap((f) => f.groups.map((g) => ({ framework: f.key, ...g })));
const han = /\p{Script=Han}/u;

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

  it.each([...allGroups, ...allNodes].map((x) => [`${x.framework}/${x.key}`, x] as const))("%s has an English label", (_name, item) => {
    expect(item.labelEn.trim(), item.key).toBe(item.labelEn);
    expect(item.labelEn.length, item.key).toBeGreaterThan(0);
    expect(item.labelEn, item.key).not.toMatch(han);
    // Sentence case: the first letter is a capital (or the label starts with a digit, as "6G" does).
    expect(item.labelEn, item.key).toMatch(/^[A-Z0-9]/);
  });

  it("names every tag in English, and the same tag the same way everywhere", () => {
    const names = new Map<string, string>();
    for (const node of allNodes) {
      expect(node.tagsEn?.length ?? 0, node.key).toBe(node.tags?.length ?? 0);
      node.tags?.forEach((tag, i) => {
        const english = node.tagsEn![i]!;
        expect(english, `${node.key}: ${tag}`).not.toMatch(han);
        expect(names.get(tag) ?? english, `${node.key}: ${tag}`).toBe(english);
        names.set(tag, english);
      });
      // Tags are React keys: distinct within a node in both languages.
      expect(new Set(node.tagsEn ?? []).size, node.key).toBe(node.tagsEn?.length ?? 0);
    }
    expect(names.get("产业链")).toBe("Industry chain");
    expect(names.get("科技链")).toBe("Technology chain");
    expect(names.get("资金链")).toBe("Capital chain");
    expect(names.get("人才链")).toBe("Talent chain");
  });

  it("picks labels and tags by language", () => {
    const group = requireGroup(frameworks.find((f) => f.key === "chains")!, "four-chain-loop");
    const node = requireNode(group, "demand-pull");
    expect(frameworkLabel(node, "zh-CN")).toBe("需求牵引");
    expect(frameworkLabel(node, "en")).toBe("Demand pull");
    expect(frameworkLabel(group, "en")).toBe(group.labelEn);
    expect(nodeTags(node, "zh-CN")).toEqual(["产业链"]);
    expect(nodeTags(node, "en")).toEqual(["Industry chain"]);
    expect(nodeTags(requireNode(requireGroup(frameworks.find((f) => f.key === "forces")!, "doc002-forces"), "f-demand-pull"), "en")).toEqual([]);
  });

  it("rejects an English label in Chinese and English tags that do not match the tags", () => {
    const [first, ...rest] = frameworks;
    const broken = structuredClone(first!);
    broken.groups[0]!.labelEn = "四链闭环";
    broken.groups[0]!.nodes[0]!.labelEn = "需求牵引";
    broken.groups[0]!.nodes[1]!.tagsEn = ["Technology chain", "Industry chain"];
    const issues = frameworksSchema.safeParse([broken, ...rest]).error?.issues ?? [];
    expect(issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["0.groups.0.labelEn", "0.groups.0.nodes.0.labelEn", "0.groups.0.nodes.1.tagsEn"]),
    );
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
