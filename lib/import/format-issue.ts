// One import problem in words: where, which column, why, and the offending cell.
import { getMessages } from "@/lib/i18n";
import type { ImportIssue } from "./issues";

export type IssueParts = { where: string; column: string; reason: string; detail: string };

export function formatIssueParts(issue: ImportIssue): IssueParts {
  const m = getMessages().importer;
  return {
    where: m.line(issue.line),
    column: issue.column ?? "",
    reason: m.problems[issue.problem],
    detail: issue.problem === "duplicate-key" ? m.sameAs(Number(issue.detail)) : (issue.detail ?? ""),
  };
}

export function formatIssue(issue: ImportIssue): string {
  const p = formatIssueParts(issue);
  return `${p.where}${p.column ? `,${p.column} 列` : ""}:${p.reason}${p.detail ? `「${p.detail}」` : ""}`;
}
