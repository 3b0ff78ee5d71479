// KECHAN_PUBLIC_ORIGIN's reading, with no imports: next.config.ts needs it too (its loader resolves relative
// paths only), to give Next's server actions the public origin as an allowed one.

/** `https://host[:port]` (a trailing slash allowed), normalised; null for anything more or less. */
export function originOf(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const bare = (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password && url.pathname === "/" && !url.search && !url.hash;
  return bare && !/[?#]$/.test(text) ? url.origin : null;
}

/** The hosts (host:port) Next's server actions accept besides the request's own: the public origin's, if set and valid. */
export function publicOriginHosts(text: string | undefined): string[] {
  const origin = originOf(text?.trim() ?? "");
  return origin ? [new URL(origin).host] : [];
}
