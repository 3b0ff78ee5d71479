// Checks (and mends) the typography of Chinese prose: half-width ,;:() beside Chinese characters, year ranges
// written with "-", "–" or "~" instead of "—", and value ranges with thousands separators on one side only.

/** Chinese characters and the full-width punctuation that sits among them. */
const chinese = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e“”‘’…·—]/;
const fullWidth: Record<string, string> = { ",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？" };
/** A "{name}" placeholder stands for words of the sentence around it. */
const isBrace = (ch: string) => ch === "{" || ch === "}";

function neighbours(text: string, at: number): { before: string; after: string } {
  let i = at - 1;
  while (i >= 0 && text[i] === " ") i--;
  let j = at + 1;
  while (j < text.length && text[j] === " ") j++;
  return { before: text[i] ?? "", after: text[j] ?? "" };
}

/** Indexes of half-width ,;:()? that stand beside Chinese (spaces between are ignored), or between placeholders
 *  in a text that is Chinese. */
function halfWidthBesideChinese(text: string): number[] {
  const found: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const ch = text[at]!;
    if (!Object.hasOwn(fullWidth, ch)) continue;
    const { before, after } = neighbours(text, at);
    if (chinese.test(before) || chinese.test(after) || isBrace(before) || isBrace(after)) found.push(at);
  }
  return found;
}

const year = String.raw`(?:1[89]\d\d|20\d\d)`;
const yearRangeWithWrongDash = new RegExp(String.raw`(?<![\d-])${year}\s*[-–~～]\s*${year}(?![\d-])`, "g");
const valueRange = /(\d{1,3}(?:,\d{3})+|\d{4,})\s*—\s*(\d{1,3}(?:,\d{3})+|\d{4,})/g;

/** What is wrong with a piece of text, one line per problem with the text around it; [] when it is fine. */
export function typographyProblems(text: string): string[] {
  if (!chinese.test(text)) return [];
  const around = (at: number, length = 1) => text.slice(Math.max(0, at - 6), at + length + 6);
  const problems = halfWidthBesideChinese(text).map((at) => `half-width "${text[at]}" in Chinese: …${around(at)}…`);
  for (const match of text.matchAll(yearRangeWithWrongDash)) problems.push(`year range without "—": ${match[0]}`);
  for (const match of text.matchAll(valueRange)) {
    const [, from = "", to = ""] = match;
    if (from.includes(",") !== to.includes(",")) problems.push(`range with thousands separators on one side only: ${match[0]}`);
  }
  return problems;
}

/** Index of the bracket that pairs with the one at `at` in the same text, or -1. */
function partner(text: string, at: number): number {
  const step = text[at] === "(" ? 1 : -1;
  let depth = 0;
  for (let i = at; i >= 0 && i < text.length; i += step) {
    if (text[i] === "(" || text[i] === "（") depth += step;
    if (text[i] === ")" || text[i] === "）") depth -= step;
    if (depth === 0) return i;
  }
  return -1;
}

/** The text with its half-width punctuation beside Chinese made full-width (a bracket's partner too, and the
 *  space a full-width mark already carries dropped) and year ranges joined by "—". */
export function mendTypography(text: string): string {
  // A mark made full-width can make its neighbour Chinese in turn ("）:" after "):"), so mend until nothing changes.
  for (let pass = 0; pass < 5; pass++) {
    const mended = mendOnce(text);
    if (mended === text) break;
    text = mended;
  }
  return text;
}

function mendOnce(text: string): string {
  if (!chinese.test(text)) return text;
  const chars = [...text].length === text.length ? text.split("") : null;
  if (!chars) return text; // astral characters: leave to a person
  for (const at of halfWidthBesideChinese(text)) {
    chars[at] = fullWidth[text[at]!]!;
    if (text[at] === "(" || text[at] === ")") {
      const other = partner(text, at);
      if (other >= 0 && (text[other] === "(" || text[other] === ")")) chars[other] = fullWidth[text[other]!]!;
    }
  }
  let mended = chars.join("");
  // No space after ，；：（ or before ）（ : full-width marks carry their own.
  mended = mended.replace(/([，；：（]) +/g, "$1").replace(/ +([）（，；：])/g, "$1");
  return mended.replace(yearRangeWithWrongDash, (range) => range.replace(/\s*[-–~～]\s*/, "—"));
}

/** Full-width punctuation, which English text writes with its own marks (, . : ; ( ) " "). */
const fullWidthMarks = /[，。：；（）“”《》]/g;
const han = /\p{Script=Han}/u;

/** What is wrong with a piece of English text: full-width punctuation, except inside a quoted Chinese word
 *  (a run of non-space characters with a Han character in it, such as “地区：” or （亿元）). */
export function englishTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(fullWidthMarks)) {
    const at = match.index;
    const start = text.slice(0, at).search(/\S*$/);
    const end = at + (/^\S*/.exec(text.slice(at))?.[0].length ?? 1);
    if (han.test(text.slice(start, end))) continue;
    problems.push(`full-width "${match[0]}" in English: …${text.slice(Math.max(0, at - 12), at + 13)}…`);
  }
  return problems;
}
