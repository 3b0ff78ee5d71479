// A region's WEF stage: the answer in words for its latest dollar figure (with the yuan figure, rate and
// sources when it is converted), its first and latest figures on the band chart, and the way to /stages.
import Link from "@/components/ui/link";
import { StageBandChart } from "@/components/charts/stage-band-chart";
import { fromDollarFigure, type SourcedFigure } from "@/lib/charts/chart-figures";
import { punctuation } from "@/lib/charts/punctuation";
import type { RegionDollarFigure } from "@/lib/domain/regional-stages";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { summarizeBand } from "@/lib/domain/stage-report";
import { formatNumber, formatRate, formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { dollarFigureSources } from "@/lib/report/region-report";
import { StageBadge } from "./stage-badge";

type RegionStagePanelProps = {
  regionName: string;
  figures: RegionDollarFigure[];
  /** The figures' sources named in the page's language, by slug (a dollar figure carries only its Chinese title). */
  sourceNames: ReadonlyMap<string, string>;
  locale: Locale;
};

/** A dollar figure as the band chart's table and tooltip cite it, its sources named in the page's language. */
export function dollarChartFigure(f: RegionDollarFigure, regionName: string, sourceNames: ReadonlyMap<string, string>, locale: Locale): SourcedFigure {
  const figure = fromDollarFigure(f, locale, regionName);
  const names = dollarFigureSources(f).map((slug) => sourceNames.get(slug));
  if (names.some((name) => name === undefined)) return figure;
  return { ...figure, source: { ...figure.source, title: names.join(punctuation(locale).semicolon) } };
}

export function RegionStagePanel({ regionName, figures, sourceNames, locale }: RegionStagePanelProps) {
  const m = getMessages(locale);
  const p = m.regions.profile;
  const sorted = [...figures].sort((a, b) => a.year - b.year);
  const latest = sorted.at(-1);
  const first = sorted[0];
  if (!latest || !first) return null;
  const qualifier = latest.qualifier ? m.qualifiers[latest.qualifier] : "";
  const usd = `${qualifier}${qualifier && locale === "en" && !/\s$/.test(qualifier) ? " " : ""}${formatUsd(latest.gdpPerCapitaUsd)}`;
  const shown = first === latest ? [latest] : [first, latest];
  const nameOf = (slug: string, title: string) => sourceNames.get(slug) ?? title;
  return (
    <section className="section panel" aria-labelledby="region-stage-title">
      <h2 id="region-stage-title">{p.stageTitle} <StageBadge gdp={{ value: latest.gdpPerCapitaUsd, year: latest.year }} locale={locale} /></h2>
      <p data-testid="region-stage-answer">
        {p.stageAnswer(usd, latest.year, localName(locale, latest.stage))}{" "}
        <Link locale={locale} href={`/stage?gdp=${Math.round(latest.gdpPerCapitaUsd)}&year=${latest.year}`}>{p.stageLink} →</Link>
      </p>
      {latest.derivedFrom ? (
        <p className="note" data-testid="region-stage-derivation">
          {p.stageDerived(formatNumber(latest.derivedFrom.cny), formatRate(latest.derivedFrom.cnyPerUsd), latest.year)}
          {locale === "en" ? " " : ""}{p.sourcesLead}
          <Link locale={locale} href={`/sources/${latest.derivedFrom.cnySourceSlug}`} title={nameOf(latest.derivedFrom.cnySourceSlug, latest.derivedFrom.cnySource)}>{p.cnySourceLink}</Link>
          {" · "}
          <Link locale={locale} href={`/sources/${latest.derivedFrom.rateSourceSlug}`} title={nameOf(latest.derivedFrom.rateSourceSlug, latest.derivedFrom.rateSource)}>{p.rateSourceLink}</Link>
        </p>
      ) : (
        <p className="note">
          {p.stageGiven}<Link locale={locale} href={`/sources/${latest.sourceSlug}`}>{nameOf(latest.sourceSlug, latest.source)}</Link>
        </p>
      )}
      <div className="section">
        <StageBandChart
          locale={locale}
          id="region-stage"
          title={p.bandChartTitle(regionName)}
          bands={gcr2014.bands.map(summarizeBand)}
          markers={shown.map((f) => ({ label: `${regionName} ${f.year}`, gdpPerCapitaUsd: f.gdpPerCapitaUsd, qualifier: f.qualifier, figure: dollarChartFigure(f, regionName, sourceNames, locale) }))}
        />
      </div>
      {sorted.length > 1 && <p><Link locale={locale} href={`/stages?year=${latest.year}`}>{p.stagesLink(sorted.length)} →</Link></p>}
    </section>
  );
}
