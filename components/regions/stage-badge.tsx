// A region's WEF stage as a coloured badge, from its latest GDP per capita.
import { classifyGdp } from "@/lib/domain/stages";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { stagePalette, stageTextColour } from "@/lib/charts/theme";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";

export function StageBadge({ gdp, locale }: { gdp: { value: number; year: number }; locale: Locale }) {
  const band = classifyGdp(gcr2014, gdp.value);
  return (
    <span
      className="badge"
      style={{ background: stagePalette[band.order], color: stageTextColour[band.order] }}
      title={getMessages(locale).regions.stageOf(gdp.year)}
      data-stage={band.key}
    >
      {localName(locale, band)}
    </span>
  );
}
