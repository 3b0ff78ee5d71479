// One import problem in words, in the reader's language: where, which column, why, and the offending cell.
// The editor's form shows the parts in the page's language; the API answers in English; the CLI in Chinese.
import { getMessages } from "@/lib/i18n";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { ImportIssue } from "./issues";

export type IssueParts = { where: string; column: string; reason: string; detail: string };

export function formatIssueParts(issue: ImportIssue, locale: Locale): IssueParts {
  const m = getMessages(locale).importer;
  return {
    where: m.line(issue.line),
    column: issue.column ?? "",
    reason: m.problems[issue.problem],
    detail: issue.problem === "duplicate-key" ? m.sameAs(Number(issue.detail)) : (issue.detail ?? ""),
  };
}

/** The problem on one line: "第 3 行，value 列：不是数字……「abc」". */
export function formatIssue(issue: ImportIssue, locale: Locale): string {
  const m = getMessages(locale).importer.cli;
  const p = formatIssueParts(issue, locale);
  return fill(m.issue, {
    where: p.where,
    column: p.column ? fill(m.issueColumn, { column: p.column }) : "",
    reason: p.reason,
    detail: p.detail ? fill(m.quoted, { text: p.detail }) : "",
  });
}
