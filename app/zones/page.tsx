import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ZoneCard } from "@/components/zones/zone-card";
import { requestMessages } from "@/lib/i18n/request";
import { listZoneCases } from "@/lib/queries/zones";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await requestMessages();
  return { title: m.zones.title };
}

export default async function ZonesPage() {
  const { locale, m } = await requestMessages();
  const z = m.zones;
  const zones = await listZoneCases();
  // Cases with the most reported detail first; the comparison starts from the first two.
  const ordered = [...zones].sort((a, b) => b.features.length + b.metrics.length - (a.features.length + a.metrics.length));
  const firstPair = ordered.slice(0, 2).map((zone) => zone.slug).join(",");
  return (
    <>
      <div className="page-head">
        <h1>{z.title}</h1>
        <p>{z.intro}</p>
        <p><Link locale={locale} href={`/zones/compare?z=${firstPair}`}>{z.compareLink} →</Link></p>
      </div>
      <div className="zone-grid">
        {ordered.map((zone) => <ZoneCard key={zone.slug} locale={locale} zone={zone} />)}
      </div>
    </>
  );
}
