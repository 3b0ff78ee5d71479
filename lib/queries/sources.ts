// Reads of the source documents and what was seeded from each.
import "server-only";
import { db } from "@/lib/db";

export type SourceView = {
  slug: string;
  file: string;
  titleZh: string;
  titleEn: string;
  authors: string;
  organisation: string;
  published: string;
  language: string;
  summaryZh: string;
  observationCount: number;
};

const sourceSelect = {
  slug: true, file: true, titleZh: true, titleEn: true, authors: true, organisation: true,
  published: true, language: true, summaryZh: true,
  _count: { select: { observations: true } },
} as const;

export async function listSources(): Promise<SourceView[]> {
  const rows = await db.source.findMany({ select: sourceSelect, orderBy: { file: "asc" } });
  return rows.map(({ _count, ...s }) => ({ ...s, observationCount: _count.observations }));
}

export async function getSource(slug: string): Promise<SourceView | null> {
  const row = await db.source.findUnique({ where: { slug }, select: sourceSelect });
  if (!row) return null;
  const { _count, ...s } = row;
  return { ...s, observationCount: _count.observations };
}
