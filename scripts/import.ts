// `npm run import -- path/to/file.csv [--dry-run]`: checks a CSV or JSON file against the store and, unless
// --dry-run, writes it in one transaction. Exits 1 and lists every problem when any row is bad.
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { databaseFile } from "@/lib/env";
import { importFile } from "@/lib/import";
import { formatIssue } from "@/lib/import/format-issue";
import { getMessages } from "@/lib/i18n";
import { fillTemplate } from "@/lib/i18n/fill";
import { maxImportBytes } from "@/lib/validation/import";

function main(): number {
  const args = process.argv.slice(2);
  const dryRun = args.includes("--dry-run");
  const [path, ...rest] = args.filter((a) => a !== "--dry-run");
  if (!path || rest.length > 0) {
    console.error("usage: npm run import -- <file.csv|file.json> [--dry-run]");
    return 2;
  }
  const m = getMessages().importer;
  // Check the size before reading, so a huge file is refused without loading it.
  const size = statSync(path).size;
  if (size > maxImportBytes) {
    console.error(formatIssue({ line: 0, column: null, problem: "too-large", detail: String(size) }));
    return 1;
  }
  const outcome = importFile(databaseFile(), readFileSync(path), basename(path), {
    write: !dryRun,
    onPlanned: (counts) => {
      if (!dryRun) console.log(m.writing(counts.new + counts.updated));
    },
  });
  if (!outcome.ok) {
    console.error(fillTemplate(m.errorsTitle, { n: outcome.issues.length }));
    for (const issue of outcome.issues) console.error(`  ${formatIssue(issue)}`);
    return 1;
  }
  console.log(`${dryRun ? m.dryRun : m.written}${fillTemplate(m.counts, outcome.counts)}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // Not a problem with the file (a missing or unmigrated database, say): one line, not a stack.
  console.error(`kechan import: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
