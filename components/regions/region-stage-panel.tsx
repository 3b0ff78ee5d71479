// A region's WEF stage: the answer in words for its latest dollar figure (with the yuan figure, rate and
// sources when it is converted), its first and latest figures on the band chart, and the way to /stages.
import Link from "@/components/ui/link";
import { StageBandChart } from "@/components/charts/stage-band-chart";
import { fromDollarFigure } from "@/lib/charts/chart-figures";
import type { RegionDollarFigure } from "@/lib/domain/regional-stages";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { summarizeBand } from "@/lib/domain/stage-report";
import { formatNumber, formatRate, formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import { StageBadge } from "./stage-badge";

type RegionStagePanelProps = { regionName: string; figures: RegionDollarFigure[] };

export function RegionStagePanel({ regionName, figures }: RegionStagePanelProps) {
  const m = getMessages();
  const p = m.regions.profile;
  const sorted = [...figures].sort((a, b) => a.year - b.year);
  const latest = sorted.at(-1);
  const first = sorted[0];
  if (!latest || !first) return null;
  const usd = `${latest.qualifier ? m.qualifiers[latest.qualifier] : ""}${formatUsd(latest.gdpPerCapitaUsd)}`;
  const shown = first === latest ? [latest] : [first, latest];
  return (
    <section className="section panel" aria-labelledby="region-stage-title">
      <h2 id="region-stage-title">{p.stageTitle} <StageBadge gdp={{ value: latest.gdpPerCapitaUsd, year: latest.year }} /></h2>
      <p data-testid="region-stage-answer">
        {p.stageAnswer(usd, latest.year, latest.stage.nameZh)}{" "}
        <Link href={`/stage?gdp=${Math.round(latest.gdpPerCapitaUsd)}&year=${latest.year}`}>{p.stageLink} →</Link>
      </p>
      {latest.derivedFrom ? (
        <p className="note" data-testid="region-stage-derivation">
          {p.stageDerived(formatNumber(latest.derivedFrom.cny), formatRate(latest.derivedFrom.cnyPerUsd), latest.year)}
          {p.sourcesLead}
          <Link href={`/sources/${latest.derivedFrom.cnySourceSlug}`} title={latest.derivedFrom.cnySource}>{p.cnySourceLink}</Link>
          {" · "}
          <Link href={`/sources/${latest.derivedFrom.rateSourceSlug}`} title={latest.derivedFrom.rateSource}>{p.rateSourceLink}</Link>
        </p>
      ) : (
        <p className="note">
          {p.stageGiven}<Link href={`/sources/${latest.sourceSlug}`}>{latest.source}</Link>
        </p>
      )}
      <div className="section">
        <StageBandChart
          id="region-stage"
          title={p.bandChartTitle(regionName)}
          bands={gcr2014.bands.map(summarizeBand)}
          markers={shown.map((f) => ({ label: `${regionName} ${f.year}`, gdpPerCapitaUsd: f.gdpPerCapitaUsd, qualifier: f.qualifier, figure: fromDollarFigure(f, regionName) }))}
        />
      </div>
      {sorted.length > 1 && <p><Link href={`/stages?year=${latest.year}`}>{p.stagesLink(sorted.length)} →</Link></p>}
    </section>
  );
}
