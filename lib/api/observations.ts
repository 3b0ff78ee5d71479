// JSON shape of /api/v1/observations: one figure with its unit and where the document states it.
import type { UnitCode } from "@/lib/domain/units";
import type { ObservationView } from "@/lib/queries/observations";

export type ObservationDto = {
  indicator: string;
  region: string;
  year: number;
  periodStart: number | null;
  value: number;
  qualifier: string | null;
  unit: UnitCode;
  valueText: string;
  source: { slug: string; file: string | null; locator: string };
  note: string;
};

export function toObservationDto(o: ObservationView): ObservationDto {
  return {
    indicator: o.indicator.code,
    region: o.region.slug,
    year: o.year,
    periodStart: o.periodStart,
    value: o.value,
    qualifier: o.qualifier,
    unit: o.indicator.unit,
    valueText: o.valueText,
    source: { slug: o.source.slug, file: o.source.file, locator: o.locator },
    note: o.noteZh,
  };
}
