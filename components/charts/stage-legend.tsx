// The five stage bands with their colours and ranges, under the stage charts.
import type { BandSummary } from "@/lib/domain/stage-report";
import { stagePalette } from "@/lib/charts/theme";
import { formatUsd } from "@/lib/format";

function rangeText(band: BandSummary): string {
  if (band.minUsd === null) return `<${formatUsd(band.maxUsd!)}`;
  if (band.maxUsd === null) return `>${formatUsd(band.minUsd)}`;
  return `${formatUsd(band.minUsd)}—${formatUsd(band.maxUsd)}`;
}

export function StageLegend({ bands }: { bands: BandSummary[] }) {
  return (
    <ul className="legend">
      {bands.map((band) => (
        <li key={band.key}>
          <span className="legend__swatch" style={{ background: stagePalette[band.order] }} aria-hidden />
          {band.nameZh} {rangeText(band)}
        </li>
      ))}
    </ul>
  );
}
