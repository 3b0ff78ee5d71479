// The zone comparison matrix: for each row (a chain, a mechanism, a named practice) and each case, what
// the documents report, with the evidence. Pure; never scores a case, only records what is written.

export type FeatureCategory = "chain" | "mechanism" | "practice" | "industry" | "institution";

export type FeatureEvidence = {
  category: FeatureCategory;
  key: string;
  labelZh: string;
  /** Our English name for the label (the store's ZoneFeature.labelEn); absent or null: none. */
  labelEn?: string | null;
  evidenceZh: string;
  source: { slug: string; titleZh: string };
  locator: string;
};

export type CaseFeatures = { slug: string; features: FeatureEvidence[] };

/** The rows every comparison shows, reported or not: the four chains and the four mechanisms (doc 001). */
export const fixedRows: { category: "chain" | "mechanism"; key: string }[] = [
  { category: "chain", key: "science-chain" },
  { category: "chain", key: "industry-chain" },
  { category: "chain", key: "capital-chain" },
  { category: "chain", key: "talent-chain" },
  { category: "mechanism", key: "technology-driven" },
  { category: "mechanism", key: "market-led" },
  { category: "mechanism", key: "platform-supported" },
  { category: "mechanism", key: "policy-guided" },
];

export type MatrixCell = { slug: string; evidence: FeatureEvidence | null };
export type MatrixRow = { category: FeatureCategory; key: string; labelZh: string | null; labelEn: string | null; cells: MatrixCell[] };

const rowId = (category: string, key: string) => `${category}/${key}`;

/**
 * Rows for the fixed chains and mechanisms, then every practice any selected case reports (in the order
 * first met). Industries and institutions are lists, not shared rows, so they are left to the caller.
 */
export function buildZoneMatrix(cases: CaseFeatures[]): MatrixRow[] {
  const practiceRows: { category: "practice"; key: string }[] = [];
  const seen = new Set<string>();
  for (const c of cases) {
    for (const f of c.features) {
      if (f.category !== "practice" || seen.has(f.key)) continue;
      seen.add(f.key);
      practiceRows.push({ category: "practice", key: f.key });
    }
  }
  const index = new Map(cases.map((c) => [c.slug, new Map(c.features.map((f) => [rowId(f.category, f.key), f]))]));
  return [...fixedRows, ...practiceRows].map(({ category, key }) => {
    const cells = cases.map((c) => ({ slug: c.slug, evidence: index.get(c.slug)?.get(rowId(category, key)) ?? null }));
    const labelled = cells.find((cell) => cell.evidence)?.evidence;
    return { category, key, labelZh: labelled?.labelZh ?? null, labelEn: labelled?.labelEn ?? null, cells };
  });
}

/** Share of the matrix's rows each case reports: a count of what is documented, not a score. */
export function reportedCounts(rows: MatrixRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) for (const cell of row.cells) counts.set(cell.slug, (counts.get(cell.slug) ?? 0) + (cell.evidence ? 1 : 0));
  return counts;
}

export function featuresOf(c: CaseFeatures, category: FeatureCategory): FeatureEvidence[] {
  return c.features.filter((f) => f.category === category);
}

// ---- Figures: metric by metric across the cases, never across metrics ----

export type ZoneFigureLike = { code: string; labelZh: string; unit: string; year: number; value: number };

export type ZoneMetricRow<M extends ZoneFigureLike> = {
  code: string;
  labelZh: string;
  unit: string;
  /** One cell per case, in the cases' order (the matrix's columns). */
  cells: { slug: string; metric: M | null }[];
  reportedBy: number;
};

/** Figures that share a unit share a table group (and could share an axis); a year or date is text, never a bar. */
export type ZoneMetricGroup<M extends ZoneFigureLike> = { unit: string; isDate: boolean; rows: ZoneMetricRow<M>[] };

/** Units that name a point in time rather than a quantity. */
const dateUnits = new Set(["year", "date"]);

export function isDateUnit(unit: string): boolean {
  return dateUnits.has(unit);
}

/**
 * The cases' figures lined up metric by metric, each case's latest figure of each metric in its column, grouped
 * by unit (quantities first, in the order first met; dates last).
 */
export function compareZoneMetrics<M extends ZoneFigureLike>(cases: { slug: string; metrics: M[] }[]): ZoneMetricGroup<M>[] {
  const rows = new Map<string, ZoneMetricRow<M>>();
  for (const c of cases) {
    for (const metric of c.metrics) {
      const row = rows.get(metric.code) ?? {
        code: metric.code,
        labelZh: metric.labelZh,
        unit: metric.unit,
        cells: cases.map((other) => ({ slug: other.slug, metric: null })),
        reportedBy: 0,
      };
      rows.set(metric.code, row);
      const cell = row.cells.find((cell) => cell.slug === c.slug)!;
      if (cell.metric === null) row.reportedBy += 1;
      if (cell.metric === null || metric.year > cell.metric.year) cell.metric = metric;
    }
  }
  const groups = new Map<string, ZoneMetricGroup<M>>();
  for (const row of rows.values()) {
    const group = groups.get(row.unit) ?? { unit: row.unit, isDate: isDateUnit(row.unit), rows: [] };
    groups.set(row.unit, group);
    group.rows.push(row);
  }
  return [...groups.values()].sort((a, b) => Number(a.isDate) - Number(b.isDate));
}
