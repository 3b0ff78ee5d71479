// What a Monte Carlo run found: one line on where the rank shifts come from, each region's nominal rank,
// median rank and 5–95 % interval as a table with a whisker per row, and the sensitivity indices as a
// table with bars. Tables first: they are the accessible form, and the whiskers sit inside them.
import type { IndexInputs } from "@/lib/index/inputs";
import type { IndexSpec } from "@/lib/index/spec";
import { intervalRows, readSensitivity, sensitivityRows, type FactorLabels, type IntervalRow } from "@/lib/index/uncertainty-view";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import { indexWorkbenchMessages as t } from "@/lib/i18n/zh-CN-index-workbench";
import type { RunResult } from "./uncertainty-worker";
import { sourceNames } from "./what-if-rank-table";
import styles from "./index-workbench.module.css";

const rank = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 1 });
const index = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 });

const labels: FactorLabels = { choices: t.choices, weightFactor: (pillar) => fill(t.weightFactor, { pillar }) };

function Whisker({ row }: { row: IntervalRow }) {
  return (
    <div className={styles.whisker} aria-hidden="true">
      <span className={styles.whiskerRange} style={{ left: `${row.lowAt}%`, width: `${row.highAt - row.lowAt}%` }} />
      <span className={styles.whiskerNominal} style={{ left: `${row.nominalAt}%` }} />
      <span className={styles.whiskerMedian} style={{ left: `${row.medianAt}%` }} />
    </div>
  );
}

export function UncertaintyResults({ result, spec, inputs }: { result: RunResult; spec: IndexSpec; inputs: IndexInputs }) {
  const { uncertainty, sensitivity } = result;
  if (uncertainty.status === "invalid") return <p className={styles.problem}>{fill(t.uncertainty.invalid, { reason: uncertainty.reason })}</p>;
  const rows = intervalRows(uncertainty.regions, inputs.regions);
  const factors = sensitivity.status === "computed" ? sensitivityRows(sensitivity, spec, labels) : [];
  const reading = sensitivity.status === "computed" ? readSensitivity(factors, sensitivity.variance) : null;
  const columns = t.uncertainty.intervalColumns;
  const factorColumns = t.uncertainty.sensitivityColumns;
  return (
    <div className={styles.results} data-testid="uncertainty-results">
      {reading && (
        <p className={`callout ${styles.reading}`} data-testid="sensitivity-reading">
          {reading.kind === "none" ? t.uncertainty.readingNone : fill(t.uncertainty.reading, { factors: reading.labels.join("、"), top: index.format(reading.top) })}
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
                  <th scope="row">{row.nameZh}</th>
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
        <p className={`note ${styles.source}`}>{fill(t.whatIf.source, { year: inputs.year, sources: sourceNames(inputs) })}</p>
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
                    <th scope="row">{factor.label}</th>
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
