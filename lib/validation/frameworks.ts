// Schemas for the documents' conceptual frameworks (chains, bottlenecks, forces, models, strategies):
// each node is a short label (with our own short English name), a paraphrase in our own words and the place in
// a document it comes from.
import { z } from "zod";
import { slugPattern } from "./slug";

const key = z
  .string()
  .min(1)
  .max(60)
  .regex(slugPattern, "lower-case letters, digits and single hyphens");

const text = (max: number) => z.string().trim().min(1).max(max);

/** Our English name for a label: plain English, no Chinese characters (the English pages show it). */
const english = (max: number) => text(max).refine((s) => !/\p{Script=Han}/u.test(s), "English, without Chinese characters");

/** The documents are doc-000 … doc-004; the seed test checks each slug against seed/documents.ts. */
const sourceSlug = z.string().regex(/^doc-\d{3}$/, "a document slug such as doc-001");

export const frameworkKeys = ["chains", "bottlenecks", "forces", "butterfly", "catch-up", "future-industries"] as const;
export type FrameworkKey = (typeof frameworkKeys)[number];

/** The groups each framework's diagram draws, in the order it draws them. */
export const frameworkGroupKeys = {
  chains: ["four-chain-loop", "demand-loop"],
  bottlenecks: ["doc000-bottlenecks", "doc000-paths", "doc002-problems", "doc002-paths"],
  forces: ["doc002-forces"],
  butterfly: ["guangming-butterfly"],
  "catch-up": ["three-questions", "emerging-industries", "strategies"],
  "future-industries": ["doc003-directions", "doc004-directions"],
} as const satisfies Record<FrameworkKey, readonly string[]>;

export const frameworkNodeSchema = z
  .object({
    key,
    label: text(24),
    labelEn: english(60),
    description: text(120),
    source: sourceSlug,
    locator: text(60),
    /** A figure the document gives for this node, shown as a badge (e.g. "+23%"). */
    figure: text(60).optional(),
    /** Short terms shown with the node: the chain a loop step belongs to, the industries a strategy covers. */
    tags: z.array(text(16)).min(1).optional(),
    /** The tags in English, in the same order (present exactly when tags are). */
    tagsEn: z.array(english(40)).min(1).optional(),
    /** Keys of nodes in another group of the same framework that this node answers (our reading). */
    respondsTo: z.array(key).min(1).optional(),
  })
  .refine((node) => (node.tags?.length ?? 0) === (node.tagsEn?.length ?? 0), { message: "tagsEn must name each tag once, in order", path: ["tagsEn"] });

export const frameworkGroupSchema = z.object({
  key,
  label: text(40),
  labelEn: english(90),
  nodes: z.array(frameworkNodeSchema).min(1),
});

export const frameworkSchema = z
  .object({
    key: z.enum(frameworkKeys),
    groups: z.array(frameworkGroupSchema).min(1),
  })
  .superRefine((framework, ctx) => {
    const expected = frameworkGroupKeys[framework.key].join(",");
    const actual = framework.groups.map((g) => g.key).join(",");
    if (actual !== expected) ctx.addIssue({ code: "custom", message: `groups should be ${expected}, not ${actual}`, path: ["groups"] });
    const nodeKeys = framework.groups.flatMap((g) => g.nodes.map((n) => n.key));
    const seen = new Set<string>();
    for (const k of nodeKeys) {
      if (seen.has(k)) ctx.addIssue({ code: "custom", message: `node key ${k} is used twice`, path: ["groups"] });
      seen.add(k);
    }
    framework.groups.forEach((group, g) =>
      group.nodes.forEach((node, n) =>
        node.respondsTo?.forEach((target, r) => {
          if (!seen.has(target)) {
            ctx.addIssue({ code: "custom", message: `${node.key} answers unknown node ${target}`, path: ["groups", g, "nodes", n, "respondsTo", r] });
          }
        }),
      ),
    );
  });

export const frameworksSchema = z
  .array(frameworkSchema)
  .refine((list) => frameworkKeys.every((k) => list.filter((f) => f.key === k).length === 1), "each framework exactly once")
  // Node keys become element ids and test ids on one page, so they must be unique across frameworks.
  .refine((list) => {
    const keys = list.flatMap((f) => f.groups.flatMap((g) => g.nodes.map((n) => n.key)));
    return new Set(keys).size === keys.length;
  }, "node keys unique across frameworks");

export type FrameworkNode = z.infer<typeof frameworkNodeSchema>;
export type FrameworkGroup = z.infer<typeof frameworkGroupSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
