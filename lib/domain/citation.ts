// References to cite for every kind of source, in GB/T 7714-2015 (顺序编码制 entry, without the number) and
// APA 7, plus the one short name the site uses for a source wherever it names one.
import type { Locale } from "@/lib/i18n/locales";

/** GB/T 7714-2015 document type codes used here (表B.1/B.2): journal article, newspaper article, report,
 *  book, online resource, data set, other. "/OL" marks an online carrier. */
export const citeTypes = ["J", "N", "R", "M", "EB/OL", "DS/OL", "Z"] as const;
export type CiteType = (typeof citeTypes)[number];

export type CitableSource = {
  kind: string;
  titleZh: string;
  titleEn: string;
  /** Display string: persons or organisations separated by "、", ";" or "；", each perhaps with a note in brackets. */
  authors: string;
  /** YYYY or YYYY-MM. */
  published: string;
  /** GB/T type code stored with the source; null: decided by kind and URL (see citeTypeOf). */
  citeType: string | null;
  url: string | null;
  /** The table inside the publication (statistics). */
  tableRef: string | null;
  /** Access date, YYYY-MM-DD (statistics). */
  retrieved: string | null;
};

export type Citation = { gbt: string; apa: string };

/** The part of a publication a reference names after its title: a numbered table or figure ("3-9 …", "附表2 …",
 *  "Appendix III …"), not a place in a page's text ("新闻正文") or a file's rows, which the title already covers. */
function citedPart(s: Pick<CitableSource, "titleZh" | "tableRef">): string | null {
  const part = s.tableRef?.trim();
  if (!part || s.titleZh.includes(part)) return null;
  return /^(附表|续表|表|图|\d+-\d+|appendix|figure|table)/i.test(part) ? part : null;
}

function isCiteType(value: string): value is CiteType {
  return (citeTypes as readonly string[]).includes(value);
}

/** The type a source is cited as: its stored type, else a data file (CSV, TSV, Excel) is a data set and any other
 *  statistical table online an online resource. */
export function citeTypeOf(s: Pick<CitableSource, "kind" | "citeType" | "url">): CiteType {
  if (s.citeType && isCiteType(s.citeType)) return s.citeType;
  if (s.kind === "statistics" && s.url) return /\.(csv|tsv|xlsx?)$/i.test(s.url) ? "DS/OL" : "EB/OL";
  return "Z";
}

/** Author names for a reference: the display string split on 、;；, notes in brackets dropped; "佚名" (unnamed)
 *  counts as no author. */
export function citationAuthors(display: string): string[] {
  return display
    .replace(/[(（][^)）]*[)）]/g, "")
    .split(/[、;；]/)
    .map((name) => name.trim())
    .filter((name) => name !== "" && name !== "佚名");
}

function gbtAuthors(names: string[]): string {
  if (names.length === 0) return "佚名";
  // 8.1.3: no more than three names, then ", 等".
  return names.length > 3 ? `${names.slice(0, 3).join(", ")}, 等` : names.join(", ");
}

/** GB/T 7714-2015 §7 entry. Unknown journal or newspaper names are marked, not guessed. */
export function gbtCitation(s: CitableSource): string {
  const type = citeTypeOf(s);
  const part = citedPart(s);
  const title = part ? `${s.titleZh}:${part}` : s.titleZh;
  const head = `${gbtAuthors(citationAuthors(s.authors))}. ${title}[${type}]`;
  if (type === "J") return `${head}. [刊名不详], ${s.published.slice(0, 4)}.`;
  if (type === "N") return `${head}. [报纸名不详], ${s.published}.`;
  if (type.endsWith("/OL")) {
    const accessed = s.retrieved ? `[${s.retrieved}]` : "";
    const url = s.url ? ` ${s.url}.` : "";
    return `${head}. (${s.published})${accessed}.${url}`;
  }
  return `${head}. ${s.published}.`;
}

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** APA date: (2025), (2019, March); an access date reads "November 27, 2026". */
function apaDate(published: string): string {
  const [year, month] = published.split("-");
  const name = month ? months[Number(month) - 1] : undefined;
  return name ? `${year}, ${name}` : String(year);
}

function apaAccessed(date: string): string {
  const [year, month, day] = date.split("-");
  return `${months[Number(month) - 1] ?? month} ${Number(day)}, ${year}`;
}

function apaAuthors(names: string[]): string {
  if (names.length <= 1) return names.join("");
  // 9.8: up to 20 names, "&" before the last.
  return `${names.slice(0, -1).join(", ")}, & ${names.at(-1)}`;
}

/** APA 7 entry: a non-English title keeps its language with the English title in square brackets (9.38);
 *  with no author the title moves to the front (9.12); online tables carry their retrieval date (9.16). */
export function apaCitation(s: CitableSource): string {
  const type = citeTypeOf(s);
  const names = citationAuthors(s.authors);
  const part = citedPart(s);
  const title = part ? `${s.titleZh}: ${part}` : s.titleZh;
  const description = [s.titleEn, type === "DS/OL" ? "Data set" : ""].filter(Boolean).map((d) => ` [${d}]`).join("");
  const date = `(${apaDate(s.published)})`;
  const work = names.length > 0 ? `${apaAuthors(names)}. ${date}. ${title}${description}.` : `${title}${description}. ${date}.`;
  if (!s.url) return work;
  return s.retrieved ? `${work} Retrieved ${apaAccessed(s.retrieved)}, from ${s.url}` : `${work} ${s.url}`;
}

/** Both references, or null for a source named only in an imported file (a title and nothing else to cite). */
export function citationOf(s: CitableSource): Citation | null {
  if (s.kind !== "document" && s.kind !== "statistics") return null;
  return { gbt: gbtCitation(s), apa: apaCitation(s) };
}

/** The name fields of a source row that sourceName reads. Queries give all four (titleEn is "" for a source
 *  named only in an import); the English ones are optional here so a hand-made fixture may leave them out. */
export type SourceNaming = {
  titleZh: string;
  shortTitleZh?: string | null;
  titleEn?: string | null;
  shortTitleEn?: string | null;
};

function englishName(s: SourceNaming): string | null {
  const name = s.shortTitleEn?.trim() || s.titleEn?.trim();
  return name || null;
}

/** How the site names a source in running text, lists and chart notes, in the page's language: its short title,
 *  else its full title; in English the English short title, else the English title, else the Chinese name (an
 *  imported source has no English title). Never its slug or file name. */
export function sourceName(s: SourceNaming, locale: Locale): string {
  if (locale === "en") {
    const name = englishName(s);
    if (name) return name;
  }
  return s.shortTitleZh ?? s.titleZh;
}

/** The language the name sourceName gives is in, for its element's `lang` where it differs from the page's. */
export function sourceNameLang(s: SourceNaming, locale: Locale): Locale {
  return locale === "en" && !englishName(s) ? "zh-CN" : locale;
}
