// A region's WEF stage: the answer in words and its GDP figures on the band chart.
import Link from "@/components/ui/link";
import { StageBandChart } from "@/components/charts/stage-band-chart";
import { classifyGdp } from "@/lib/domain/stages";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { summarizeBand } from "@/lib/domain/stage-report";
import { formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { ObservationView } from "@/lib/queries/observations";
import { StageBadge } from "./stage-badge";

type RegionStagePanelProps = { regionName: string; gdp: ObservationView[] };

export function RegionStagePanel({ regionName, gdp }: RegionStagePanelProps) {
  const m = getMessages();
  const latest = gdp.at(-1);
  if (!latest) return null;
  const band = classifyGdp(gcr2014, latest.value);
  return (
    <section className="section panel" aria-labelledby="region-stage-title">
      <h2 id="region-stage-title">{m.regions.profile.stageTitle} <StageBadge gdp={latest} /></h2>
      <p data-testid="region-stage-answer">
        {m.regions.profile.stageAnswer(`${latest.qualifier ? m.qualifiers[latest.qualifier] : ""}${formatUsd(latest.value)}`, latest.year, band.nameZh)}{" "}
        <Link href={`/stage?gdp=${latest.value}&year=${latest.year}`}>{m.regions.profile.stageLink} →</Link>
      </p>
      <StageBandChart
        id="region-stage"
        title={m.regions.profile.bandChartTitle(regionName)}
        bands={gcr2014.bands.map(summarizeBand)}
        markers={gdp.map((o) => ({ label: `${regionName} ${o.year}`, gdpPerCapitaUsd: o.value }))}
      />
    </section>
  );
}
