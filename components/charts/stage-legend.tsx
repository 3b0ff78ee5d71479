// The five stage bands with their colours and ranges, under the stage charts; with `marks`, also what the band
// chart's marks and dashed lines mean.
import type { BandSummary } from "@/lib/domain/stage-report";
import { accent, stagePalette } from "@/lib/charts/theme";
import { formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";

function rangeText(band: BandSummary): string {
  if (band.minUsd === null) return `<${formatUsd(band.maxUsd!)}`;
  if (band.maxUsd === null) return `>${formatUsd(band.minUsd)}`;
  return `${formatUsd(band.minUsd)}—${formatUsd(band.maxUsd)}`;
}

type StageLegendProps = { bands: BandSummary[]; marks?: { hasBound: boolean } };

export function StageLegend({ bands, marks }: StageLegendProps) {
  const m = getMessages().regions.marks.band;
  return (
    <ul className="legend">
      {bands.map((band) => (
        <li key={band.key}>
          <span className="legend__swatch" style={{ background: stagePalette[band.order] }} aria-hidden />
          {band.nameZh} {rangeText(band)}
        </li>
      ))}
      {marks && (
        <>
          <li><span aria-hidden style={{ color: accent }}>▼</span> {m.figure}</li>
          {marks.hasBound && <li><span aria-hidden style={{ color: accent }}>▽</span> {m.bound}</li>}
          <li><span aria-hidden style={{ color: "#94a3b8" }}>┆</span> {m.threshold}</li>
        </>
      )}
    </ul>
  );
}
