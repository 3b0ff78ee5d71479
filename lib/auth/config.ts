// Deployment settings of editor access: how many reverse proxies to believe (KECHAN_TRUST_PROXY) and the
// site's public origin (KECHAN_PUBLIC_ORIGIN). A bad value is ignored with a warning, which leaves the
// strict reading (no proxy; the origin the request itself names), rather than failing every login.
import { env } from "@/lib/env";
import { originOf } from "./public-origin";

export type AuthConfig = { trustedProxyHops: number; publicOrigin: string | null; warnings: string[] };

export const maxTrustedProxyHops = 10;

type AuthEnv = { KECHAN_TRUST_PROXY?: string; KECHAN_PUBLIC_ORIGIN?: string };

export function parseAuthConfig(source: AuthEnv): AuthConfig {
  const warnings: string[] = [];
  const hopsText = source.KECHAN_TRUST_PROXY?.trim() ?? "";
  let trustedProxyHops = 0;
  if (/^\d+$/.test(hopsText) && Number(hopsText) <= maxTrustedProxyHops) trustedProxyHops = Number(hopsText);
  else if (hopsText !== "") {
    warnings.push(`KECHAN_TRUST_PROXY=${JSON.stringify(hopsText)} ignored: expected the number of reverse proxies in front of the server (0-${maxTrustedProxyHops}); trusting none`);
  }

  const originText = source.KECHAN_PUBLIC_ORIGIN?.trim() ?? "";
  const publicOrigin = originText === "" ? null : originOf(originText);
  if (originText !== "" && publicOrigin === null) {
    warnings.push(`KECHAN_PUBLIC_ORIGIN=${JSON.stringify(originText)} ignored: expected scheme, host and optional port, e.g. https://kechan.example.org`);
  }
  return { trustedProxyHops, publicOrigin, warnings };
}

let cached: AuthConfig | undefined;

/** The settings of this process, read once (from lib/env.ts); warnings go to the log then. */
export function authConfig(): AuthConfig {
  if (!cached) {
    cached = parseAuthConfig(env());
    for (const warning of cached.warnings) console.warn(`kechan: ${warning}`);
  }
  return cached;
}
