// The two message catalogues side by side: every key of zh-CN.ts is in en.ts and the other way round (also the
// keys TypeScript does not hold to, in `as Record<string, string>` objects and Maps), functions stay functions
// with the same number of parameters, no English string is empty, and English text has no Han characters
// except the few listed below. Every English function is called with sample arguments of the kinds its zh-CN
// twin declares (read from the types with the TypeScript checker) and must return text without Han characters.
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "./en";
import { zhCN } from "./zh-CN";

const han = /\p{Script=Han}/u;

/** English values that are Chinese on purpose, by path, with the reason. */
const hanAllowed = new Map<string, string>([
  ["en.site.switchLanguage.text", "the language switch names Chinese in Chinese"],
  ["en.site.switchLanguage.aria", "the language switch speaks to a Chinese reader in Chinese"],
  // The importer reads Chinese NBS exports: these reasons quote the Chinese labels the analyst must find or add.
  ["en.importer.problems.no-table", "quotes the NBS header cells 地区/指标/时间"],
  ["en.importer.problems.no-region-line", "quotes the NBS 地区: and 数据库: 年度数据 lines"],
  ["en.importer.problems.no-indicator-line", "quotes the NBS 指标: line"],
  ["en.importer.problems.label-without-unit", "quotes a Chinese unit as NBS labels write it"],
  ["en.importer.regionSources.region-line", "quotes the NBS 地区: line"],
]);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Map);

/** Where two catalogues differ in shape, one line per difference naming the path ("en.stage.form.gdp: …"). */
function catalogueDifferences(zh: unknown, other: unknown, path = "en", zhPath = "zhCN"): string[] {
  if (typeof zh === "function" || typeof other === "function") {
    if (typeof zh !== "function") return [`${path}: a function in English but not in zh-CN`];
    if (typeof other !== "function") return [`${path}: not a function in English, but a function in zh-CN`];
    if (zh.length !== other.length) return [`${path}: takes ${other.length} parameter(s) in English, ${zh.length} in zh-CN`];
    return [];
  }
  if (zh instanceof Map || other instanceof Map) {
    if (!(zh instanceof Map)) return [`${path}: a Map in English but not in zh-CN`];
    if (!(other instanceof Map)) return [`${path}: not a Map in English, but a Map in zh-CN`];
    const problems: string[] = [];
    for (const key of zh.keys()) if (!other.has(key)) problems.push(`${path}.get(${JSON.stringify(key)}): missing in English`);
    for (const key of other.keys()) if (!zh.has(key)) problems.push(`${zhPath}.get(${JSON.stringify(key)}): missing in zh-CN`);
    for (const [key, value] of zh) {
      if (other.has(key)) problems.push(...catalogueDifferences(value, other.get(key), `${path}.get(${JSON.stringify(key)})`, `${zhPath}.get(${JSON.stringify(key)})`));
    }
    return problems;
  }
  if (Array.isArray(zh) || Array.isArray(other)) {
    if (!Array.isArray(zh)) return [`${path}: a list in English but not in zh-CN`];
    if (!Array.isArray(other)) return [`${path}: not a list in English, but a list in zh-CN`];
    if (zh.length !== other.length) return [`${path}: ${other.length} item(s) in English, ${zh.length} in zh-CN`];
    return zh.flatMap((value, i) => catalogueDifferences(value, other[i], `${path}[${i}]`, `${zhPath}[${i}]`));
  }
  if (isPlainObject(zh) || isPlainObject(other)) {
    if (!isPlainObject(zh)) return [`${path}: an object in English but not in zh-CN`];
    if (!isPlainObject(other)) return [`${path}: not an object in English, but an object in zh-CN`];
    const problems: string[] = [];
    for (const key of Object.keys(zh)) if (!Object.hasOwn(other, key)) problems.push(`${path}.${key}: missing in English`);
    for (const key of Object.keys(other)) if (!Object.hasOwn(zh, key)) problems.push(`${zhPath}.${key}: missing in zh-CN (English has it)`);
    for (const key of Object.keys(zh)) {
      if (Object.hasOwn(other, key)) problems.push(...catalogueDifferences(zh[key], other[key], `${path}.${key}`, `${zhPath}.${key}`));
    }
    return problems;
  }
  if (typeof zh !== typeof other) return [`${path}: a ${typeof other} in English, a ${typeof zh} in zh-CN`];
  if (typeof other === "string" && other.trim() === "" && zh !== "") return [`${path}: empty in English`];
  return [];
}

