// `npm run bench`: every benchmark in turn against the production build (run `npm start` or
// `npm run build` first), printed as a table and written to bench/RESULTS.md with the machine and date.
// Throughput, scale, import and import-under-load measure SQLite and PostgreSQL side by side: on the server
// KECHAN_BENCH_POSTGRES_URL names, else on the bench's own, which `scripts/postgres.sh resume` keeps on port 55433
// (bench/generate.ts). The first run builds the 10M-figure stores (a few minutes each); later runs reuse them.
import { writeFileSync } from "node:fs";
import { cpus, totalmem, type as osType, release } from "node:os";
import type { BenchSection } from "./lib/types";

type Bench = { name: string; load: () => Promise<{ run: () => Promise<BenchSection> }> };

const benches: Bench[] = [
  { name: "paint", load: () => import("./paint") },
  { name: "js-size", load: () => import("./js-size") },
  { name: "throughput", load: () => import("./throughput") },
  { name: "scale", load: () => import("./scale") },
  { name: "import", load: () => import("./import") },
  { name: "import-under-load", load: () => import("./import-under-load") },
  { name: "index", load: () => import("./index") },
];

function markdown(sections: BenchSection[], started: Date): string {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}`;
  const lines = [
    "# Benchmark results",
    "",
    `Run ${started.toISOString().slice(0, 16).replace("T", " ")} UTC on ${machine}. Written by \`npm run bench\` (bench/run.ts).`,
    "",
  ];
  for (const section of sections) {
    lines.push(`## ${section.title}`, "", "| measure | value | target | pass |", "|---|---|---|---|");
    for (const row of section.rows) lines.push(`| ${row.measure} | ${row.value} | ${row.target} | ${row.pass === null ? "" : row.pass ? "✅" : "❌"} |`);
    if (section.notes?.length) lines.push("", ...section.notes.map((n) => `- ${n}`));
    lines.push("");
  }
  return lines.join("\n");
}

async function main() {
  const only = process.argv.slice(2);
  const started = new Date();
  const sections: BenchSection[] = [];
  for (const bench of benches.filter((b) => only.length === 0 || only.includes(b.name))) {
    console.log(`bench ${bench.name}…`);
    const section = await (await bench.load()).run();
    for (const row of section.rows) console.log(`  ${row.pass === null ? " " : row.pass ? "✓" : "✗"} ${row.measure}: ${row.value} (target ${row.target})`);
    sections.push(section);
  }
  if (only.length === 0) writeFileSync("bench/RESULTS.md", markdown(sections, started));
  const failed = sections.flatMap((s) => s.rows).filter((r) => r.pass === false).length;
  console.log(failed === 0 ? "all targets met" : `${failed} target(s) missed`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
