// The text sections of a region's one-page brief: its stage, its headline figures and its references, each
// figure with its year, unit and source, and each source numbered in the order the page first cites it (GB/T
// 7714 顺序编码制 entries in Chinese, APA 7 entries in English).
import { StageBadge } from "@/components/regions/stage-badge";
import { observationYearText } from "@/components/indicators/observation-year";
import { figureLabel } from "@/lib/charts/chart-figures";
import { punctuation } from "@/lib/charts/punctuation";
import { citationOf, sourceName } from "@/lib/domain/citation";
import type { RegionDollarFigure } from "@/lib/domain/regional-stages";
import { formatNumber, formatRate, formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import type { ObservationView } from "@/lib/queries/observations";
import type { SourceView } from "@/lib/queries/sources";
import type { Cited } from "@/lib/report/region-report";
import styles from "./report.module.css";
import { MixedText } from "@/components/ui/mixed-text";

/** "[1,3]" after a statement, each number leading to its entry in the references. */
export function RefMarks({ refs }: { refs: number[] }) {
  if (refs.length === 0) return null;
  return (
    <sup className={styles.ref}>
      [{refs.map((n, i) => <span key={n}>{i > 0 && ","}<a href={`#ref-${n}`}>{n}</a></span>)}]
    </sup>
  );
}

type ReportStageProps = {
  stage: Cited<RegionDollarFigure> | null;
  /** The brief's sources named in the page's language, by slug. */
  sourceNames: ReadonlyMap<string, string>;
  locale: Locale;
};

export function ReportStage({ stage, sourceNames, locale }: ReportStageProps) {
  const m = getMessages(locale);
  const r = m.report;
  const p = m.regions.profile;
  if (!stage) {
    return (
      <section className={styles.section} aria-labelledby="report-stage-title">
        <h2 id="report-stage-title">{r.stageTitle}</h2>
        <p className="note">{r.noStage}</p>
      </section>
    );
  }
  const f = stage.item;
  const qualifier = f.qualifier ? (m.qualifiers[f.qualifier] ?? "") : "";
  const usd = `${qualifier}${qualifier && locale === "en" && !/\s$/.test(qualifier) ? " " : ""}${formatUsd(f.gdpPerCapitaUsd)}`;
  const sources = f.derivedFrom
    ? [sourceNames.get(f.derivedFrom.cnySourceSlug) ?? f.derivedFrom.cnySource, sourceNames.get(f.derivedFrom.rateSourceSlug) ?? f.derivedFrom.rateSource]
    : [sourceNames.get(f.sourceSlug) ?? f.source];
  return (
    <section className={styles.section} aria-labelledby="report-stage-title">
      <h2 id="report-stage-title">
        {r.stageTitle} <StageBadge gdp={{ value: f.gdpPerCapitaUsd, year: f.year }} locale={locale} />
      </h2>
      <p className={styles.answer} data-testid="report-stage">
        {p.stageAnswer(usd, f.year, localName(locale, f.stage))}
        <RefMarks refs={stage.refs} />
      </p>
      {f.derivedFrom && <p className="note">{p.stageDerived(formatNumber(f.derivedFrom.cny), formatRate(f.derivedFrom.cnyPerUsd), f.year)}</p>}
      <p className="note">{r.stageSources}{sources.join(punctuation(locale).semicolon)}</p>
    </section>
  );
}

type ReportHeadlinesProps = { headlines: Cited<ObservationView>[]; omitted: number; locale: Locale };

export function ReportHeadlines({ headlines, omitted, locale }: ReportHeadlinesProps) {
  const r = getMessages(locale).report;
  return (
    <section className={styles.section} aria-labelledby="report-headlines-title">
      <h2 id="report-headlines-title">{r.headlinesTitle}</h2>
      {headlines.length === 0 ? (
        <p className="note">{r.noHeadlines}</p>
      ) : (
        <>
          <p className="note">{r.headlinesLead}</p>
          <div className={`table-wrap ${styles.table}`}>
            <table className="data data--stack">
              <thead>
                <tr>
                  <th scope="col">{r.columns.indicator}</th>
                  <th scope="col">{r.columns.value}</th>
                  <th scope="col">{r.columns.year}</th>
                  <th scope="col">{r.columns.source}</th>
                </tr>
              </thead>
              <tbody>
                {headlines.map(({ item: o, refs }) => (
                  <tr key={o.id} data-testid={`report-row-${o.indicator.code}`}>
                    <td className="stack-lead">{localName(locale, o.indicator)}</td>
                    <td className="num" data-label={r.columns.value}>{figureLabel(o.value, o.qualifier, o.indicator.unit, locale)}</td>
                    <td className="cell-year" data-label={r.columns.year}>{observationYearText(o, locale)}</td>
                    <td data-label={r.columns.source}><span>{sourceName(o.source, locale)}<RefMarks refs={refs} /></span></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {omitted > 0 && <p className="note">{r.moreHeadlines(omitted)}</p>}
        </>
      )}
    </section>
  );
}

/** The references in citation order: GB/T 7714 in Chinese, APA 7 (which gives a Chinese title its English
 *  translation) in English; a source named only in an imported file has nothing to cite but its title. */
export function ReportReferences({ sources, locale }: { sources: (SourceView | null)[]; locale: Locale }) {
  const r = getMessages(locale).report;
  if (sources.length === 0) return null;
  return (
    <section className={`${styles.section} ${styles.breakable}`} aria-labelledby="report-references-title">
      <h2 id="report-references-title">{r.referencesTitle}</h2>
      <p className="note">{r.referencesLead}</p>
      <ol className={styles.references}>
        {sources.map((source, i) => {
          const citation = source ? citationOf(source) : null;
          return (
            <li key={source?.slug ?? i} id={`ref-${i + 1}`}>
              <span>[{i + 1}]</span>
              {source ? (citation ? (locale === "en" ? <MixedText text={citation.apa} locale={locale} /> : citation.gbt) : <>{sourceName(source, locale)}{locale === "en" ? " " : ""}{r.importedSource}</>) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
