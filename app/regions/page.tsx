import type { Metadata } from "next";
import { Fragment } from "react";
import Link from "@/components/ui/link";
import { ProvinceMap } from "@/components/regions/province-map";
import { StageBadge } from "@/components/regions/stage-badge";
import { chooseMapView } from "@/lib/domain/province-tiles";
import type { Messages } from "@/lib/i18n";
import { localName } from "@/lib/i18n/names";
import { requestMessages } from "@/lib/i18n/request";
import { listProvinceIndicators, listProvinceYearValues, listProvinceYears } from "@/lib/queries/region-values";
import { listRegions, type RegionSummary } from "@/lib/queries/regions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await requestMessages();
  return { title: m.regions.title };
}

type GroupKey = keyof Messages["regions"]["groups"];

/** The group a region is listed under: designated centres first, then by administrative level. */
function groupOf(r: RegionSummary): GroupKey {
  if (r.designation === "international-innovation-centre") return "international";
  if (r.designation === "regional-innovation-centre") return "regional";
  if (r.level === "world" || r.level === "nation") return "nation";
  return r.level;
}

const groupOrder: GroupKey[] = ["nation", "international", "regional", "province", "city", "zone", "macro-region"];

/** A group longer than this (a province's counties, say) shows its first items and a link to the rest. */
const groupPreview = 48;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RegionsPage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, m } = await requestMessages();
  const query = await searchParams;
  const [regions, indicators] = await Promise.all([listRegions(), listProvinceIndicators()]);
  const expanded = query.group;
  const view = chooseMapView(indicators, { indicator: query.indicator, year: query.year });
  const [values, provinceYears] = view
    ? await Promise.all([listProvinceYearValues(view.indicator.code, view.year), listProvinceYears(view.indicator.code)])
    : [null, []];
  const provinces = regions.filter((r) => r.level === "province" && r.adminCode);
  const slugs = new Map(provinces.map((r) => [r.adminCode!, r.slug] as const));
  const names = new Map(provinces.map((r) => [r.adminCode!, localName(locale, r)] as const));
  const groups = groupOrder
    .map((key) => ({ key, regions: regions.filter((r) => groupOf(r) === key) }))
    .filter((g) => g.regions.length > 0);
  // Each region is listed under its name in the page's language, with its name in the other one beneath.
  // (An imported region may have no English name of its own: then it is not said twice.)
  const otherName = (r: { nameZh: string; nameEn: string }) =>
    locale !== "en" ? r.nameEn : r.nameEn && r.nameEn !== r.nameZh ? <span lang="zh-CN">{r.nameZh}</span> : null;

  return (
    <>
      <div className="page-head">
        <h1>{m.regions.title}</h1>
        <p>{m.regions.intro}</p>
        <p><Link locale={locale} href="/regions/compare">{m.regions.compareLink} →</Link></p>
      </div>

      <section className="section panel" aria-labelledby="map-heading" id="map">
        <h2 id="map-heading">{m.regions.map.heading}</h2>
        {view && values ? (
          <ProvinceMap indicators={indicators} view={view} values={values} provinceYears={provinceYears} slugs={slugs} names={names} locale={locale} />
        ) : (
          <p className="note" data-testid="map-empty">{m.regions.map.none} <Link locale={locale} href="/admin/import">{m.regions.map.importLink} →</Link></p>
        )}
      </section>

      {groups.map((group) => (
        <section key={group.key} className="section" aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`}>{m.regions.groups[group.key]}</h2>
          <ul className="region-list" data-testid={`region-group-${group.key}`}>
            {(expanded === group.key ? group.regions : group.regions.slice(0, groupPreview)).map((r) => (
              <li key={r.slug} className="panel region-item">
                <div className="region-item__head">
                  <Link locale={locale} href={`/regions/${r.slug}`} className="region-item__name">{localName(locale, r)}</Link>
                  {r.latestGdp && <StageBadge gdp={r.latestGdp} locale={locale} />}
                </div>
                <p className="note">
                  {[
                    otherName(r),
                    r.adminCode && <>{m.regions.adminCode} {r.adminCode}</>,
                    r.parent && <>{localName(locale, r.parent)}</>,
                  ].filter(Boolean).map((part, i) => <Fragment key={i}>{i > 0 && " · "}{part}</Fragment>)}
                </p>
                <p className="note">
                  {m.regions.figures(r.observationCount)}
                  {r.zoneCaseCount > 0 && <> · {m.regions.cases(r.zoneCaseCount)}</>}
                </p>
              </li>
            ))}
          </ul>
          {expanded !== group.key && group.regions.length > groupPreview && (
            <p className="note"><Link locale={locale} href={`/regions?group=${group.key}#group-${group.key}`}>{m.regions.showAll(group.regions.length)}</Link></p>
          )}
        </section>
      ))}
    </>
  );
}
