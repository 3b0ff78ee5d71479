// `npm run import -- path/to/file [--dry-run] [--sheet NAME] [--indicator CODE | --indicator "标签=CODE" …]`:
// checks a CSV, .xlsx or JSON file (an NBS 国家数据 export as downloaded, or the importer's own columns)
// against the store, prints what it detected and, unless --dry-run, writes it in one transaction. Exits
// 1 and lists every problem when any row is bad.
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { closeImportDatabases } from "@/lib/db/writer";
import { databaseUrl } from "@/lib/env";
import { importFile } from "@/lib/import";
import { describeDetection } from "@/lib/import/describe";
import { formatIssue } from "@/lib/import/format-issue";
import { getMessages } from "@/lib/i18n";
import { fillTemplate } from "@/lib/i18n/fill";
import { importChoicesSchema, maxImportBytes } from "@/lib/validation/import";

const usage = 'usage: npm run import -- <file.csv|file.xlsx|file.json> [--dry-run] [--sheet NAME] [--indicator CODE | --indicator "标签=CODE" …]';

type Args = { path: string; dryRun: boolean; sheet?: string; indicator: string[] };

function parseArgs(argv: string[]): Args | null {
  const args: Args = { path: "", dryRun: false, indicator: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag === "--dry-run") args.dryRun = true;
    else if (flag === "--sheet" || flag === "--indicator") {
      const value = inline ?? argv[++i];
      if (value === undefined) return null;
      if (flag === "--sheet") args.sheet = value;
      else args.indicator.push(value);
    } else if (!arg.startsWith("--") && args.path === "") args.path = arg;
    else return null;
  }
  return args.path ? args : null;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const choices = args ? importChoicesSchema.safeParse({ sheet: args.sheet, indicator: args.indicator }) : null;
  if (!args || !choices?.success) {
    if (choices && !choices.success) console.error(`--indicator: ${choices.error.issues.map((i) => `${i.message}「${args?.indicator[Number(i.path[1])] ?? ""}」`).join(", ")}`);
    console.error(usage);
    return 2;
  }
  const { path, dryRun } = args;
  const m = getMessages("zh-CN").importer;
  // Check the size before reading, so a huge file is refused without loading it.
  const size = statSync(path).size;
  if (size > maxImportBytes) {
    console.error(formatIssue({ line: 0, column: null, problem: "too-large", detail: String(size) }, "zh-CN"));
    return 1;
  }
  const outcome = await importFile(databaseUrl(), readFileSync(path), basename(path), {
    write: !dryRun,
    sheet: choices.data.sheet,
    indicators: choices.data.indicator,
    onPlanned: (counts, detection) => {
      for (const line of describeDetection(detection, "zh-CN")) console.log(line);
      if (!dryRun) console.log(m.writing(counts.new + counts.updated));
    },
  });
  if (!outcome.ok) {
    if (outcome.detection) for (const line of describeDetection(outcome.detection, "zh-CN")) console.log(line);
    console.error(fillTemplate(m.errorsTitle, { n: outcome.issues.length }));
    for (const issue of outcome.issues) console.error(`  ${formatIssue(issue, "zh-CN")}`);
    return 1;
  }
  console.log(`${dryRun ? m.dryRun : m.written}${fillTemplate(m.counts, outcome.counts)}`);
  return 0;
}

async function run(): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    // Not a problem with the file (a missing or unmigrated database, say): one line, not a stack.
    console.error(`kechan import: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    // An open PostgreSQL pool would keep the process waiting.
    await closeImportDatabases();
  }
}

void run();
