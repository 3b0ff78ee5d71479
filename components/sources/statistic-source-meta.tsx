// What a statistical table source says about itself: publisher, table, URL, primary or secondary (and the
// origin a copy names), the file that keeps its text as retrieved.
import { getMessages } from "@/lib/i18n";
import type { SourceView } from "@/lib/queries/sources";

export function StatisticSourceMeta({ source }: { source: SourceView }) {
  const m = getMessages().sources;
  const tier = source.tier && Object.hasOwn(m.tiers, source.tier) ? m.tiers[source.tier] : source.tier;
  return (
    <dl className="meta-list">
      <dt>{m.publisher}</dt><dd>{source.authors}</dd>
      <dt>{m.published}</dt><dd>{source.published}</dd>
      {source.tableRef && <><dt>{m.table}</dt><dd>{source.tableRef}</dd></>}
      {tier && <><dt>{m.tier}</dt><dd>{tier}</dd></>}
      {source.originZh && <><dt>{m.origin}</dt><dd>{source.originZh}</dd></>}
      {source.url && <><dt>{m.url}</dt><dd className="break-anywhere"><a href={source.url} rel="noopener noreferrer external">{source.url}</a></dd></>}
      {source.reference && <><dt>{m.reference}</dt><dd><code className="break-anywhere">seed/references/{source.reference}</code></dd></>}
      {source.retrieved && <><dt>{m.retrieved}</dt><dd>{source.retrieved}</dd></>}
    </dl>
  );
}
