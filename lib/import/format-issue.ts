// One import problem as a line of text: where, which column, why, and the offending cell.
import { getMessages } from "@/lib/i18n";
import type { ImportIssue } from "./issues";

export function formatIssue(issue: ImportIssue): string {
  const m = getMessages().importer;
  const where = m.line(issue.line) + (issue.column ? `,${issue.column} 列` : "");
  const detail = issue.problem === "duplicate-key" ? `(${m.line(Number(issue.detail))})` : issue.detail ? `「${issue.detail}」` : "";
  return `${where}:${m.problems[issue.problem]}${detail}`;
}
