// Every page gets a fresh CSP nonce: Next puts it on its own scripts (it reads the policy from the
// request), so no inline script without it runs. Styles allow inline attributes: the server-rendered
// ECharts SVG and React style props use them, and a nonce would make browsers ignore 'unsafe-inline'.
import { NextResponse, type NextRequest } from "next/server";
import { newNonce } from "@/lib/http/nonce";

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
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  // The layout marks the current section of the site navigation from this, without client code.
  requestHeaders.set("x-pathname", request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages only: JSON answers carry no scripts and get a fixed policy from next.config.mjs, which keeps
  // the API off this per-request path (bench/throughput).
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
