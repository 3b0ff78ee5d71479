import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "@/components/ui/link";
import { ReportChart } from "@/components/report/report-chart";
import { ReportHeadlines, ReportReferences, ReportStage } from "@/components/report/report-sections";
import styles from "@/components/report/report.module.css";
import { getMessages } from "@/lib/i18n";
import { listRegionFigures } from "@/lib/queries/observations";
import { getRegionalStageData } from "@/lib/queries/regional-stages";
import { getRegionProfile } from "@/lib/queries/regions";
import { getSource } from "@/lib/queries/sources";
import { buildRegionReport } from "@/lib/report/region-report";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const m = getMessages();
  const region = await getRegionProfile((await params).slug);
  return { title: region ? m.report.title(region.nameZh) : m.notFound.title };
}

/** As many headline rows as leave room on one A4 page for the stage, the chart and the references. */
const maxHeadlines = 8;

export default async function RegionReportPage({ params }: { params: Params }) {
  const m = getMessages();
  const r = m.report;
  const { slug } = await params;
  const region = await getRegionProfile(slug);
  if (!region) notFound();
  const [{ observations, headlines }, { figures }] = await Promise.all([listRegionFigures(slug), getRegionalStageData({ region: slug })]);
  const report = buildRegionReport({ observations, headlines, dollarFigures: figures, maxHeadlines });
  const sources = await Promise.all(report.references.map((source) => getSource(source)));

  return (
    <article className={styles.report} aria-labelledby="report-title">
      <p className={`note ${styles.tools}`}>
        <Link href={`/regions/${slug}`}>← {r.back}</Link> · {r.printHint}
      </p>
      <header className={styles.head}>
        <p className={styles.kicker}>{m.site.name} · {r.kicker}</p>
        <h1 id="report-title">{region.nameZh}</h1>
        <p>
          {region.nameEn} · {m.levels[region.level]}
          {region.adminCode && <> · {m.regions.adminCode} {region.adminCode}</>}
          {region.parent && <> · {m.regions.profile.parent}：{region.parent.nameZh}</>}
        </p>
      </header>
      <ReportStage stage={report.stage} />
      <ReportHeadlines headlines={report.headlines} omitted={report.omittedHeadlines} />
      <ReportChart regionName={region.nameZh} chart={report.chart} refs={report.chartRefs} />
      <ReportReferences sources={sources} />
      <p className={`note ${styles.footer}`}>{r.footer(m.site.name)}</p>
    </article>
  );
}
