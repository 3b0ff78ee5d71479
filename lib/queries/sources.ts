// Reads of the sources (the five documents, statistical tables, sources named in imports) and what was
// seeded or imported from each.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/prisma";

export type SourceView = {
  slug: string;
  kind: string;
  /** null for sources named in an imported file rather than one of the five documents */
  file: string | null;
  titleZh: string;
  /** How the site names the source (sourceName in lib/domain/citation.ts); null for sources named in imports. */
  shortTitleZh: string | null;
  /** The same in English pages; null: English pages show titleEn (sourceName does the choosing). */
  shortTitleEn: string | null;
  /** GB/T 7714 type code the source is cited as; null: decided by kind and URL. */
  citeType: string | null;
  titleEn: string;
  authors: string;
  organisation: string;
  published: string;
  language: string;
  summaryZh: string;
  /** Statistical publications only (kind "statistics"); null otherwise. */
  url: string | null;
  tableRef: string | null;
  tier: string | null;
  originZh: string | null;
  reference: string | null;
  retrieved: string | null;
  observationCount: number;
};

const sourceSelect = {
  slug: true, kind: true, file: true, titleZh: true, shortTitleZh: true, shortTitleEn: true, citeType: true, titleEn: true, authors: true, organisation: true,
  published: true, language: true, summaryZh: true,
  url: true, tableRef: true, tier: true, originZh: true, reference: true, retrieved: true,
  _count: { select: { observations: true } },
} as const;

export async function listSources(): Promise<SourceView[]> {
  // The documents by file name, then the sources without a file in the order they were added; NULLs placed
  // explicitly, as SQLite would put them first and PostgreSQL last.
  const rows = await db.source.findMany({ select: sourceSelect, orderBy: [{ file: { sort: "asc", nulls: "last" } }, { id: "asc" }] });
  return rows.map(({ _count, ...s }) => ({ ...s, observationCount: _count.observations }));
}

/** A source by its slug (doc-000) or by its file name under shared/seeds. */
export const getSource = cache(async (slugOrFile: string): Promise<SourceView | null> => {
  // No slug or file name holds a control character, and PostgreSQL refuses a NUL in text outright (an error,
  // not "no such row"): such a handle names no source, on either database.
  if (/[\u0000-\u001f]/.test(slugOrFile)) return null;
  const where = slugOrFile.endsWith(".txt") ? { file: slugOrFile } : { slug: slugOrFile };
  const row = await db.source.findUnique({ where, select: sourceSelect });
  if (!row) return null;
  const { _count, ...s } = row;
  return { ...s, observationCount: _count.observations };
});
