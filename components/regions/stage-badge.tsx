// A region's WEF stage as a coloured badge, from its latest GDP per capita.
import { classifyGdp } from "@/lib/domain/stages";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { stagePalette, stageTextColour } from "@/lib/charts/theme";
import { getMessages } from "@/lib/i18n";

export function StageBadge({ gdp }: { gdp: { value: number; year: number } }) {
  const band = classifyGdp(gcr2014, gdp.value);
  return (
    <span
      className="badge"
      style={{ background: stagePalette[band.order], color: stageTextColour[band.order] }}
      title={getMessages().regions.stageOf(gdp.year)}
      data-stage={band.key}
    >
      {band.nameZh}
    </span>
  );
}
