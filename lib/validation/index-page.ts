// Search parameters of /index (?spec=default&year=2023): the spec key reuses the API's rule; a year that is
// malformed or not among the spec's years is not an error page but a notice over the default year.
import { z } from "zod";
import { indexQuerySchema } from "./api";

export const indexPageSchema = z.object({
  spec: indexQuerySchema.shape.spec,
  year: indexQuerySchema.shape.year,
});

export type IndexPageQuery = {
  /** null: not a key any spec could have (the page answers 404, as for an unknown key). */
  spec: string | null;
  year: number | undefined;
  /** The year as written when it can't be used as one, for the notice. */
  badYear: string | null;
};

export function parseIndexPageQuery(raw: Record<string, string | undefined>): IndexPageQuery {
  const spec = indexPageSchema.shape.spec.safeParse(raw.spec);
  const year = indexPageSchema.shape.year.safeParse(raw.year);
  return {
    spec: spec.success ? spec.data : null,
    year: year.success ? year.data : undefined,
    badYear: year.success ? null : (raw.year ?? ""),
  };
}

export type ChosenYear = { year: number | null; badYear: string | null };

/**
 * The year to show: the one asked for when the spec has figures for it, else the default year, with the
 * text of the unusable request kept for the notice.
 */
export function chooseIndexYear(query: IndexPageQuery, years: readonly number[], defaultYear: number | null): ChosenYear {
  if (query.badYear !== null) return { year: defaultYear, badYear: query.badYear };
  if (query.year === undefined) return { year: defaultYear, badYear: null };
  return years.includes(query.year) ? { year: query.year, badYear: null } : { year: defaultYear, badYear: String(query.year) };
}
