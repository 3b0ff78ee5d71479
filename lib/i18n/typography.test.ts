// Chinese typography across the message catalogue (every lib/i18n/zh-CN*.ts) and the seed's own words
// (seed/data/**): full-width ，；：（） inside Chinese sentences, one range dash "—" for years (2026—2030),
// and a range of values written one way on both sides (2,000—2,999, not 2,000—2999). Reads the string
// literals with the TypeScript parser; a template is read whole, each substitution standing for words.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { englishTypographyProblems, mendTypography, typographyProblems } from "./typography";

const root = join(__dirname, "../..");

/** Seed properties that are not our prose: identifiers, and text quoted as the document writes it (a figure as
 *  written, a section heading that locates it, a programme's or title's own name). */
const verbatimProperties = new Set([
  "file", "slug", "source", "url", "key", "code", "unit", "category", "region", "indicator", "kind", "language",
  "published", "parent", "qualifier", "yearBasis", "adminCode", "designation", "valueText", "locator", "titleZh",
  "titleEn", "nameEn", "loc",
]);

type Literal = { text: string; property: string | null; line: number };

/** Every string literal and template part in a file, with the property it is the value of (if any). */
function literals(file: string): Literal[] {
  const text = readFileSync(join(root, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const propertyOf = (node: ts.Node): string | null => {
    for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
      if (ts.isPropertyAssignment(at)) return at.name.getText(source).replace(/^["']|["']$/g, "");
      if (ts.isVariableDeclaration(at)) return at.name.getText(source);
    }
    return null;
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isPropertyAssignment(node)) {
      // The key is a name, not text; only the value is read.
      visit(node.initializer);
      return;
    }
    const line = () => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    if (ts.isTemplateExpression(node)) {
      // The whole template, each substitution read as a "{placeholder}" in the sentence.
      const text = node.head.text + node.templateSpans.map((span) => `{x}${span.literal.text}`).join("");
      found.push({ text, property: propertyOf(node), line: line() });
      node.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push({ text: node.text, property: propertyOf(node), line: line() });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const catalogueFiles = readdirSync(join(root, "lib/i18n")).filter((f) => /^zh-CN.*\.ts$/.test(f) && !f.endsWith(".test.ts")).map((f) => `lib/i18n/${f}`);
const englishCatalogueFiles = readdirSync(join(root, "lib/i18n")).filter((f) => /^en(-.*)?\.ts$/.test(f)).map((f) => `lib/i18n/${f}`);
const seedFiles = readdirSync(join(root, "seed/data")).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).map((f) => `seed/data/${f}`);

function problemsIn(files: string[], skip: (l: Literal) => boolean): string[] {
  return files.flatMap((file) =>
    literals(file)
      .filter((l) => !skip(l))
      .flatMap((l) => typographyProblems(l.text).map((p) => `${file}:${l.line} ${p}`)),
  );
}

describe("typographyProblems and mendTypography", () => {
  it.each([
    ["人均GDP(美元),世界经济论坛据此划分", "人均GDP（美元），世界经济论坛据此划分"],
    ["每行一个地区:地区, 人均GDP", "每行一个地区：地区，人均GDP"],
    ["例如 13953;或改填", "例如 13953；或改填"],
    ["面板(2016-2023年)", "面板（2016—2023年）"],
    ["年鉴口径的2008–2013年行", "年鉴口径的2008—2013年行"],
    ["増速(%,贬值填负数)", "増速（%，贬值填负数）"],
    ["识别:{format},{layout}", "识别：{format}，{layout}"],
    ["空单元格(已跳过):{n} 个", "空单元格（已跳过）：{n} 个"],
    ["{code}({status},单位 {unit})", "{code}（{status}，单位 {unit}）"],
    ["拼写是否有误?", "拼写是否有误？"],
  ])("%s", (before, after) => {
    expect(typographyProblems(before).length).toBeGreaterThan(0);
    expect(mendTypography(before)).toBe(after);
    expect(typographyProblems(after)).toEqual([]);
  });
  it.each([
    "13,953美元",
    "GB/T 7714-2015",
    "2026-11-27",
    "表3-15",
    "转型 2,000—2,999；效率驱动 3,000—8,999",
    "GitHub: Zhenghongwei11/tcm",
    "Retrieved November 27, 2026, from https://x.org",
  ])("leaves %s alone", (text) => {
    expect(typographyProblems(text)).toEqual([]);
    expect(mendTypography(text)).toBe(text);
  });
  it("flags a value range with separators on one side only", () => {
    expect(typographyProblems("转型 2,000—2999美元")).toHaveLength(1);
  });
});

describe("Chinese typography", () => {
  it("finds the catalogue and the seed files", () => {
    expect(catalogueFiles).toContain("lib/i18n/zh-CN.ts");
    expect(seedFiles).toContain("seed/data/doc-000.ts");
  });

  it("the message catalogue", () => {
    // Text the user is asked to type keeps the half-width comma the batch parser reads (it takes either):
    // the textarea's example lines and the line format “地区, 人均GDP”.
    const isInputExample = (l: Literal) => l.property === "placeholder" || l.text.includes("“地区, 人均GDP");
    expect(problemsIn(catalogueFiles, isInputExample)).toEqual([]);
  });

  it("the seed's paraphrases", () => {
    // A locator points at a place by the document's own heading, so it keeps the document's punctuation.
    const isVerbatim = (l: Literal) => l.property !== null && (verbatimProperties.has(l.property) || /(Section|Centres)$/.test(l.property));
    expect(problemsIn(seedFiles, isVerbatim)).toEqual([]);
  });
});

describe("englishTypographyProblems", () => {
  it.each(["Source: NBS; compiled by Kechan", "2021–2025 (projected)", 'the "Table" tab', "an NBS header cell 地区 (region)", 'a line "地区：…"', "a unit such as （亿元）"])(
    "leaves %s alone",
    (text) => expect(englishTypographyProblems(text)).toEqual([]),
  );
  it.each(["Source：NBS", "GDP per capita（USD）", "regions，years", "the “Table” tab", "《Global Competitiveness Report》", "Done。", "a；b"])(
    "flags %s",
    (text) => expect(englishTypographyProblems(text).length).toBeGreaterThan(0),
  );
});

describe("English typography", () => {
  it("finds the English catalogue", () => {
    expect(englishCatalogueFiles).toContain("lib/i18n/en.ts");
    expect(englishCatalogueFiles).toContain("lib/i18n/en-regions.ts");
  });

  it("the English message catalogue has no full-width punctuation", () => {
    const problems = englishCatalogueFiles.flatMap((file) =>
      literals(file).flatMap((l) => englishTypographyProblems(l.text).map((p) => `${file}:${l.line} ${p}`)),
    );
    expect(problems).toEqual([]);
  });
});
