import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "@/components/ui/link";
import { ReportChart } from "@/components/report/report-chart";
import { ReportHeadlines, ReportReferences, ReportStage } from "@/components/report/report-sections";
import styles from "@/components/report/report.module.css";
import { punctuation } from "@/lib/charts/punctuation";
import { sourceName } from "@/lib/domain/citation";
import { localName } from "@/lib/i18n/names";
import { requestMessages } from "@/lib/i18n/request";
import { listRegionFigures } from "@/lib/queries/observations";
import { getRegionalStageData } from "@/lib/queries/regional-stages";
import { getRegionProfile } from "@/lib/queries/regions";
import { getSource } from "@/lib/queries/sources";
import { buildRegionReport } from "@/lib/report/region-report";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, m } = await requestMessages();
  const region = await getRegionProfile((await params).slug);
  return { title: region ? m.report.title(localName(locale, region)) : m.notFound.title };
}

/** As many headline rows as leave room on one A4 page for the stage, the chart and the references. */
const maxHeadlines = 8;

export default async function RegionReportPage({ params }: { params: Params }) {
  const { locale, m } = await requestMessages();
  const r = m.report;
  const { slug } = await params;
  const region = await getRegionProfile(slug);
  if (!region) notFound();
  const [{ observations, headlines }, { figures }] = await Promise.all([listRegionFigures(slug), getRegionalStageData({ region: slug })]);
  const report = buildRegionReport({ observations, headlines, dollarFigures: figures, maxHeadlines });
  const sources = await Promise.all(report.references.map((source) => getSource(source)));
  // Every source the brief cites is among its references: named from them in English (a dollar figure carries
  // only its sources' Chinese titles); in Chinese the titles as carried stand.
  const sourceNames = new Map(locale === "en" ? sources.flatMap((s) => (s ? [[s.slug, sourceName(s, locale)] as const] : [])) : []);
  const name = localName(locale, region);
  const otherName = locale === "en" ? (region.nameEn && region.nameEn !== region.nameZh ? <span lang="zh-CN">{region.nameZh}</span> : null) : region.nameEn;

  return (
    <article className={styles.report} aria-labelledby="report-title">
      <p className={`note ${styles.tools}`}>
        <Link locale={locale} href={`/regions/${slug}`}>← {r.back}</Link> · {r.printHint}
      </p>
      <header className={styles.head}>
        <p className={styles.kicker}>{m.site.name} · {r.kicker}</p>
        <h1 id="report-title">{name}</h1>
        <p>
          {otherName}{otherName && " · "}{m.levels[region.level]}
          {region.adminCode && <> · {m.regions.adminCode} {region.adminCode}</>}
          {region.parent && <> · {m.regions.profile.parent}{punctuation(locale).colon}{localName(locale, region.parent)}</>}
        </p>
      </header>
      <ReportStage stage={report.stage} sourceNames={sourceNames} locale={locale} />
      <ReportHeadlines headlines={report.headlines} omitted={report.omittedHeadlines} locale={locale} />
      <ReportChart regionName={name} chart={report.chart} refs={report.chartRefs} sourceNames={sourceNames} locale={locale} />
      <ReportReferences sources={sources} locale={locale} />
      <p className={`note ${styles.footer}`}>{r.footer(m.site.name)}</p>
    </article>
  );
}
