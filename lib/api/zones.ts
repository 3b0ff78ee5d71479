// JSON shape of /api/v1/zones: a zone case with its metrics and features, each citing its document.
import type { ZoneCaseView } from "@/lib/queries/zones";
import type { UnitCode } from "@/lib/domain/units";

export type CitationDto = { slug: string; titleZh: string; locator: string };

export type ZoneMetricDto = {
  code: string;
  labelZh: string;
  labelEn: string;
  value: number;
  unit: UnitCode;
  qualifier: string | null;
  year: number;
  source: CitationDto;
};

export type ZoneFeatureDto = { category: string; key: string; labelZh: string; evidenceZh: string; source: CitationDto };

export type ZoneDto = {
  slug: string;
  nameZh: string;
  nameEn: string;
  kind: ZoneCaseView["kind"];
  established: number | null;
  summaryZh: string;
  region: { slug: string; nameZh: string };
  source: CitationDto;
  metrics: ZoneMetricDto[];
  features: ZoneFeatureDto[];
};

// Fields are picked one by one so internal ids (observationId) never leak into the public shape.
export function toZoneDto(zone: ZoneCaseView): ZoneDto {
  return {
    slug: zone.slug,
    nameZh: zone.nameZh,
    nameEn: zone.nameEn,
    kind: zone.kind,
    established: zone.established,
    summaryZh: zone.summaryZh,
    region: { slug: zone.region.slug, nameZh: zone.region.nameZh },
    source: { slug: zone.source.slug, titleZh: zone.source.titleZh, locator: zone.locator },
    metrics: zone.metrics.map((m) => ({
      code: m.code,
      labelZh: m.labelZh,
      labelEn: m.labelEn,
      value: m.value,
      unit: m.unit,
      qualifier: m.qualifier,
      year: m.year,
      source: { slug: m.source.slug, titleZh: m.source.titleZh, locator: m.source.locator },
    })),
    features: zone.features.map((f) => ({
      category: f.category,
      key: f.key,
      labelZh: f.labelZh,
      evidenceZh: f.evidenceZh,
      source: { slug: f.source.slug, titleZh: f.source.titleZh, locator: f.locator },
    })),
  };
}
