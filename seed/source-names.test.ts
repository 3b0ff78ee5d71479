import { describe, expect, it } from "vitest";
import { citeTypes } from "@/lib/domain/citation";
import { documents, statistics } from "./documents";
import { sourceNames } from "./data/source-names";

const seeded = [...documents.map((d) => d.source.slug), ...statistics.sources.map((s) => s.slug)];

describe("source short titles", () => {
  it("name every seeded source and nothing else", () => {
    expect(Object.keys(sourceNames).sort()).toEqual([...seeded].sort());
  });
  it("are distinct, short, and never an id or a file name", () => {
    const titles = Object.values(sourceNames).map((n) => n.shortTitleZh);
    expect(new Set(titles).size).toBe(titles.length);
    for (const title of titles) {
      expect(title.length, title).toBeLessThanOrEqual(30);
      expect(title, title).not.toMatch(/文献\d|doc-\d|\.txt|^\d{3}_/);
    }
  });
  it("give the documents a GB/T type", () => {
    for (const d of documents) expect(citeTypes).toContain(sourceNames[d.source.slug]?.citeType);
  });
});
