import { describe, expect, it } from "vitest";
import { citeTypes } from "@/lib/domain/citation";
import { documents, statistics } from "./documents";
import { seededSourceName, sourceNameColumns, sourceNames } from "./data/source-names";

const seeded = [...documents.map((d) => d.source.slug), ...statistics.sources.map((s) => s.slug)];
const han = /\p{Script=Han}/u;

describe("source short titles", () => {
  it("name every seeded source and nothing else", () => {
    expect(Object.keys(sourceNames).sort()).toEqual([...seeded].sort());
  });
  it("are distinct, short, and never an id or a file name, in Chinese", () => {
    const titles = Object.values(sourceNames).map((n) => n.shortTitleZh);
    expect(new Set(titles).size).toBe(titles.length);
    for (const title of titles) {
      expect(title.length, title).toBeLessThanOrEqual(30);
      expect(title, title).not.toMatch(/文献\d|doc-\d|\.txt|^\d{3}_/);
    }
  });
  it("are distinct, short, plain English, and never an id or a file name, in English", () => {
    const titles = Object.values(sourceNames).map((n) => n.shortTitleEn);
    expect(new Set(titles).size).toBe(titles.length);
    for (const title of titles) {
      expect(title.trim(), title).toBe(title);
      expect(title.length, title).toBeGreaterThan(0);
      expect(title.length, title).toBeLessThanOrEqual(72);
      expect(title, title).not.toMatch(han);
      // Plain text: no book-title marks, quotation marks or markup for italics.
      expect(title, title).not.toMatch(/[《》“”"*_<>]/);
      expect(title, title).not.toMatch(/document \d|doc-\d|\.txt|^\d{3}_/i);
    }
  });
  it("give the documents a GB/T type", () => {
    for (const d of documents) expect(citeTypes).toContain(sourceNames[d.source.slug]?.citeType);
  });
  it("are looked up per language, and fill the stored columns", () => {
    expect(seededSourceName("doc-000")).toBe(sourceNames["doc-000"]!.shortTitleZh);
    expect(seededSourceName("doc-000", "zh-CN")).toBe(sourceNames["doc-000"]!.shortTitleZh);
    expect(seededSourceName("doc-000", "en")).toBe(sourceNames["doc-000"]!.shortTitleEn);
    expect(() => seededSourceName("no-such-source", "en")).toThrow(/no-such-source/);
    for (const slug of seeded) {
      const columns = sourceNameColumns(slug);
      expect(columns.shortTitleZh, slug).toBeTruthy();
      expect(columns.shortTitleEn, slug).toBeTruthy();
    }
    expect(sourceNameColumns("an-import")).toEqual({ shortTitleZh: null, shortTitleEn: null, citeType: null });
  });
});
