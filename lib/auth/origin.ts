// The same-origin check for state-changing requests: the Origin header must name this site exactly, by
// scheme, host and port. The site is KECHAN_PUBLIC_ORIGIN when set; otherwise the request as this server
// received it: the Host header and the scheme of the request URL Next gives the handler (X-Forwarded-Host
// and X-Forwarded-Proto instead only behind proxies the deployment trusts, KECHAN_TRUST_PROXY ≥ 1).
import type { HeaderReader } from "./client-address";

export type OriginVerdict = "same" | "missing" | "foreign";

type RequestLike = { url: string; headers: HeaderReader };
type OriginConfig = { trustedProxyHops: number; publicOrigin: string | null };

export function originVerdict(request: RequestLike, config: OriginConfig): OriginVerdict {
  const origin = request.headers.get("origin");
  if (origin === null) return "missing";
  const site = siteOrigin(request, config);
  return site !== null && parseOrigin(origin) === site ? "same" : "foreign";
}

/** This site's origin as `scheme://host[:port]`, or null when the request does not say it clearly. */
export function siteOrigin(request: RequestLike, { trustedProxyHops, publicOrigin }: OriginConfig): string | null {
  if (publicOrigin) return publicOrigin;
  // Proxies that overwrite these send one value; where they append, the first is the outermost one's.
  const fromProxy = (name: string) => (trustedProxyHops > 0 ? request.headers.get(name)?.split(",")[0]?.trim() || null : null);
  const scheme = fromProxy("x-forwarded-proto") ?? schemeOf(request.url);
  const host = fromProxy("x-forwarded-host") ?? request.headers.get("host");
  if (!host || (scheme !== "http" && scheme !== "https")) return null;
  try {
    const url = new URL(`${scheme}://${host}`);
    // A Host with a path, query or user part is not a host.
    return url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password && !/[/?#@]/.test(host) ? url.origin : null;
  } catch {
    return null;
  }
}

/** An Origin header is exactly `scheme://host[:port]`; "null", paths, credentials and junk are no origin. */
function parseOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === text.toLowerCase() ? url.origin : null;
  } catch {
    return null;
  }
}

function schemeOf(url: string): string {
  try {
    return new URL(url).protocol.replace(/:$/, "");
  } catch {
    return "http";
  }
}