type Found = { path: string; value: unknown };

/** Every leaf of a catalogue (strings and functions), with its path. */
function leaves(value: unknown, path: string): Found[] {
  if (value instanceof Map) return [...value].flatMap(([k, v]) => leaves(v, `${path}.get(${JSON.stringify(k)})`));
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (isPlainObject(value)) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [{ path, value }];
}

/** Every string inside a function's result. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value instanceof Map) return [...value.values()].flatMap(strings);
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isPlainObject(value)) return Object.values(value).flatMap(strings);
  return [];
}

// ---- Sample arguments, from the parameter types of the zh-CN functions ----

/** A parameter called `slug` names a seeded source (seededSourceName throws on any other). Other parameters get
 *  samples by type. The variants each function is called with: singular and plural counts, empty and long lists, nulls. */
const variants = [0, 1, 2, 3] as const;
type Variant = (typeof variants)[number];

function sample(checker: ts.TypeChecker, type: ts.Type, v: Variant, depth = 0): unknown {
  if (depth > 5) return undefined;
  if (type.isUnion()) {
    const members = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
    const nullable = members.length < type.types.length;
    if (nullable && v === 3) return null;
    // A union of literals (the "low" | "base" | "high" keys): walk through them by variant.
    const pick = members[v % members.length] ?? members[0];
    return pick ? sample(checker, pick, v, depth + 1) : null;
  }
  if (type.isStringLiteral() || type.isNumberLiteral()) return type.value;
  if (type.flags & ts.TypeFlags.BooleanLike) return v % 2 === 0;
  if (type.flags & ts.TypeFlags.NumberLike) return [1, 2023, -2, 12][v];
  if (type.flags & ts.TypeFlags.StringLike) return ["Hubei", "12,345", "", "USD 13,953"][v];
  if (checker.isArrayType(type)) {
    const element = checker.getTypeArguments(type as ts.TypeReference)[0];
    if (!element) return [];
    const length = [2, 0, 8, 1][v] ?? 1;
    return Array.from({ length }, (_, i) => {
      const item = sample(checker, element, v, depth + 1);
      return typeof item === "number" ? item + i : item;
    });
  }
  if (type.flags & ts.TypeFlags.Object) {
    return Object.fromEntries(
      checker.getPropertiesOfType(type).map((p) => [p.name, sample(checker, checker.getTypeOfSymbol(p), v, depth + 1)]),
    );
  }
  return "Hubei";
}

/** For every function in the zh-CN catalogue's type, by its path ("en.stage.answer.gap"): argument lists to call it with. */
function sampleArguments(): Map<string, unknown[][]> {
  const root = join(__dirname, "../..");
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const file = join(root, "lib/i18n/zh-CN.ts");
  const program = ts.createProgram([file], { ...options, incremental: false, noEmit: true, plugins: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error("zh-CN.ts not found");
  let declaration: ts.VariableDeclaration | undefined;
  const find = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === "zhCN") declaration = node;
    else ts.forEachChild(node, find);
  };
  find(source);
  if (!declaration) throw new Error("zhCN not found in zh-CN.ts");

  const found = new Map<string, unknown[][]>();
  const walk = (type: ts.Type, path: string, depth: number) => {
    if (depth > 8) return;
    const signature = type.getCallSignatures()[0];
    if (signature) {
      found.set(
        path,
        variants.map((v) =>
          signature.getParameters().map((p) => (p.name === "slug" ? "doc-000" : sample(checker, checker.getTypeOfSymbol(p), v))),
        ),
      );
      return;
    }
    if (type.isUnion() || type.flags & ts.TypeFlags.StringLike || checker.isArrayType(type)) return;
    if (type.getSymbol()?.name === "Map") return;
    if (type.flags & ts.TypeFlags.Object) {
      for (const p of checker.getPropertiesOfType(type)) walk(checker.getTypeOfSymbol(p), `${path}.${p.name}`, depth + 1);
    }
  };
  walk(checker.getTypeAtLocation(declaration.name), "en", 0);
  return found;
}

