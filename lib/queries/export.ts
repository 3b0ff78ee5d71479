// Every observation with its codes and source, for the export endpoint and the table downloads.
import "server-only";
import { db } from "@/lib/db";
import type { ExportRow } from "@/lib/export/observations";
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
      region: { select: { slug: true, nameZh: true } },
      source: { select: { slug: true } },
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
    source: o.source.slug,
    locator: o.locator,
    note: o.noteZh,
    periodStart: o.periodStart,
    yearBasis: o.yearBasis,
    valueText: o.valueText,
    indicatorNameZh: o.indicator.nameZh,
    regionNameZh: o.region.nameZh,
  }));
}
