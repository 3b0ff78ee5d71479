// Each province's strengths and weaknesses (lib/index/strengths.ts): one <details> per province, its
// summary naming the indicators where it ranks highest and lowest, its body every indicator's rank.
import type { IndexDto } from "@/lib/api/composite-index";
import { formatNumber } from "@/lib/format";
import type { RegionStrengths, IndicatorStanding } from "@/lib/index/strengths";
import { indexPageMessages } from "@/lib/i18n/zh-CN-index-page";

type IndexStrengthsProps = {
  dto: IndexDto;
  strengths: RegionStrengths[];
  /** Indicator key → its label and unit label. */
  indicators: ReadonlyMap<string, { label: string; unit: string }>;
};

export function standingText(s: IndicatorStanding, indicators: IndexStrengthsProps["indicators"]): string {
  return `${indicators.get(s.indicator)?.label ?? s.indicator} ${indexPageMessages.strengths.rankOf(s.rank, s.of)}`;
}

export function IndexStrengths({ dto, strengths, indicators }: IndexStrengthsProps) {
  const m = indexPageMessages.strengths;
  const bySlug = new Map(strengths.map((s) => [s.region, s]));
  return (
    <div className="index-strengths" data-testid="index-strengths">
      {dto.regions.map((region) => {
        const s = bySlug.get(region.slug);
        if (!s) return null;
        return (
          <details key={region.slug} className="index-strengths__region">
            <summary>
              <strong>{m.summary(region.nameZh, region.rank)}</strong>
              <span className="index-strengths__sides">
                <span className="index-strengths__side index-strengths__side--strong">
                  {m.strengths}：{s.strengths.length > 0 ? s.strengths.map((x) => standingText(x, indicators)).join("、") : m.none}
                </span>
                <span className="index-strengths__side index-strengths__side--weak">
                  {m.weaknesses}：{s.weaknesses.length > 0 ? s.weaknesses.map((x) => standingText(x, indicators)).join("、") : m.none}
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
                        <td>{meta?.label ?? x.indicator}</td>
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
