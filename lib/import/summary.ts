// What the page and the API need of an import's outcome, small enough to pass between threads: the
// counts, the detection and the first figures of the plan instead of all of its 200,000 rows.
import type { ImportDetection, ImportOutcome } from "./index";
import type { ImportIssue } from "./issues";
import type { PlannedFigure } from "./plan";
import type { ImportCounts } from "./store";

export type ImportSummary =
  | {
      ok: true;
      written: boolean;
      counts: ImportCounts;
      detection: ImportDetection;
      /** The plan's first figures, for the preview table. */
      preview: PlannedFigure[];
      /** Regions with new or updated figures, first seen first, at most `changedRegionLimit`. */
      changedRegions: string[];
    }
  | { ok: false; issues: ImportIssue[]; detection?: ImportDetection; sheets?: string[] };

export const previewRows = 100;
const changedRegionLimit = 12;

export function summariseOutcome(outcome: ImportOutcome): ImportSummary {
  if (!outcome.ok) return outcome;
  const changedRegions = new Set<string>();
  for (const figure of outcome.plan.figures) {
    if (changedRegions.size === changedRegionLimit) break;
    if (figure.status !== "unchanged") changedRegions.add(figure.region);
  }
  return {
    ok: true,
    written: outcome.written,
    counts: outcome.counts,
    detection: outcome.detection,
    preview: outcome.plan.figures.slice(0, previewRows),
    changedRegions: [...changedRegions],
  };
}

/** True when nothing was written because another import held the store for too long. */
export function isImportRunning(summary: ImportSummary): boolean {
  return !summary.ok && summary.issues.length === 1 && summary.issues[0]!.problem === "import-running";
}
