// The /regions map: the indicator and year picker, the tile grid coloured by value with its legend, and
// the same values as a table with a CSV download.
import Link from "@/components/ui/link";
import { observationLabel } from "@/components/indicators/observation-label";
import { buildChoropleth, yearSpans, type ChoroplethTile, type MapView } from "@/lib/domain/province-tiles";
import { onePer, preferFigure } from "@/lib/domain/region-rank";
import { unitLabelZh } from "@/lib/domain/units";
import { sequentialColours } from "@/lib/charts/sequential-scale";
import { formatNumber } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { ProvinceIndicator, ProvinceYears, RegionFigure, YearValues } from "@/lib/queries/region-values";
import { ProvinceMapPicker } from "./province-map-picker";
import { ProvinceTileGrid } from "./province-tile-grid";
import { ProvinceValueTable } from "./province-value-table";
import { ValueLegend } from "./value-legend";

type ProvinceMapProps = {
  indicators: ProvinceIndicator[];
  view: MapView<ProvinceIndicator>;
  values: YearValues;
  provinceYears: ProvinceYears[];
  /** Provinces in the store: GB/T 2260 code → slug. */
  slugs: ReadonlyMap<string, string>;
};

const compact = new Intl.NumberFormat("zh-CN", { notation: "compact", maximumSignificantDigits: 3 });

/** A value short enough for a tile: 万 for large numbers (6.53万), digits as they are below ten thousand. */
function tileValue(value: number): string {
  return Math.abs(value) >= 1e4 ? compact.format(value) : formatNumber(value);
}

/** One figure per province (see preferFigure), by GB/T 2260 code. */
function byCode(figures: RegionFigure[]): Map<string, RegionFigure> {
  return new Map(onePer(figures.filter((f) => f.region.adminCode), (f) => f.region.slug).map((f) => [f.region.adminCode!, f]));
}

export function ProvinceMap({ indicators, view, values, provinceYears, slugs }: ProvinceMapProps) {
  const m = getMessages();
  const t = m.regions.map;
  const { indicator, year } = view;
  const unitLabel = unitLabelZh(indicator.unit);
  const years = new Map(provinceYears.flatMap((p) => (p.adminCode ? [[p.adminCode, p.years] as const] : [])));
  const { tiles, bins, rows } = buildChoropleth({ figures: byCode(values.provinces), slugs, years, higherIsBetter: indicator.higherIsBetter });
  const colours = sequentialColours(bins.length);
  const ranked = tiles.filter((tile) => tile.status === "value").length;
  const label = (f: RegionFigure) => observationLabel(f.value, f.qualifier, indicator.unit);
  const national = values.national.reduce<RegionFigure | undefined>(preferFigure, undefined);

  const reasonOf = (tile: ChoroplethTile<RegionFigure>): string => {
    if (tile.status === "value") return "";
    if (tile.reason.kind === "other-years") {
      return t.reasons.otherYears(yearSpans(tile.reason.years).map(([from, to]) => (from === to ? `${from}` : `${from}—${to}`)).join("、"));
    }
    return tile.reason.kind === "no-figures" ? t.reasons.noFigures : t.reasons.notInStore;
  };
  const describe = (tile: ChoroplethTile<RegionFigure>) =>
    tile.status === "value"
      ? { label: `${tile.nameZh}：${label(tile.figure)}，${t.rankOf(tile.rank, ranked)}`, shortValue: tileValue(tile.figure.value) }
      : { label: `${tile.nameZh}：${t.noData}（${reasonOf(tile)}）`, shortValue: null };
  const direction = indicator.higherIsBetter === null ? t.direction.none : indicator.higherIsBetter ? t.direction.up : t.direction.down;
  const title = t.title(indicator.nameZh, year);

  return (
    <>
      <ProvinceMapPicker indicators={indicators} indicator={indicator} year={year} />
      {view.notice && (
        <p className="notice" role="status" data-testid="map-notice">
          {view.notice.kind === "unknown-indicator" ? t.unknownIndicator(view.notice.asked) : t.unknownYear(view.notice.asked, indicator.nameZh, year)}
        </p>
      )}
      <figure className="choropleth" aria-labelledby="map-title" data-testid="province-map" data-indicator={indicator.code} data-year={year}>
        <h3 className="chart__title" id="map-title">{title}</h3>
        <p className="chart__caption">
          {t.caption} {t.coverage(ranked, tiles.length)}；{direction}。 <Link href={`/indicators/${indicator.code}?year=${year}`}>{t.indicatorLink} →</Link>
        </p>
        <div className="choropleth__body">
          <ProvinceTileGrid tiles={tiles} colours={colours} describe={describe} />
          <ValueLegend
            bins={bins}
            colours={colours}
            unitLabel={unitLabel}
            missing={tiles.filter((tile) => tile.status === "no-data").map((tile) => tile.nameZh)}
            national={national ? label(national) : null}
          />
        </div>
        <div className="chart__downloads" data-file-name={`kechan-map-${indicator.code}-${year}`}>
          <button type="button" className="link-button" data-chart-download="csv">{t.downloadCsv}</button>
        </div>
        <details>
          <summary>{t.tableSummary(ranked)}</summary>
          <ProvinceValueTable rows={rows} unitLabel={unitLabel} ranked={ranked} caption={title} reasonOf={reasonOf} />
        </details>
      </figure>
    </>
  );
}
