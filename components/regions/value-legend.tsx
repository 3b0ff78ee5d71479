// The map's legend: each bin's colour with its edges in the indicator's unit, then the provinces without a
// figure under 暂无数字 ("No figure"), and the national figure of the year for reference.
import type { ValueBin } from "@/lib/domain/province-tiles";
import { noDataFill, type BinColour } from "@/lib/charts/sequential-scale";
import { punctuation } from "@/lib/charts/punctuation";
import { formatNumber } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";

type ValueLegendProps = {
  bins: ValueBin[];
  colours: BinColour[];
  unitLabel: string;
  missing: string[];
  national: string | null;
  locale: Locale;
};

/** A range of values as each language writes it: "1,200—3,400" in Chinese, "1,200–3,400" in English. */
export function rangeText(from: string, to: string, locale: Locale): string {
  return `${from}${locale === "en" ? "–" : "—"}${to}`;
}

function binText(bin: ValueBin, locale: Locale): string {
  return bin.from === bin.to ? formatNumber(bin.from) : rangeText(formatNumber(bin.from), formatNumber(bin.to), locale);
}

export function ValueLegend({ bins, colours, unitLabel, missing, national, locale }: ValueLegendProps) {
  const t = getMessages(locale).regions.map;
  const p = punctuation(locale);
  return (
    <div className="value-legend" data-testid="map-legend">
      <p className="value-legend__title">{t.legendTitle(unitLabel)}</p>
      <ul className="legend legend--column">
        {bins.map((bin) => (
          <li key={bin.index}>
            <span className="legend__swatch" style={{ background: colours[bin.index]?.fill }} aria-hidden />
            {binText(bin, locale)}
          </li>
        ))}
        {missing.length > 0 && (
          <li data-testid="map-legend-missing">
            <span className="legend__swatch" style={{ background: noDataFill }} aria-hidden />
            {t.noData}{p.colon}{missing.join(p.list)}
          </li>
        )}
      </ul>
      <p className="note">{national ? t.national(national) : t.nationalMissing}</p>
    </div>
  );
}
