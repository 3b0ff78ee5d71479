// The what-if ranks beside the spec's own: new rank, region, places gained or lost (arrow and words),
// the spec's rank and the new score, with the year and sources of the figures underneath.
import { punctuation } from "@/lib/charts/punctuation";
import { indexSourceNames, type IndexInputs } from "@/lib/index/inputs";
import type { RankRow } from "@/lib/index/what-if";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { IndexWorkbenchMessages } from "@/lib/i18n/zh-CN-index-workbench";
import { workbenchFormats } from "./workbench-format";
import styles from "./index-workbench.module.css";

function Change({ t, change }: { t: IndexWorkbenchMessages; change: number | null }) {
  if (change === null) return <span className={styles.same}>—</span>;
  if (change === 0) return <span className={styles.same}>{t.whatIf.same}</span>;
  const words = fill(change > 0 ? t.whatIf.up : t.whatIf.down, { n: Math.abs(change) });
  return (
    <span className={change > 0 ? styles.up : styles.down} title={words}>
      <span aria-hidden="true">{change > 0 ? "▲" : "▼"}{Math.abs(change)}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

/** The sources of the figures, named in the page's language: "甲、乙" or "A, B". */
export const sourceNames = (inputs: IndexInputs, locale: Locale): string => indexSourceNames(inputs, locale).join(punctuation(locale).list);

type WhatIfRankTableProps = { locale: Locale; t: IndexWorkbenchMessages; rows: RankRow[]; inputs: IndexInputs };

export function WhatIfRankTable({ locale, t, rows, inputs }: WhatIfRankTableProps) {
  const score = workbenchFormats(locale).twoDecimals;
  const columns = t.whatIf.columns;
  return (
    <>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-labelledby="wb-what-if-table-caption">
        <table className="data" data-testid="what-if-ranks">
          <caption className={styles.caption} id="wb-what-if-table-caption">{fill(t.whatIf.tableCaption, { year: inputs.year })}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{columns.rank}</th>
              <th scope="col">{columns.region}</th>
              <th scope="col">{columns.change}</th>
              <th scope="col" className="num">{columns.baseRank}</th>
              <th scope="col" className="num">{columns.score}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slug} data-region={row.slug}>
                <td className="num">{row.rank ?? t.whatIf.notRanked}</td>
                <th scope="row">{row.name}</th>
                <td><Change t={t} change={row.change} /></td>
                <td className="num">{row.baseRank ?? "—"}</td>
                <td className="num">{row.score === null ? "—" : score.format(row.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={`note ${styles.source}`}>{fill(t.whatIf.source, { year: inputs.year, sources: sourceNames(inputs, locale) })}</p>
    </>
  );
}
