// The five stage bands with their colours and ranges, under the stage charts; with `marks`, also what the band
// chart's marks and dashed lines mean.
import type { BandSummary } from "@/lib/domain/stage-report";
import { accent, stagePalette } from "@/lib/charts/theme";
import { formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";

/** "2,000—2,999" in Chinese, "2,000–2,999" (an en dash) in English. */
function rangeText(band: BandSummary, locale: Locale): string {
  if (band.minUsd === null) return `<${formatUsd(band.maxUsd!)}`;
  if (band.maxUsd === null) return `>${formatUsd(band.minUsd)}`;
  return `${formatUsd(band.minUsd)}${locale === "en" ? "–" : "—"}${formatUsd(band.maxUsd)}`;
}

type StageLegendProps = { locale: Locale; bands: BandSummary[]; marks?: { hasBound: boolean } };

export function StageLegend({ locale, bands, marks }: StageLegendProps) {
  const m = getMessages(locale).regions.marks.band;
  return (
    <ul className="legend">
      {bands.map((band) => (
        <li key={band.key}>
          <span className="legend__swatch" style={{ background: stagePalette[band.order] }} aria-hidden />
          {localName(locale, band)} {rangeText(band, locale)}
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
