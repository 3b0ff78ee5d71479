// The map's legend: each bin's colour with its edges in the indicator's unit, then the provinces without a
// figure under 暂无数字, and the national figure of the year for reference.
import type { ValueBin } from "@/lib/domain/province-tiles";
import { noDataFill, type BinColour } from "@/lib/charts/sequential-scale";
import { formatNumber } from "@/lib/format";
import { getMessages } from "@/lib/i18n";

type ValueLegendProps = {
  bins: ValueBin[];
  colours: BinColour[];
  unitLabel: string;
  missing: string[];
  national: string | null;
};

function binText(bin: ValueBin): string {
  return bin.from === bin.to ? formatNumber(bin.from) : `${formatNumber(bin.from)}—${formatNumber(bin.to)}`;
}

export function ValueLegend({ bins, colours, unitLabel, missing, national }: ValueLegendProps) {
  const t = getMessages().regions.map;
  return (
    <div className="value-legend" data-testid="map-legend">
      <p className="value-legend__title">{t.legendTitle(unitLabel)}</p>
      <ul className="legend legend--column">
        {bins.map((bin) => (
          <li key={bin.index}>
            <span className="legend__swatch" style={{ background: colours[bin.index]?.fill }} aria-hidden />
            {binText(bin)}
          </li>
        ))}
        {missing.length > 0 && (
          <li data-testid="map-legend-missing">
            <span className="legend__swatch" style={{ background: noDataFill }} aria-hidden />
            {t.noData}：{missing.join("、")}
          </li>
        )}
      </ul>
      <p className="note">{national ? t.national(national) : t.nationalMissing}</p>
    </div>
  );
}
