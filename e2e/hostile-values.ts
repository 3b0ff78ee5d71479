// Hostile values for e2e/hostile.spec.ts: a hand-written corpus (numbers at the edges, huge strings,
// unicode, traversal, prototype names, null bytes, bad percent-encodings) and a fixed-seed fast-check sample.
// Each value is carried as `raw`, already percent-encoded the way it goes into a URL or a form body, so
// encodings no browser would send (`%zz`, `%ED%A0%80`, `%00`) reach the server as written.
import fc from "fast-check";

export type HostileValue = { label: string; raw: string };

const unreserved = /[A-Za-z0-9\-_.!~*'()]/;

/** Percent-encodes every UTF-8 byte outside the unreserved set; a lone surrogate becomes U+FFFD instead of throwing. */
export function percentEncode(text: string): string {
  let out = "";
  for (const char of text) {
    if (unreserved.test(char)) out += char;
    else for (const byte of new TextEncoder().encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

const text = (label: string, value: string): HostileValue => ({ label, raw: percentEncode(value) });
const raw = (label: string, value: string): HostileValue => ({ label, raw: value });

/** The values every parameter gets. Labels are short: they name the value in the failure list. */
export const coreValues: HostileValue[] = [
  text("empty", ""),
  text("spaces", "   "),
  text("NaN", "NaN"),
  text("Infinity", "Infinity"),
  text("-Infinity", "-Infinity"),
  text("1e309", "1e309"),
  text("-0", "-0"),
  text("-1", "-1"),
  text("0x1F", "0x1F"),
  text("9007199254740993", "9007199254740993"),
  text("99999999999999999999999999999", "99999999999999999999999999999"),
  text("full-width digits", "２０２３"),
  text("arabic-indic digits", "٢٠٢٣"),
  text("emoji", "📈🇨🇳👩‍👩‍👧"),
  text("RTL override", "\u202Egdp\u202C"),
  text("hebrew", "שלום"),
  text("combining marks", "a\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308"),
  text("BOM+zero-width", "\uFEFF2023\u200B"),
  text("__proto__", "__proto__"),
  text("constructor", "constructor"),
  text("toString", "toString"),
  text("valueOf", "valueOf"),
  text("hasOwnProperty", "hasOwnProperty"),
  text("prototype", "prototype"),
  text("../ traversal", "../../../etc/passwd"),
  raw("%2e%2e%2f traversal", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
  raw("..%5c traversal", "..%5c..%5cwindows%5cwin.ini"),
  raw("null byte", "%00"),
  raw("null byte inside", "2023%00.json"),
  raw("lone %", "%"),
  raw("bad escape %zz", "%zz"),
  raw("truncated UTF-8", "%E5%B9"),
  raw("lone surrogate bytes", "%ED%A0%80"),
  raw("invalid UTF-8 byte", "%FF%FE"),
  raw("CRLF injection", "x%0D%0ASet-Cookie:%20a=1"),
  text("JSON array", "[1,2,3]"),
  text("JSON object", '{"__proto__":{"polluted":1}}'),
  text("null", "null"),
  text("undefined", "undefined"),
  text("html", '<script>alert(1)</script>"\'>'),
  text("sql", "' OR 1=1 --"),
  text("format string", "%s%s%n%x"),
  text("regex bomb", `${"a-".repeat(40)}!`),
  text("valid-looking slug too long", "a".repeat(200)),
];

/** For pages (a render costs 50-500 ms): one value of each kind, so every parameter still meets each danger. */
export const pageValues: HostileValue[] = [
  text("empty", ""),
  text("NaN", "NaN"),
  text("1e309", "1e309"),
  text("full-width digits", "２０２３"),
  text("unicode mix", "\u202E📈a\u0301\u0302שלום\uFEFF"),
  text("__proto__", "__proto__"),
  text("constructor", "constructor"),
  raw("%2e%2e%2f traversal", "..%2f%2e%2e%2f..%5cetc%2fpasswd"),
  raw("null byte", "a%00b"),
  raw("bad escapes", "%zz%"),
  raw("lone surrogate bytes", "%ED%A0%80%FF"),
  text("JSON array", "[1,2,3]"),
];

/** For parameters the route never reads: enough to show the unknown key is ignored safely. */
export const fewValues: HostileValue[] = [
  text("toString", "toString"),
  raw("null byte", "%00"),
  raw("bad escapes", "%zz%"),
];

/** Costly values (large URLs and bodies): sent to fewer places. */
export const bulkyValues: HostileValue[] = [
  text("100 kB ascii", "9".repeat(100_000)),
  text("100 kB CJK", "年".repeat(34_000)),
  text("10 kB", "x".repeat(10_000)),
  text("many commas", ",".repeat(5_000)),
  // Past SQLite's 999 bound values yet under Node's 16 kB header limit, so it reaches the page.
  text("1,500 slugs", Array.from({ length: 1_500 }, (_, i) => `r${i}`).join(",")),
];

/** Query-string shapes that are hostile in their keys, not their values: `{p}` stands for the parameter. */
export const keyShapes: { label: string; query: (param: string, valid: string) => string }[] = [
  { label: "repeated (valid first)", query: (p, v) => `${p}=${v}&${p}=NaN` },
  { label: "repeated (hostile first)", query: (p, v) => `${p}=NaN&${p}=${v}` },
  { label: "repeated x200", query: (p, v) => Array.from({ length: 200 }, () => `${p}=${v}`).join("&") },
  { label: "bracket array", query: (p, v) => `${p}[]=${v}&${p}[]=${v}` },
  { label: "indexed key", query: (p, v) => `${p}[0]=${v}` },
  { label: "key without =", query: (p) => p },
  { label: "key with = only", query: (p) => `${p}=` },
  { label: "empty pairs", query: (p, v) => `&&=&${p}=${v}&&` },
  { label: "__proto__ key", query: (p, v) => `__proto__=${v}&${p}=${v}` },
  { label: "__proto__[p] key", query: (p, v) => `__proto__[${p}]=${v}&constructor[prototype][${p}]=1` },
  { label: "prototype-named keys", query: (p, v) => `constructor=1&toString=1&valueOf=1&hasOwnProperty=1&${p}=${v}` },
  { label: "upper-case key", query: (p, v) => `${p.toUpperCase()}=${v}` },
  { label: "encoded key", query: (p, v) => `${percentEncode(p).replace(/./, (c) => `%${c.charCodeAt(0).toString(16)}`)}=${v}` },
  { label: "plus and spaces", query: (p, v) => `${p}=+${v}+` },
];

/** Fixed seed (the issue's number) so every run sends the same values; the sample size bounds the run. */
export const fastCheckSeed = 14;

const fragment = fc.constantFrom("..", "%2e%2e", "/", "%2f", "%5c", "%00", "%", "%zz", "+", "=", "&", ";", "%E5", "%F0%9F", "1e309", "NaN", "__proto__", "-0", "..%2f");

/** Generated raw values: arbitrary code points, numbers as text, JSON, and mixes of dangerous fragments. */
export const generatedValue: fc.Arbitrary<HostileValue> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }).map((s) => text(`string ${JSON.stringify(s).slice(0, 40)}`, s)),
  fc.string({ unit: "grapheme", maxLength: 20 }).map((s) => text(`graphemes ${JSON.stringify(s).slice(0, 40)}`, s)),
  fc.double().map((n) => text(`double ${Object.is(n, -0) ? "-0" : String(n)}`, Object.is(n, -0) ? "-0" : String(n))),
  fc.bigInt().map((n) => text(`bigint ${String(n).slice(0, 30)}`, String(n))),
  fc.integer({ min: -3000, max: 3000 }).map((n) => text(`integer ${n}`, String(n))),
  fc.json({ maxDepth: 2 }).map((j) => text(`json ${j.slice(0, 40)}`, j)),
  fc.array(fragment, { minLength: 1, maxLength: 8 }).map((parts) => raw(`fragments ${parts.join("")}`, parts.join(""))),
);

/** Numbers at the edges of what the stage check accepts, or just past them. */
const stageEdge = fc.constantFrom("0", "-0", "0.000001", "0.004", "0.01", "1", "1000000", "100000000", "0.0000000001", "99999999.99999999", "-20.000001", "30.0000001");

/** Mostly a number the check accepts (so the parameters meet each other), sometimes an edge. */
const stageNumber = (min: number, max: number) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(String(min), String(max)), weight: 1 },
    { arbitrary: fc.double({ min, max, noNaN: true }).map((n) => n.toFixed(8)), weight: 3 },
    { arbitrary: stageEdge, weight: 1 },
  );

/** Whole stage queries, every parameter optional: the check reads them together (cny with rate, growth with fx…). */
export const stageQuery: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    gdp: stageNumber(0.01, 1_000_000), cny: stageNumber(0.000001, 100_000_000), rate: stageNumber(0.01, 1000),
    growth: stageNumber(-20, 30), deflator: stageNumber(-20, 50), fx: stageNumber(-50, 50), population: stageNumber(-5, 10),
    year: fc.integer({ min: 1960, max: 2100 }).map(String),
  },
  { requiredKeys: [] },
);
