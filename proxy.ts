// Every page gets a fresh CSP nonce: Next puts it on its own scripts (it reads the policy from the
// request), so no inline script without it runs. Styles allow inline attributes: the server-rendered
// ECharts SVG and React style props use them, and a nonce would make browsers ignore 'unsafe-inline'.
import { NextResponse, type NextRequest } from "next/server";
import { newNonce } from "@/lib/http/nonce";
import { localeHeader, pathHeader, rewriteMarkHeader, searchHeader } from "@/lib/i18n/request-header";
import { languageRedirect, splitLocale } from "@/lib/i18n/locales";

// The value of the rewrite mark (lib/i18n/request-header.ts): this process's secret, so a client cannot forge
// the second pass and no request outside /en is ever answered in English. Kept on globalThis: Next may load
// this module more than once in a process, and both passes must agree.
const secretKey = Symbol.for("kechan.proxy.rewrite-secret");
const secretHolder = globalThis as { [secretKey]?: string };
const rewriteSecret = (secretHolder[secretKey] ??= crypto.randomUUID());

export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  // Next passes a request this proxy rewrote (/en/regions → /regions) through it a second time, under its new
  // path: that pass keeps what the first decided (locale, nonce, policy) and is never redirected.
  if (request.headers.get(rewriteMarkHeader) === rewriteSecret) {
    const response = NextResponse.next({ request: { headers: request.headers } });
    response.headers.set("content-security-policy", request.headers.get("content-security-policy") ?? "");
    return response;
  }
  const { pathname, search } = request.nextUrl;
  // The bare home page follows the browser's language until the reader picks one (lib/i18n/locales.ts).
  const redirect = languageRedirect(pathname, search, request.headers.get("accept-language"), request.headers.get("cookie"));
  if (redirect) return languageRedirectResponse(new URL(redirect, request.url));
  // English pages live under /en: the same routes answer them, told the locale in a header.
  const { locale, path } = splitLocale(pathname);
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  // The layout marks the current section of the site navigation from this, without client code.
  requestHeaders.set(pathHeader, path);
  // The language switch keeps the page and its state: it needs the query as well as the path.
  requestHeaders.set(searchHeader, search);
  requestHeaders.set(localeHeader, locale);
  requestHeaders.delete(rewriteMarkHeader);
  if (path !== pathname) requestHeaders.set(rewriteMarkHeader, rewriteSecret);
  const response =
    path === pathname
      ? NextResponse.next({ request: { headers: requestHeaders } })
      : NextResponse.rewrite(rewriteTarget(request, path), { request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

/** The same request under its path without "/en". A clone of nextUrl keeps Next's own origin, so Next
 * treats the rewrite as internal rather than proxying it over HTTP. */
function rewriteTarget(request: NextRequest, path: string) {
  const url = request.nextUrl.clone();
  url.pathname = path;
  return url;
}

function languageRedirectResponse(to: URL) {
  const response = NextResponse.redirect(to, 307);
  response.headers.set("vary", "Accept-Language, Cookie");
  return response;
}

export const config = {
  // Pages only: JSON answers carry no scripts and get a fixed policy from next.config.mjs, which keeps
  // the API off this per-request path (bench/throughput).
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
