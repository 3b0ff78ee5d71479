// The /regions map: the indicator and year picker, the tile grid coloured by value with its legend, and
// the same values as a table with a CSV download.
import Link from "@/components/ui/link";
import { observationLabel } from "@/components/indicators/observation-label";
import { buildChoropleth, yearSpans, type ChoroplethTile, type MapView } from "@/lib/domain/province-tiles";
import { onePer, preferFigure } from "@/lib/domain/region-rank";
import { unitLabel as unitText } from "@/lib/domain/units";
import { punctuation } from "@/lib/charts/punctuation";
import { sequentialColours } from "@/lib/charts/sequential-scale";
import { formatNumber } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import { intlLocale, locales, type Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import type { ProvinceIndicator, ProvinceYears, RegionFigure, YearValues } from "@/lib/queries/region-values";
import { ProvinceMapPicker } from "./province-map-picker";
import { ProvinceTileGrid } from "./province-tile-grid";
import { ProvinceValueTable } from "./province-value-table";
import { rangeText, ValueLegend } from "./value-legend";

type ProvinceMapProps = {
  indicators: ProvinceIndicator[];
  view: MapView<ProvinceIndicator>;
  values: YearValues;
  provinceYears: ProvinceYears[];
  /** Provinces in the store: GB/T 2260 code → slug. */
  slugs: ReadonlyMap<string, string>;
  /** Provinces in the store: GB/T 2260 code → name in the page's language (the tile's Chinese name otherwise). */
  names: ReadonlyMap<string, string>;
  locale: Locale;
};

const compact = new Map(locales.map((l) => [l, new Intl.NumberFormat(intlLocale(l), { notation: "compact", maximumSignificantDigits: 3 })]));

/** A value short enough for a tile: 万 for large numbers in Chinese (6.53万), K and M in English (65.3K);
 *  digits as they are below ten thousand. */
function tileValue(value: number, locale: Locale): string {
  return Math.abs(value) >= 1e4 ? compact.get(locale)!.format(value) : formatNumber(value);
}

/** One figure per province (see preferFigure), by GB/T 2260 code. */
function byCode(figures: RegionFigure[]): Map<string, RegionFigure> {
  return new Map(onePer(figures.filter((f) => f.region.adminCode), (f) => f.region.slug).map((f) => [f.region.adminCode!, f]));
}

export function ProvinceMap({ indicators, view, values, provinceYears, slugs, names, locale }: ProvinceMapProps) {
  const m = getMessages(locale);
  const t = m.regions.map;
  const p = punctuation(locale);
  const { indicator, year } = view;
  const indicatorName = localName(locale, indicator);
  const unitLabel = unitText(indicator.unit, locale);
  const years = new Map(provinceYears.flatMap((y) => (y.adminCode ? [[y.adminCode, y.years] as const] : [])));
  const { tiles, bins, rows } = buildChoropleth({ figures: byCode(values.provinces), slugs, years, higherIsBetter: indicator.higherIsBetter });
  const colours = sequentialColours(bins.length);
  const ranked = tiles.filter((tile) => tile.status === "value").length;
  const label = (f: RegionFigure) => observationLabel(f.value, f.qualifier, indicator.unit, locale);
  const national = values.national.reduce<RegionFigure | undefined>(preferFigure, undefined);
  const nameOf = (tile: ChoroplethTile<RegionFigure>) => names.get(tile.code) ?? tile.nameZh;

  const reasonOf = (tile: ChoroplethTile<RegionFigure>): string => {
    if (tile.status === "value") return "";
    if (tile.reason.kind === "other-years") {
      return t.reasons.otherYears(yearSpans(tile.reason.years).map(([from, to]) => (from === to ? `${from}` : rangeText(`${from}`, `${to}`, locale))).join(p.list));
    }
    return tile.reason.kind === "no-figures" ? t.reasons.noFigures : t.reasons.notInStore;
  };
  const describe = (tile: ChoroplethTile<RegionFigure>) =>
    tile.status === "value"
      ? { name: nameOf(tile), label: `${nameOf(tile)}${p.colon}${label(tile.figure)}${p.comma}${t.rankOf(tile.rank, ranked)}`, shortValue: tileValue(tile.figure.value, locale) }
      : { name: nameOf(tile), label: `${nameOf(tile)}${p.colon}${t.noData}${p.paren(reasonOf(tile))}`, shortValue: null };
  const direction = indicator.higherIsBetter === null ? t.direction.none : indicator.higherIsBetter ? t.direction.up : t.direction.down;
  const title = t.title(indicatorName, year);

  return (
    <>
      <ProvinceMapPicker indicators={indicators} indicator={indicator} year={year} locale={locale} />
      {view.notice && (
        <p className="notice" role="status" data-testid="map-notice">
          {view.notice.kind === "unknown-indicator" ? t.unknownIndicator(view.notice.asked) : t.unknownYear(view.notice.asked, indicatorName, year)}
        </p>
      )}
      <figure className="choropleth" aria-labelledby="map-title" data-testid="province-map" data-indicator={indicator.code} data-year={year}>
        <h3 className="chart__title" id="map-title">{title}</h3>
        <p className="chart__caption">
          {t.caption} {t.coverage(ranked, tiles.length)}{locale === "en" ? ". " : "；"}{direction}{locale === "en" ? "." : "。"}{" "}
          <Link locale={locale} href={`/indicators/${indicator.code}?year=${year}`}>{t.indicatorLink} →</Link>
        </p>
        <div className="choropleth__body">
          <ProvinceTileGrid tiles={tiles} colours={colours} describe={describe} locale={locale} />
          <ValueLegend
            bins={bins}
            colours={colours}
            unitLabel={unitLabel}
            missing={tiles.filter((tile) => tile.status === "no-data").map(nameOf)}
            national={national ? label(national) : null}
            locale={locale}
          />
        </div>
        <div className="chart__downloads" data-file-name={`kechan-map-${indicator.code}-${year}`}>
          <button type="button" className="link-button" data-chart-download="csv">{t.downloadCsv}</button>
        </div>
        <details>
          <summary>{t.tableSummary(ranked)}</summary>
          <ProvinceValueTable rows={rows} unitLabel={unitLabel} ranked={ranked} caption={title} nameOf={nameOf} reasonOf={reasonOf} locale={locale} />
        </details>
      </figure>
    </>
  );
}
