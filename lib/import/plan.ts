// Turns validated rows into a plan against what the store already holds: which regions, indicators and
// sources must be created, and for every figure whether it is new, updated or unchanged. Pure: the store
// is read through the Snapshot and StoredFigures interfaces, so the rules are tested without a database.
// Two steps, so the store is asked for figures once, in bulk, not once per row (100,000 round trips on
// PostgreSQL): planImport resolves every row against the catalogue (regions, indicators, sources), then
// lib/import/store.ts fetches the stored figures under the keys it found, and classifyFigures compares.
import { findAdminDivision, resolveAdminDivision, shortAdminName } from "@/lib/domain/admin-divisions";
import type { UnitCode } from "@/lib/domain/units";
import { importRowSchema, isSlug, type ImportProblem, type ImportRow } from "@/lib/validation/import";
import type { StoredIndicator } from "./indicators";
import { cutShort, type ImportIssue } from "./issues";
import type { RawRow } from "./rows";
import { defaultImportSource, sourceSlugFor } from "./source-slug";

export { defaultImportSource } from "./source-slug";

export type StoredFigure = {
  value: number;
  qualifier: string | null;
  periodStart: number | null;
  yearBasis: string;
  valueText: string;
  locator: string;
  noteZh: string;
};

export type FigureKey = { indicator: string; region: string; year: number; source: string };

/** What the plan needs to know about the store's catalogue. */
export type Snapshot = {
  indicatorUnit(code: string): UnitCode | undefined;
  /** Every stored indicator, for matching the labels of an NBS export by name and unit. */
  indicators(): StoredIndicator[];
  hasRegion(slug: string): boolean;
  regionByAdminCode(code: string): string | undefined;
  regionsNamed(nameZh: string): string[];
  hasSource(slug: string): boolean;
  sourceTitled(titleZh: string): string | undefined;
};

/** The stored figures under a draft's keys (lib/import/store.ts reads them in bulk). */
export type StoredFigures = {
  figure(key: FigureKey): StoredFigure | undefined;
};

export type NewRegion = { slug: string; nameZh: string; nameEn: string; level: string; parent: string | null; adminCode: string | null };
export type NewIndicator = { code: string; nameZh: string; nameEn: string; unit: UnitCode; category: string; definitionZh: string; higherIsBetter: boolean | null };
export type NewSource = { slug: string; titleZh: string };
export type DraftFigure = FigureKey & StoredFigure & { line: number };
export type PlannedFigure = DraftFigure & { status: "new" | "updated" | "unchanged" };

export type ImportPlan = {
  regions: NewRegion[];
  indicators: NewIndicator[];
  sources: NewSource[];
  figures: PlannedFigure[];
};

/** A plan before its figures are compared with the stored ones. */
export type ImportDraft = Omit<ImportPlan, "figures"> & { figures: DraftFigure[] };

export type DraftResult = { ok: true; draft: ImportDraft } | { ok: false; issues: ImportIssue[] };

const signedUnits = new Set<UnitCode>(["percent", "percent-per-year", "percentage-point"]);

/** A region slug the importer gave a region it created from the GB/T 2260 registry. */
const adminSlug = /^adm-(\d{6})$/;

class Planner {
  readonly issues: ImportIssue[] = [];
  readonly regions = new Map<string, NewRegion>();
  readonly indicators = new Map<string, NewIndicator>();
  readonly sources = new Map<string, NewSource>();
  private readonly sourceByName = new Map<string, string>();
  readonly parentsToCheck: { line: number; parent: string }[] = [];

  constructor(private readonly store: Snapshot) {}

  issue(line: number, column: string | null, problem: ImportProblem, detail?: string) {
    this.issues.push({ line, column, problem, detail: detail === undefined ? undefined : cutShort(detail) });
  }

  hasRegion(slug: string) {
    return this.store.hasRegion(slug) || this.regions.has(slug);
  }

  /** Every new region's parent is stored, created by the plan, or a registry region it can create. */
  checkParents() {
    for (const { line, parent } of this.parentsToCheck) {
      const fromRegistry = adminSlug.exec(parent);
      if (this.hasRegion(parent) || (fromRegistry && this.adminRegion(fromRegistry[1]!) === parent)) continue;
      this.issue(line, "region_parent", "unknown-parent", parent);
    }
  }

