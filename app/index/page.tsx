import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IndexCorrelationChart } from "@/components/index/index-correlation-chart";
import { IndexDownloads } from "@/components/index/index-downloads";
import { IndexForm } from "@/components/index/index-form";
import { IndexFrameworkTree } from "@/components/index/index-framework-tree";
import { IndexPillarTable } from "@/components/index/index-pillar-table";
import { IndexRankingChart } from "@/components/index/index-ranking-chart";
import { IndexStrengths } from "@/components/index/index-strengths";
import { IndexWorkbench } from "@/components/index/index-workbench";
import { toIndexDto } from "@/lib/api/composite-index";
import { indexPageText, indexWorkbenchText } from "@/lib/index/messages";
import { indexPageView } from "@/lib/index/page-view";
import { specTitle, storedLang } from "@/lib/index/stored-text";
import { requestLocale } from "@/lib/i18n/request";
import { getIndexSpec, listIndexSpecs } from "@/lib/queries/index-specs";
import { defaultIndexYear, listIndexYears } from "@/lib/queries/index-inputs";
import { getIndexRun } from "@/lib/queries/index-results";
import { searchParamsRecord } from "@/lib/validation/form-values";
import { chooseIndexYear, parseIndexPageQuery } from "@/lib/validation/index-page";
import "./index.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const m = indexPageText(await requestLocale());
  return { title: m.title, description: m.intro };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const sectionIds = { ranking: "ranking", pillars: "pillars", workbench: "what-if", framework: "framework", correlation: "correlation", strengths: "strengths", downloads: "downloads" } as const;

export default async function IndexPage({ searchParams }: { searchParams: SearchParams }) {
  const locale = await requestLocale();
  const m = indexPageText(locale);
  const query = parseIndexPageQuery(searchParamsRecord(await searchParams));
  if (query.spec === null) notFound();
  const stored = await getIndexSpec(query.spec);
  if (!stored) notFound();
  const { spec } = stored;
  const specs = await listIndexSpecs();
  const [years, defaultYear] = await Promise.all([listIndexYears(spec), defaultIndexYear(spec)]);
  const { year, badYear } = chooseIndexYear(query, years.map((y) => y.year), defaultYear);
  const indicatorCount = spec.pillars.reduce((n, p) => n + p.indicators.length, 0);

  // The spec's title is its author's words: its English title on an English page where it has one, else as
  // stored. When that is Chinese on an English page, the heading names the index in English and the
  // framework's own title opens the line below it.
  const title = specTitle(locale, spec);
  const titleLang = storedLang(locale, title);
  const head = (
    <>
      <div className="page-head">
        <h1>{titleLang ? m.title : title}</h1>
        <p className="index-meta">
          {titleLang && <><span lang={titleLang}>{title}</span> · </>}
          {m.version(spec.version)} · <code>{spec.key}</code> · {m.method(m.normalisations[spec.method.normalisation] ?? spec.method.normalisation, m.aggregations[spec.method.aggregation] ?? spec.method.aggregation)}
        </p>
        <p>{m.intro}</p>
        <p className="callout index-caveat">{m.caveat}</p>
      </div>
      <IndexForm locale={locale} specs={specs} spec={spec.key} years={years} year={year} indicatorCount={indicatorCount} />
    </>
  );
  if (year === null) {
    return (
      <>
        {head}
        <p className="notice section" role="status" data-testid="index-no-year">{m.noYear}</p>
      </>
    );
  }

  const { inputs, computation } = await getIndexRun(spec, year);
  const dto = toIndexDto(spec, inputs, computation);
  const notice = badYear !== null ? <p className="notice section" role="status" data-testid="index-year-notice">{m.badYear(badYear, year)}</p> : null;
  if (dto.status === "empty") {
    return (
      <>
        {head}
        {notice}
        <p className="notice section" role="status" data-testid="index-empty">{m.empty(year)}</p>
        <section className="section panel" aria-labelledby={`${sectionIds.framework}-title`}>
          <h2 id={`${sectionIds.framework}-title`}>{m.sections.framework}</h2>
          <IndexFrameworkTree locale={locale} spec={spec} indicators={inputs.indicators} year={year} />
        </section>
      </>
    );
  }

  const view = indexPageView(spec, inputs, dto, locale);

  return (
    <>
      {head}
      {notice}
      <nav className="index-contents" aria-label={m.contents}>
        <ol>
          {(Object.keys(sectionIds) as (keyof typeof sectionIds)[]).map((key) => (
            <li key={key}><a href={`#${sectionIds[key]}`}>{m.sections[key]}</a></li>
          ))}
        </ol>
      </nav>

      <section className="section panel" id={sectionIds.ranking} aria-labelledby={`${sectionIds.ranking}-title`}>
        <h2 id={`${sectionIds.ranking}-title`}>{m.sections.ranking}</h2>
        <IndexRankingChart locale={locale} dto={dto} indicatorCount={indicatorCount} sources={view.sources} regionNames={view.regionNames} />
      </section>

      <section className="section panel" id={sectionIds.pillars} aria-labelledby={`${sectionIds.pillars}-title`}>
        <h2 id={`${sectionIds.pillars}-title`}>{m.sections.pillars}</h2>
        <p className="note">{m.pillars.lead}</p>
        <IndexPillarTable locale={locale} dto={dto} pillars={spec.pillars.map((p) => ({ key: p.key, label: p.label, labelEn: p.labelEn }))} regionNames={view.regionNames} />
      </section>

      <section className="section panel" id={sectionIds.workbench} aria-labelledby={`${sectionIds.workbench}-title`}>
        <h2 id={`${sectionIds.workbench}-title`}>{m.sections.workbench}</h2>
        <p className="note">{m.workbenchLead}</p>
        <IndexWorkbench locale={locale} t={indexWorkbenchText(locale)} spec={spec} inputs={inputs} />
      </section>

      <section className="section panel" id={sectionIds.framework} aria-labelledby={`${sectionIds.framework}-title`}>
        <h2 id={`${sectionIds.framework}-title`}>{m.sections.framework}</h2>
        <p className="note">{m.framework.lead}</p>
        <IndexFrameworkTree locale={locale} spec={spec} indicators={inputs.indicators} year={year} />
      </section>

      <section className="section panel" id={sectionIds.correlation} aria-labelledby={`${sectionIds.correlation}-title`}>
        <h2 id={`${sectionIds.correlation}-title`}>{m.sections.correlation}</h2>
        <IndexCorrelationChart locale={locale} matrix={view.correlation.matrix} names={view.correlation.names} year={year} regions={view.ranked.length} sources={view.sources} />
      </section>

      <section className="section panel" id={sectionIds.strengths} aria-labelledby={`${sectionIds.strengths}-title`}>
        <h2 id={`${sectionIds.strengths}-title`}>{m.sections.strengths}</h2>
        <p className="note">{m.strengths.lead}</p>
        <IndexStrengths locale={locale} dto={dto} strengths={view.strengths} indicators={view.indicators} regionNames={view.regionNames} />
      </section>

      <section className="section panel" id={sectionIds.downloads} aria-labelledby={`${sectionIds.downloads}-title`}>
        <h2 id={`${sectionIds.downloads}-title`}>{m.sections.downloads}</h2>
        <IndexDownloads locale={locale} spec={spec.key} year={year} />
      </section>
    </>
  );
}
