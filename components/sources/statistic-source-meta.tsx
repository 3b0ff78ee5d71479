// What a statistical table source says about itself: publisher, table, URL, primary or secondary (and the
// origin a copy names), the file that keeps its text as retrieved.
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { SourceView } from "@/lib/queries/sources";
import { MixedText } from "@/components/ui/mixed-text";

export function StatisticSourceMeta({ locale, source }: { locale: Locale; source: SourceView }) {
  const m = getMessages(locale).sources;
  const tier = source.tier && Object.hasOwn(m.tiers, source.tier) ? m.tiers[source.tier] : source.tier;
  // The publisher, the table's name and the origin are stored as the source writes them, in Chinese.
  const zh = locale === "en" ? "zh-CN" : undefined;
  return (
    <dl className="meta-list">
      <dt>{m.publisher}</dt><dd lang={zh}>{source.authors}</dd>
      <dt>{m.published}</dt><dd>{source.published}</dd>
      {source.tableRef && <><dt>{m.table}</dt><dd lang={zh}>{source.tableRef}</dd></>}
      {tier && <><dt>{m.tier}</dt><dd>{tier}</dd></>}
      {source.originZh && <><dt>{m.origin}</dt><dd lang={zh}>{source.originZh}</dd></>}
      {source.url && <><dt>{m.url}</dt><dd className="break-anywhere"><a href={source.url} rel="noopener noreferrer external"><MixedText text={source.url} locale={locale} /></a></dd></>}
      {source.reference && <><dt>{m.reference}</dt><dd><code className="break-anywhere">seed/references/{source.reference}</code></dd></>}
      {source.retrieved && <><dt>{m.retrieved}</dt><dd>{source.retrieved}</dd></>}
    </dl>
  );
}