  /** A region from the GB/T 2260 registry: created with its province as parent when not yet stored. */
  adminRegion(code: string): string | undefined {
    const stored = this.store.regionByAdminCode(code) ?? [...this.regions.values()].find((r) => r.adminCode === code)?.slug;
    if (stored) return stored;
    const division = findAdminDivision(code);
    if (!division) return undefined;
    const parent = division.level === "province" ? (this.hasRegion("cn") ? "cn" : null) : this.adminRegion(`${code.slice(0, 2)}0000`) ?? null;
    const slug = `adm-${code}`;
    this.regions.set(slug, { slug, nameZh: shortAdminName(division.name), nameEn: shortAdminName(division.name), level: division.level, parent, adminCode: code });
    return slug;
  }

  region(row: ImportRow, line: number): string | undefined {
    const key = row.region;
    if (this.hasRegion(key)) return key;
    if (key === "全国" && this.hasRegion("cn")) return "cn";
    const named = [...new Set([...this.store.regionsNamed(key), ...[...this.regions.values()].filter((r) => r.nameZh === key).map((r) => r.slug)])];
    if (named.length === 1) return named[0];
    const division = resolveAdminDivision(key);
    if (division) return this.adminRegion(division.code);
    // A region an import made from the registry, exported from another store by its slug.
    const fromRegistry = adminSlug.exec(key);
    if (fromRegistry && findAdminDivision(fromRegistry[1]!)) return this.adminRegion(fromRegistry[1]!);
    if (isSlug(key) && row.region_name_zh && row.region_level) {
      const parent = row.region_parent ?? null;
      // Checked once every row is planned: the parent may be created by a later row of the file.
      if (parent !== null) this.parentsToCheck.push({ line, parent });
      this.regions.set(key, { slug: key, nameZh: row.region_name_zh, nameEn: row.region_name_en ?? key, level: row.region_level, parent, adminCode: null });
      return key;
    }
    this.issue(line, "region", "unknown-region", key);
    return undefined;
  }

  indicator(row: ImportRow, line: number): { code: string; unit: UnitCode } | undefined {
    const code = row.indicator;
    const unit = this.store.indicatorUnit(code) ?? this.indicators.get(code)?.unit;
    if (unit) {
      if (row.unit && row.unit !== unit) {
        this.issue(line, "unit", "unit-mismatch", `${row.unit} ≠ ${unit}`);
        return undefined;
      }
      return { code, unit };
    }
    if (isSlug(code) && row.indicator_name_zh && row.unit) {
      this.indicators.set(code, {
        code,
        nameZh: row.indicator_name_zh,
        nameEn: row.indicator_name_en ?? code,
        unit: row.unit,
        category: row.indicator_category ?? "economy",
        definitionZh: row.indicator_definition ?? row.indicator_name_zh,
        higherIsBetter: row.higher_is_better ?? null,
      });
      return { code, unit: row.unit };
    }
    this.issue(line, "indicator", "unknown-indicator", code);
    return undefined;
  }

  source(row: ImportRow): string {
    const key = row.source ?? "";
    const known = this.sourceByName.get(key);
    if (known) return known;
    const slug = this.resolveSource(row.source);
    this.sourceByName.set(key, slug);
    return slug;
  }

  private resolveSource(named: string | undefined): string {
    if (this.store.hasSource(named ?? "") || this.sources.has(named ?? "")) return named!;
    const titled = named && this.store.sourceTitled(named);
    if (titled) return titled;
    // No source, or the default one by its slug or title (as an export from another store names it).
    if (!named || named === defaultImportSource.slug || named === defaultImportSource.titleZh) {
      if (!this.store.hasSource(defaultImportSource.slug)) this.sources.set(defaultImportSource.slug, defaultImportSource);
      return defaultImportSource.slug;
    }
    const slug = sourceSlugFor(named);
    if (!this.store.hasSource(slug)) this.sources.set(slug, { slug, titleZh: named });
    return slug;
  }
}