describe("catalogueDifferences", () => {
  const zh = { a: { b: "一", f: (n: number) => `${n}个`, r: { x: "甲", y: "乙" } as Record<string, string> }, m: new Map([["k", "值"]]), l: ["一", "二"] };
  const same = { a: { b: "one", f: (n: number) => `${n}`, r: { x: "A", y: "B" } as Record<string, string> }, m: new Map([["k", "value"]]), l: ["one", "two"] };

  it("finds nothing when the shapes match", () => {
    expect(catalogueDifferences(zh, same)).toEqual([]);
  });
  it("names a key missing in English, and one missing in zh-CN", () => {
    const { b: _b, ...withoutB } = same.a;
    expect(catalogueDifferences(zh, { ...same, a: withoutB })).toEqual(["en.a.b: missing in English"]);
    expect(catalogueDifferences(zh, { ...same, a: { ...same.a, extra: "x" } })).toEqual(["zhCN.a.extra: missing in zh-CN (English has it)"]);
  });
  it("names a key missing from a Record", () => {
    expect(catalogueDifferences(zh, { ...same, a: { ...same.a, r: { x: "A" } } })).toEqual(["en.a.r.y: missing in English"]);
  });
  it("names a function that is not one, and a different number of parameters", () => {
    expect(catalogueDifferences(zh, { ...same, a: { ...same.a, f: "n" } })).toEqual(["en.a.f: not a function in English, but a function in zh-CN"]);
    expect(catalogueDifferences(zh, { ...same, a: { ...same.a, f: (n: number, m: number) => `${n}${m}` } })).toEqual([
      "en.a.f: takes 2 parameter(s) in English, 1 in zh-CN",
    ]);
  });
  it("names Map keys that differ", () => {
    expect(catalogueDifferences(zh, { ...same, m: new Map([["j", "value"]]) })).toEqual([
      'en.m.get("k"): missing in English',
      'zhCN.m.get("j"): missing in zh-CN',
    ]);
  });
  it("names an empty English string and a list of another length", () => {
    expect(catalogueDifferences(zh, { ...same, a: { ...same.a, b: " " } })).toEqual(["en.a.b: empty in English"]);
    expect(catalogueDifferences(zh, { ...same, l: ["one"] })).toEqual(["en.l: 1 item(s) in English, 2 in zh-CN"]);
  });
});

describe("the English catalogue", () => {
  let samples: Map<string, unknown[][]>;
  beforeAll(() => {
    samples = sampleArguments();
  }, 60_000);

  it("has every key of zh-CN and no other, with the same kinds of values", () => {
    expect(catalogueDifferences(zhCN, en)).toEqual([]);
  });

  it("has no Han characters outside the allow-list", () => {
    const found = leaves(en, "en")
      .filter((l) => typeof l.value === "string" && han.test(l.value) && !hanAllowed.has(l.path))
      .map((l) => `${l.path}: ${String(l.value)}`);
    expect(found).toEqual([]);
  });

  it("keeps its allow-list short and current", () => {
    const values = new Map(leaves(en, "en").map((l) => [l.path, l.value]));
    for (const path of hanAllowed.keys()) expect(values.has(path), path).toBe(true);
  });

  it("finds sample arguments for its functions", () => {
    expect(samples.get("en.common.period")).toEqual(expect.arrayContaining([[1, 1]]));
    expect(samples.get("en.stage.scenarios.legendName")?.[0]).toEqual(["Hubei", "Hubei"]);
  });

  it("returns text without Han characters from every function", () => {
    const problems: string[] = [];
    for (const { path, value } of leaves(en, "en")) {
      if (typeof value !== "function") continue;
      const argumentLists = samples.get(path);
      if (!argumentLists) {
        problems.push(`${path}: no sample arguments (its zh-CN twin's parameter types were not found)`);
        continue;
      }
      for (const args of argumentLists) {
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown)(...args);
        } catch (error) {
          problems.push(`${path}(${JSON.stringify(args)}) threw ${String(error)}`);
          continue;
        }
        const texts = strings(result);
        if (texts.length === 0) problems.push(`${path}(${JSON.stringify(args)}) returned no text`);
        for (const text of texts) if (han.test(text)) problems.push(`${path}(${JSON.stringify(args)}): ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
