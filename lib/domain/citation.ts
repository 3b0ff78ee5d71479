// A reference to cite, GB/T 7714-2015 style, for an online statistical table: publisher. title[EB/OL].
// (published)[accessed]. URL.
export type Citable = { publisher: string; title: string; table: string | null; published: string; retrieved: string | null; url: string | null };

export function gbtOnlineCitation(c: Citable): string {
  const title = c.table ? `${c.title}:${c.table}` : c.title;
  const accessed = c.retrieved ? `[${c.retrieved}]` : "";
  const url = c.url ? ` ${c.url}.` : "";
  return `${c.publisher}. ${title}[EB/OL]. (${c.published})${accessed}.${url}`;
}