/** Every row checked and resolved against the catalogue: what to create, and each figure's key and values. */
export function planImport(rows: RawRow[], store: Snapshot): DraftResult {
  const planner = new Planner(store);
  const figures: DraftFigure[] = [];
  const firstLineOf = new Map<string, number>();

  for (const raw of rows) {
    const issuesBefore = planner.issues.length;
    planRow(raw);
    // A cell of a wide (NBS) table is reported where it stands: its file line and its column's header.
    if (raw.origin) {
      for (const issue of planner.issues.slice(issuesBefore)) {
        const origin = issue.column ? raw.origin[issue.column as keyof typeof raw.origin] : undefined;
        if (origin) Object.assign(issue, origin);
      }
    }
  }

  function planRow(raw: RawRow): void {
    const parsed = importRowSchema.safeParse(trimmedCells(raw.cells));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? "");
        planner.issue(raw.line, column || null, issue.message as ImportProblem, raw.cells[column as keyof RawRow["cells"]]);
      }
      return;
    }
    const row = parsed.data;
    const region = planner.region(row, raw.line);
    const indicator = planner.indicator(row, raw.line);
    if (!region || !indicator) return;
    if (row.value < 0 && !signedUnits.has(indicator.unit)) {
      planner.issue(raw.line, "value", "negative-value", String(row.value));
      return;
    }
    const key: FigureKey = { indicator: indicator.code, region, year: row.year, source: planner.source(row) };
    const id = `${key.indicator}|${key.region}|${key.year}|${key.source}`;
    const first = firstLineOf.get(id);
    if (first !== undefined) {
      planner.issue(raw.line, null, "duplicate-key", String(first));
      return;
    }
    firstLineOf.set(id, raw.line);

    // Written out field by field: object spread cost a second per 100,000 rows (bench/import).
    figures.push({
      indicator: key.indicator,
      region: key.region,
      year: key.year,
      source: key.source,
      value: row.value,
      qualifier: row.qualifier ?? null,
      periodStart: row.period_start ?? null,
      yearBasis: row.year_basis ?? (row.period_start !== undefined ? "period" : "observed"),
      valueText: row.value_text ?? raw.cells.value!.trim(),
      locator: row.locator ?? "",
      noteZh: row.note ?? "",
      line: raw.line,
    });
  }

  planner.checkParents();
  if (planner.issues.length > 0) return { ok: false, issues: distinct(planner.issues).sort((a, b) => a.line - b.line) };
  return {
    ok: true,
    draft: { regions: [...planner.regions.values()], indicators: [...planner.indicators.values()], sources: [...planner.sources.values()], figures },
  };
}

/** Each figure of the draft new, updated or unchanged against the stored one under its key. */
export function classifyFigures(draft: ImportDraft, stored: StoredFigures): ImportPlan {
  const figures = draft.figures.map((f): PlannedFigure => {
    const before = stored.figure(f);
    const status = !before ? "new" : sameFigure(before, f) ? "unchanged" : "updated";
    return {
      indicator: f.indicator, region: f.region, year: f.year, source: f.source, value: f.value, qualifier: f.qualifier, periodStart: f.periodStart,
      yearBasis: f.yearBasis, valueText: f.valueText, locator: f.locator, noteZh: f.noteZh, line: f.line, status,
    };
  });
  return { ...draft, figures };
}

/**
 * The cells as the rules see them: trimmed first, so a formula behind a space, a tab or a line break inside
 * quotes (" =HYPERLINK(…)") is refused like one at the start of the cell. Text is stored trimmed anyway.
 */
function trimmedCells(cells: RawRow["cells"]): RawRow["cells"] {
  const trimmed: RawRow["cells"] = {};
  for (const column in cells) trimmed[column as keyof typeof cells] = cells[column as keyof typeof cells]?.trim();
  return trimmed;
}

/** One problem once: a bad region label in a wide row would otherwise be reported for every year. */
function distinct(issues: ImportIssue[]): ImportIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.line}|${i.column}|${i.problem}|${i.detail}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function sameFigure(a: StoredFigure, b: StoredFigure): boolean {
  return (
    a.value === b.value && a.qualifier === b.qualifier && a.periodStart === b.periodStart && a.yearBasis === b.yearBasis &&
    a.valueText === b.valueText && a.locator === b.locator && a.noteZh === b.noteZh
  );
}
