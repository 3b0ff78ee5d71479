// Each province's strengths and weaknesses (lib/index/strengths.ts): one <details> per province, its
// summary naming the indicators where it ranks highest and lowest, its body every indicator's rank.
import type { IndexDto } from "@/lib/api/composite-index";
import { punctuation } from "@/lib/charts/punctuation";
import { formatNumber } from "@/lib/format";
import { indexPageText } from "@/lib/index/messages";
import type { RegionStrengths, IndicatorStanding } from "@/lib/index/strengths";
import { storedLang } from "@/lib/index/stored-text";
import type { Locale } from "@/lib/i18n/locales";

type IndexStrengthsProps = {
  locale: Locale;
  dto: IndexDto;
  strengths: RegionStrengths[];
  /** Indicator key → its label and unit label. */
  indicators: ReadonlyMap<string, { label: string; unit: string }>;
  /** Region slug → its name in the page's language. */
  regionNames: ReadonlyMap<string, string>;
};

export function IndexStrengths({ locale, dto, strengths, indicators, regionNames }: IndexStrengthsProps) {
  const m = indexPageText(locale).strengths;
  // "强项：A 第1/30、B 第2/30"; in English "Strengths: A …, B …".
  const p = punctuation(locale);
  const bySlug = new Map(strengths.map((s) => [s.region, s]));
  // Indicators are named as the spec stores them: Chinese text on an English page is marked so.
  const list = (standings: readonly IndicatorStanding[]) =>
    standings.length > 0
      ? standings.map((x, i) => {
          const label = indicators.get(x.indicator)?.label ?? x.indicator;
          return <span key={x.indicator}>{i > 0 && p.list}<span lang={storedLang(locale, label)}>{label}</span> {m.rankOf(x.rank, x.of)}</span>;
        })
      : m.none;
  return (
    <div className="index-strengths" data-testid="index-strengths">
      {dto.regions.map((region) => {
        const s = bySlug.get(region.slug);
        if (!s) return null;
        return (
          <details key={region.slug} className="index-strengths__region">
            <summary>
              <strong>{m.summary(regionNames.get(region.slug) ?? region.nameZh, region.rank)}</strong>
              <span className="index-strengths__sides">
                <span className="index-strengths__side index-strengths__side--strong">
                  {m.strengths}{p.colon}{list(s.strengths)}
                </span>
                <span className="index-strengths__side index-strengths__side--weak">
                  {m.weaknesses}{p.colon}{list(s.weaknesses)}
                </span>
              </span>
            </summary>
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{m.columns.indicator}</th>
                    <th scope="col" className="num">{m.columns.rank}</th>
                    <th scope="col" className="num">{m.columns.value}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.standings.map((x) => {
                    const meta = indicators.get(x.indicator);
                    return (
                      <tr key={x.indicator}>
                        <td lang={storedLang(locale, meta?.label)}>{meta?.label ?? x.indicator}</td>
                        <td className="num">{m.rankOf(x.rank, x.of)}</td>
                        <td className="num">{formatNumber(x.value)} {meta?.unit}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </details>
        );
      })}
    </div>
  );
}
