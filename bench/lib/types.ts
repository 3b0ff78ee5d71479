import { pathToFileURL } from "node:url";
// What every benchmark reports: measured figures with their targets, for bench/RESULTS.md.

export type BenchRow = {
  measure: string;
  value: string;
  target: string;
  /** null when the row is informative only (no target). */
  pass: boolean | null;
};

export type BenchSection = { title: string; rows: BenchRow[]; notes?: string[] };

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** When a bench file is run by itself (`npx tsx bench/x.ts`), run it and print its section as JSON. */
export function runIfMain(moduleUrl: string, run: () => Promise<BenchSection>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? "").href) return;
  run().then(
    (section) => console.log(JSON.stringify(section, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
