// The reference a reader copies to cite one chart: GB/T 7714-2015's form for an online resource (题名[EB/OL].
// [引用日期]. 访问路径.) with the site as author, then the sources the chart draws on; on an English page the
// same parts in the usual English order (title [online], accessed date, address). Pure and free of the message
// catalogue, so the browser script (lib/client/chart-downloads.ts) builds it with the page's own URL and language.

export type ChartCitationParts = {
  title: string;
  /** Units and years, e.g. "美元/人；2018—2025年"; empty when unknown. */
  subtitle: string;
  sources: readonly string[];
  /** The page's address with its state (query string, anchor to the chart); "" where unknown (no script). */
  url: string;
  accessed: Date;
  /** The page's language ("zh-CN" or "en"): the browser script reads it from <html lang>. */
  locale: "zh-CN" | "en";
};

export const kechanAuthor = "科产融合指标看板（Kechan）";
export const kechanAuthorEn = "Kechan";

/** YYYY-MM-DD in China Standard Time, where the readers are (GB/T 7714 §8.8.2 writes dates this way). */
export function citationDate(date: Date): string {
  const china = new Date(date.getTime() + 8 * 3600_000);
  return china.toISOString().slice(0, 10);
}

export function chartCitation({ title, subtitle, sources, url, accessed, locale }: ChartCitationParts): string {
  if (locale === "en") {
    const fullTitle = subtitle ? `${title} (${subtitle})` : title;
    const from = sources.length > 0 ? ` Data sources: ${sources.join("; ")}.` : "";
    return `${kechanAuthorEn}. ${fullTitle} [online]. Accessed ${citationDate(accessed)}.${url ? ` ${url}.` : ""}${from}`;
  }
  const fullTitle = subtitle ? `${title}（${subtitle}）` : title;
  const from = sources.length > 0 ? ` 数据来源：${sources.join("；")}。` : "";
  return `${kechanAuthor}. ${fullTitle}[EB/OL]. [${citationDate(accessed)}].${url ? ` ${url}.` : ""}${from}`;
}
