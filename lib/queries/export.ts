// Every observation with its codes and source, for the export endpoint and the table downloads, with what
// an import into another store needs to rebuild its region (names, level, parent) and source (title).
import "server-only";
import { db } from "@/lib/db/prisma";
import type { ExportRow } from "@/lib/export/observations";
import { sourceCellFor } from "@/lib/import/source-slug";
import type { ObservationFilter } from "./observations";

export async function listExportRows(filter: Pick<ObservationFilter, "region" | "indicator" | "source"> = {}): Promise<ExportRow[]> {
  const rows = await db.observation.findMany({
    where: {
      ...(filter.region && { region: { slug: filter.region } }),
      ...(filter.indicator && { indicator: { code: filter.indicator } }),
      ...(filter.source && { source: { slug: filter.source } }),
    },
    select: {
      year: true, value: true, qualifier: true, locator: true, noteZh: true, periodStart: true, yearBasis: true, valueText: true,
      indicator: { select: { code: true, unit: true, nameZh: true } },
      region: { select: { slug: true, nameZh: true, nameEn: true, level: true, parent: { select: { slug: true } } } },
      source: { select: { slug: true, titleZh: true, kind: true } },
    },
    orderBy: [{ indicatorId: "asc" }, { regionId: "asc" }, { year: "asc" }, { sourceId: "asc" }],
  });
  return rows.map((o) => ({
    indicator: o.indicator.code,
    region: o.region.slug,
    year: o.year,
    value: o.value,
    unit: o.indicator.unit,
    qualifier: o.qualifier,
    source: sourceCellFor(o.source),
    locator: o.locator,
    note: o.noteZh,
    periodStart: o.periodStart,
    yearBasis: o.yearBasis,
    valueText: o.valueText,
    indicatorNameZh: o.indicator.nameZh,
    regionNameZh: o.region.nameZh,
    regionNameEn: o.region.nameEn,
    regionLevel: o.region.level,
    regionParent: o.region.parent?.slug ?? null,
  }));
}
