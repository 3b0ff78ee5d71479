// What a Monte Carlo run found: one line on where the rank shifts come from, each region's nominal rank,
// median rank and 5–95 % interval as a table with a whisker per row, and the sensitivity indices as a
// table with bars. Tables first: they are the accessible form, and the whiskers sit inside them.
import { punctuation } from "@/lib/charts/punctuation";
import type { IndexInputs } from "@/lib/index/inputs";
import type { IndexSpec } from "@/lib/index/spec";
import { storedLang, withSpecLabels } from "@/lib/index/stored-text";
import { intervalRows, readSensitivity, sensitivityRows, type FactorLabels, type IntervalRow } from "@/lib/index/uncertainty-view";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { IndexWorkbenchMessages } from "@/lib/i18n/zh-CN-index-workbench";
import type { RunResult } from "./uncertainty-worker";
import { sourceNames } from "./what-if-rank-table";
import { workbenchFormats } from "./workbench-format";
import styles from "./index-workbench.module.css";

function Whisker({ row }: { row: IntervalRow }) {
  return (
    <div className={styles.whisker} aria-hidden="true">
      <span className={styles.whiskerRange} style={{ left: `${row.lowAt}%`, width: `${row.highAt - row.lowAt}%` }} />
      <span className={styles.whiskerNominal} style={{ left: `${row.nominalAt}%` }} />
      <span className={styles.whiskerMedian} style={{ left: `${row.medianAt}%` }} />
    </div>
  );
}

/** A factor's name; a pillar's label kept as stored (Chinese on an English page) is marked as such. */
function FactorName({ locale, t, label, pillar }: { locale: Locale; t: IndexWorkbenchMessages; label: string; pillar: string | undefined }) {
  const lang = storedLang(locale, pillar);
  if (pillar === undefined || !lang) return label;
  const [before = "", after = ""] = t.weightFactor.split("{pillar}");
  return <>{before}<span lang={lang}>{pillar}</span>{after}</>;
}

type UncertaintyResultsProps = { locale: Locale; t: IndexWorkbenchMessages; result: RunResult; spec: IndexSpec; inputs: IndexInputs };

export function UncertaintyResults({ locale, t, result, spec, inputs }: UncertaintyResultsProps) {
  const { oneDecimal: rank, twoDecimals: index, count } = workbenchFormats(locale);
  const labels: FactorLabels = { choices: t.choices, weightFactor: (pillar) => fill(t.weightFactor, { pillar }) };
  const { uncertainty, sensitivity } = result;
  if (uncertainty.status === "invalid") return <p className={styles.problem}>{fill(t.uncertainty.invalid, { reason: uncertainty.reason })}</p>;
  const rows = intervalRows(uncertainty.regions, inputs.regions, locale);
  // Pillars are named in the page's language: the spec's English labels on an English page, where it has them.
  const shown = withSpecLabels(spec, locale);
  const pillarLabels = new Map(shown.pillars.map((p) => [`weight:${p.key}`, p.label]));
  const factors = sensitivity.status === "computed" ? sensitivityRows(sensitivity, shown, labels) : [];
  const reading = sensitivity.status === "computed" ? readSensitivity(factors, sensitivity.variance) : null;
  const columns = t.uncertainty.intervalColumns;
  const factorColumns = t.uncertainty.sensitivityColumns;
  return (
    <div className={styles.results} data-testid="uncertainty-results">
      {reading && (
        <p className={`callout ${styles.reading}`} data-testid="sensitivity-reading">
          {reading.kind === "none" ? t.uncertainty.readingNone : fill(t.uncertainty.reading, { factors: reading.labels.join(punctuation(locale).list), top: index.format(reading.top) })}
        </p>
      )}
      <div>
        <h4>{t.uncertainty.intervalsTitle}</h4>
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-labelledby="wb-uncertainty-intervals-caption">
          <table className="data" data-testid="rank-intervals">
            <caption className={styles.caption} id="wb-uncertainty-intervals-caption">
              {fill(t.uncertainty.intervalsCaption, { year: inputs.year, runs: count.format(uncertainty.runs) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{columns.region}</th>
                <th scope="col" className="num">{columns.nominal}</th>
                <th scope="col" className="num">{columns.median}</th>
                <th scope="col" className="num">{columns.interval}</th>
                <th scope="col" className={styles.whiskerCell}>{columns.whisker}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.region} data-region={row.region}>
                  <th scope="row">{row.name}</th>
                  <td className="num">{row.nominalRank}</td>
                  <td className="num">{rank.format(row.medianRank)}</td>
                  <td className="num">
                    {row.low === row.high
                      ? fill(t.uncertainty.intervalPoint, { rank: rank.format(row.low) })
                      : fill(t.uncertainty.intervalValue, { low: rank.format(row.low), high: rank.format(row.high) })}
                  </td>
                  <td className={styles.whiskerCell}><Whisker row={row} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className={`note ${styles.legend}`} aria-hidden="true">
          <span><i className={styles.legendRange} />{t.uncertainty.legend.range}</span>
          <span><i className={styles.legendMedian} />{t.uncertainty.legend.median}</span>
          <span><i className={styles.legendNominal} />{t.uncertainty.legend.nominal}</span>
        </p>
        <p className={`note ${styles.source}`}>{fill(t.whatIf.source, { year: inputs.year, sources: sourceNames(inputs, locale) })}</p>
      </div>
      {sensitivity.status === "invalid" ? (
        <p className="note">{fill(t.uncertainty.invalid, { reason: sensitivity.reason })}</p>
      ) : (
        <div>
          <h4>{t.uncertainty.sensitivityTitle}</h4>
          <div className={styles.tableWrap} tabIndex={0} role="region" aria-labelledby="wb-uncertainty-sensitivity-caption">
            <table className="data" data-testid="sensitivity-indices">
              <caption className={styles.caption} id="wb-uncertainty-sensitivity-caption">{t.uncertainty.sensitivityCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{factorColumns.factor}</th>
                  <th scope="col" className="num">{factorColumns.first}</th>
                  <th scope="col" className="num">{factorColumns.total}</th>
                  <th scope="col" className={styles.barCell}>{factorColumns.bar}</th>
                </tr>
              </thead>
              <tbody>
                {factors.map((factor) => (
                  <tr key={factor.key}>
                    <th scope="row"><FactorName locale={locale} t={t} label={factor.label} pillar={pillarLabels.get(factor.key)} /></th>
                    <td className="num">{index.format(factor.first)}</td>
                    <td className="num">{index.format(factor.total)}</td>
                    <td className={styles.barCell}>
                      <div className={styles.bar} aria-hidden="true">
                        <div className={styles.barFill} style={{ width: `${Math.min(100, Math.max(0, factor.total * 100))}%` }} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className={`note ${styles.source}`}>{fill(t.uncertainty.sensitivityNote, { runs: count.format(result.sensitivityRuns) })}</p>
        </div>
      )}
    </div>
  );
}
